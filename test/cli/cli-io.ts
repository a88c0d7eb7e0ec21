import {PassThrough} from 'node:stream';

/** Streams for `runCli` that collect what it prints; stdin is already at its end. */
export function cliIo(env: NodeJS.ProcessEnv = {}, cwd: string = process.cwd()) {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', chunk => (out += chunk));
	stderr.on('data', chunk => (err += chunk));
	const stdin = new PassThrough();
	stdin.end();
	return {io: {stdin, stdout, stderr, env, cwd}, out: () => out, err: () => err};
}
