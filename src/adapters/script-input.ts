/** Reading a script a learner hands to `--script FILE` or pipes in, with the sandbox's one bound on file size. */
import {existsSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {readBoundedFile} from './learner-files.js';
import {isFileRefused, MAX_FILE_BYTES} from '../core/cluster/shell/file-refused.js';

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


/**
 * The script a `--script FILE` or piped command runs: the file when named, else standard input when
 * `fromStdin` (not a terminal, or --plain), else undefined (the interactive screen). A script that
 * cannot be read is a one-line problem naming the command.
 */
export async function readScript(command: string, cwd: string, stdin: NodeJS.ReadableStream, file: string | undefined, fromStdin: boolean): Promise<{text: string} | {problem: string} | undefined> {
	if (file !== undefined) {
		const read = scriptText(resolve(cwd, file));
		return read.ok ? {text: read.text} : {problem: `kubetutor ${command}: cannot read script ${file}: ${read.reason}`};
	}
	if (!fromStdin) return undefined;
	try {
		const read = await readStream(stdin);
		if (read === undefined) return {problem: `kubetutor ${command}: cannot read the script from standard input: it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB`};
		return {text: read};
	} catch {
		return {problem: `kubetutor ${command}: cannot read the script from standard input`};
	}
}
