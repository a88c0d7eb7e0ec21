#!/usr/bin/env node
// env.js must stay the first import: it settles colour before chalk is evaluated (docs/architecture.md, "Colour").
import './env.js';
import module from 'node:module';
import {runCli} from './cli/main.js';

// Node 22+ keeps compiled code between runs (a faster start); Node 20 has no such cache.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

// A reader that goes away early (`kubetutor lesson nodeport --plain | head`) is not an error:
// stop quietly, as cat and grep do, instead of dying with an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
}

process.exitCode = await runCli(process.argv.slice(2), {
	stdin: process.stdin,
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	cwd: process.cwd(),
});
