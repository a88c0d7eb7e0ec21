/**
 * Runs a learner's script through the batch runner, as `kubetutor sandbox --script` would, and
 * picks single commands' outputs out of the transcript.
 */
import {runScript, type BatchResult} from '../../src/core/cluster/shell/batch.js';

export interface ScriptOptions {
	seed?: number;
	cloud?: 'kind' | 'none';
	files?: Record<string, string>;
	readFile?: (path: string) => string | undefined;
}

export function run(script: string, options: ScriptOptions = {}): BatchResult {
	const files = options.files ?? {};
	return runScript(script, {seed: options.seed ?? 7, cloud: options.cloud, readFile: options.readFile ?? (path => files[path])});
}

/** The output of every command of the transcript, in order (the `$ ` line removed). */
export function outputs(transcript: string): Array<{command: string; output: string}> {
	const blocks: Array<{command: string; output: string}> = [];
	for (const line of transcript.split(/(?<=\n)/)) {
		if (line.startsWith('$ ')) blocks.push({command: line.slice(2).replace(/\n$/, ''), output: ''});
		else if (blocks.length > 0) blocks[blocks.length - 1].output += line;
	}
	return blocks;
}

/** The output of the `n`-th (0-based) command whose first line is exactly `command`. */
export function outputOf(transcript: string, command: string, n = 0): string {
	const found = outputs(transcript).filter(block => block.command === command);
	if (found.length <= n) throw new Error(`command not in transcript: ${command}\n--- transcript ---\n${transcript}`);
	return found[n].output;
}

/** Runs the script and returns the output of its last command. */
export function lastOutput(script: string, options: ScriptOptions = {}): string {
	const blocks = outputs(run(script, options).transcript);
	return blocks[blocks.length - 1]?.output ?? '';
}

/** A here-document `kubectl apply -f - <<EOF` line with its body. */
export function applyHere(yaml: string): string {
	return `kubectl apply -f - <<EOF\n${yaml.replace(/\n$/, '')}\nEOF\n`;
}

export const REFUSED = (host: string, port: number) => `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`;
/** A dropped SYN: curl gives up after its `-m` limit (or the kernel's ~130 s) with exit 28. */
export const TIMEOUT = (host: string, port: number) => new RegExp(`^curl: \\(28\\) Failed to connect to ${host.replaceAll('.', '\\.')} port ${port} after \\d+ ms: (Timeout was reached|Couldn't connect to server)\\n$`);
export const UNRESOLVED = (host: string) => `curl: (6) Could not resolve host: ${host}\n`;
