/**
 * Batch mode (docs/simulation.md, "Batch mode"): runs a script as if typed and returns the
 * transcript — `$ ` + each command's first line, then its output (both streams, in order).
 * Exit status 0 when every command succeeded, 1 when any failed; all commands always run.
 */
import {outputText} from '../command-result.js';
import {createCluster} from '../create-cluster.js';
import {createShell, internalError, type Shell} from './shell.js';
import {splitScript, type ScriptCommand} from './split-script.js';

export interface BatchOptions extends RunHooks {
	seed?: number;
	cloud?: 'kind' | 'none';
	/** Worker nodes (1 to 100, `--workers N`). */
	workers?: number;
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
	writeFiles?: (dir: string, files: Readonly<Record<string, string>>) => string | undefined;
}

export interface BatchResult {
	transcript: string;
	exitCode: number;
}

export function runScript(text: string, options: BatchOptions): BatchResult {
	let shell: Shell;
	try {
		shell = createShell({cluster: createCluster({seed: options.seed, cloud: options.cloud, workers: options.workers}), readFile: options.readFile, listDir: options.listDir, writeFiles: options.writeFiles});
	} catch (error) {
		return {transcript: outputText(internalError('sandbox', error)), exitCode: 1};
	}
	return runScriptIn(shell, text, options);
}

/** Runs a script in an existing shell (a lesson's sandbox), with the same transcript as batch mode. */
export interface RunHooks {
	/** Called before each command runs (a content reader learns which line it is on). */
	before?: (command: ScriptCommand) => void;
	/** Receives the transcript as each command finishes, so nothing printed is lost if a later one fails. */
	write?: (part: string) => void;
}

export function runScriptIn(shell: Shell, text: string, hooks: RunHooks = {}): BatchResult {
	const parts: string[] = [];
	let failed = false;
	for (const command of splitScript(text)) {
		hooks.before?.(command);
		// The command line goes out before it runs, so a command that never finishes is still named.
		const heading = `$ ${command.firstLine}\n${command.warning ?? ''}`;
		parts.push(heading);
		hooks.write?.(heading);
		const result = shell.run(command.line, command.stdin);
		const output = outputText(result);
		const part = output && !output.endsWith('\n') ? `${output}\n` : output;
		parts.push(part);
		if (part) hooks.write?.(part);
		if (result.exitCode !== 0) failed = true;
	}
	return {transcript: parts.join(''), exitCode: failed ? 1 : 0};
}
