import {PassThrough, Readable, Writable} from 'node:stream';
import type {CommandContext} from '../../src/cli/command.js';

export interface CapturedContext {
	ctx: CommandContext;
	stdout: () => string;
	stderr: () => string;
}

class Capture extends Writable {
	text = '';
	override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
		this.text += chunk.toString();
		done();
	}
}

/** A command context with stdin fed from a string (not a TTY) and captured output. */
export function commandContext(options: {args?: string[]; input?: string; env?: NodeJS.ProcessEnv; cwd?: string; content?: string[]; stdinIsTTY?: boolean}): CapturedContext {
	const stdout = new Capture();
	const stderr = new Capture();
	const stdin: Readable = options.input === undefined ? new PassThrough().end() : Readable.from([options.input]);
	Object.assign(stdin, {isTTY: options.stdinIsTTY ?? false});
	return {
		ctx: {
			args: options.args ?? [],
			options: {plain: true, content: options.content ?? []},
			stdin: stdin as CommandContext['stdin'],
			stdout,
			stderr,
			env: options.env ?? {},
			cwd: options.cwd ?? process.cwd(),
		},
		stdout: () => stdout.text,
		stderr: () => stderr.text,
	};
}
