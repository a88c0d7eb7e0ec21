import type {Readable, Writable} from 'node:stream';

/** Options every command understands (README, "Commands"). */
export interface GlobalOptions {
	plain: boolean;
	content: string[];
}

/**
 * What a CLI command handler receives. `args` are the words after the command name with the
 * global options removed. Handlers return the exit status (0 ok, 1 failed check, 2 usage).
 */
export interface CommandContext {
	args: string[];
	options: GlobalOptions;
	stdin: Readable & {isTTY?: boolean};
	stdout: Writable & {isTTY?: boolean; columns?: number; rows?: number};
	stderr: Writable;
	env: NodeJS.ProcessEnv;
	cwd: string;
}

export type CommandHandler = (context: CommandContext) => Promise<number>;
