#!/usr/bin/env node
// env.js must stay the first import: it settles colour before chalk is evaluated (ink-notes B9).
import './env.js';
import {runCli} from './cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
	stdin: process.stdin,
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	cwd: process.cwd(),
});
