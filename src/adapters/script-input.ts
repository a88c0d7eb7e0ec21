/** Reading a script a learner hands to `--script FILE` or pipes in, with the sandbox's one bound on file size. */
import {existsSync, statSync} from 'node:fs';
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

