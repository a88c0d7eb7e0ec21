/**
 * Where a batch run's commands come from: `--script FILE`, or standard input when it is not a
 * terminal. Shared by `sandbox`, `lesson` (and the other practice commands), so every one refuses
 * the same files in the same words.
 */
import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {readBoundedFile} from './learner-files.js';
import {isFileRefused, MAX_FILE_BYTES} from '../core/cluster/shell/file-refused.js';

export type ScriptInput = {ok: true; text: string} | {ok: false; message: string};

/** Standard input up to the same bound as a file; undefined when it holds more. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string | undefined> {
	const chunks: Buffer[] = [];
	let length = 0;
	for await (const chunk of stream) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		length += bytes.length;
		if (length > MAX_FILE_BYTES) return undefined;
		chunks.push(bytes);
	}
	return Buffer.concat(chunks).toString('utf8');
}

export function scriptText(path: string): {ok: true; text: string} | {ok: false; reason: string} {
	try {
		const text = readBoundedFile(path);
		if (text !== undefined) return {ok: true, text};
		return {ok: false, reason: existsSync(path) ? (statSync(path).isDirectory() ? 'it is a directory' : 'it cannot be read') : 'no such file'};
	} catch (error) {
		return {ok: false, reason: isFileRefused(error) ? error.reason : 'it cannot be read'};
	}
}

/** The script named by `--script` (relative to `cwd`), its message naming `command` when unreadable. */
export function readScriptFile(command: string, cwd: string, name: string): ScriptInput {
	const read = scriptText(resolve(cwd, name));
	return read.ok ? read : {ok: false, message: `kubetutor ${command}: cannot read script ${name}: ${read.reason}`};
}

export async function readScriptStdin(command: string, stdin: NodeJS.ReadableStream): Promise<ScriptInput> {
	try {
		const text = await readStream(stdin);
		if (text === undefined) return {ok: false, message: `kubetutor ${command}: cannot read the script from standard input: it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`};
		return {ok: true, text};
	} catch {
		return {ok: false, message: `kubetutor ${command}: cannot read the script from standard input`};
	}
}
