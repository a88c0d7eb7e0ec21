#!/usr/bin/env node
// env.js must stay the first import: it settles colour before chalk is evaluated (ink-notes B9).
import './env.js';
import module from 'node:module';
import {runCli} from './cli/main.js';

// Node 22+ keeps compiled code between runs (a faster start); Node 20 has no such cache.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

process.exitCode = await runCli(process.argv.slice(2), {
	stdin: process.stdin,
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	cwd: process.cwd(),
});
