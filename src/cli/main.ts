import type {CommandContext} from './command.js';
import {HANDLERS} from './handlers.js';
import {gateStream} from './output-gate.js';
import {commandHelp, mainHelp} from './help-text.js';
import {parseArgs} from './parse-args.js';
import {wantsInk} from './terminal.js';
import {VERSION} from './version.js';

export type CliIO = Omit<CommandContext, 'args' | 'options'>;

function message(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.split('\n')[0];
}

/** Runs one invocation and returns its exit status; never throws and never prints a stack. */
export async function runCli(argv: readonly string[], terminal: CliIO): Promise<number> {
	// Everything written from here on passes the output gate; Ink takes the raw stream back.
	const io: CliIO = {...terminal, stdout: gateStream(terminal.stdout), stderr: gateStream(terminal.stderr)};
	const parsed = parseArgs(argv);
	switch (parsed.kind) {
		case 'usage-error':
			io.stderr.write(parsed.message + '\n');
			return 2;
		case 'version':
			io.stdout.write(VERSION + '\n');
			return 0;
		case 'help':
			io.stdout.write(parsed.command ? commandHelp(parsed.command) : mainHelp(VERSION));
			return 0;
		case 'run':
			break;
	}
	const name = parsed.command ?? 'home';
	const plain = !wantsInk({
		stdinIsTTY: Boolean(io.stdin.isTTY),
		stdoutIsTTY: Boolean(io.stdout.isTTY),
		plainFlag: parsed.options.plain,
		env: io.env,
	});
	const context: CommandContext = {...io, args: parsed.args, options: {plain, content: parsed.options.content}};
	let handler;
	try {
		handler = (await HANDLERS[name]()).default;
	} catch (error) {
		io.stderr.write(`kubetutor: "${name}" is not available in this build (${message(error)}).\n`);
		return 1;
	}
	try {
		return await handler(context);
	} catch (error) {
		io.stderr.write(`kubetutor: ${name} failed: ${message(error)}\n`);
		return 1;
	}
}
