import {closeSync, constants, fstatSync, openSync, readSync, readdirSync, realpathSync, statSync} from 'node:fs';
import {resolve} from 'node:path';
import {FileRefused, MAX_FILE_BYTES} from '../core/cluster/shell/file-refused.js';
import {writeNewFiles} from './output-files.js';

/**
 * The sandbox's only window on the machine: files and folders the learner names
 * (`kubectl apply -f web.yaml`), relative to where they started the tutor. Nothing else is read;
 * the only writes are `save DIR`'s new files. A name that is not a regular file of at most
 * MAX_FILE_BYTES is refused (FileRefused), so a FIFO never blocks and `/dev/zero` never fills the memory.
 */
export function learnerFiles(cwd: string) {
	return {
		readFile(path: string): string | undefined {
			return readBoundedFile(resolve(cwd, path), path);
		},
		/** `save DIR`: only into a new or empty folder, never through a link, never overwriting. */
		writeFiles(dir: string, files: Readonly<Record<string, string>>): string | undefined {
			return writeNewFiles(resolve(cwd, dir), files);
		},
		listDir(path: string): string[] | undefined {
			try {
				const full = resolve(cwd, path);
				return statSync(full).isDirectory() ? readdirSync(full).sort() : undefined;
			} catch {
				return undefined;
			}
		},
	};
}

/** Kernel views that look like regular files but are not files a learner wrote. */
const SPECIAL_TREES = ['/proc', '/sys', '/dev'];

/**
 * Reads a regular file of at most MAX_FILE_BYTES as UTF-8; undefined when it does not exist, is a
 * folder or cannot be opened; FileRefused (naming `shown`) when it is anything else. The file is
 * opened non-blocking and checked with fstat before a byte is read, so a FIFO cannot hang us,
 * and reading stops one byte past the bound whatever size the file claims.
 */
export function readBoundedFile(path: string, shown: string = path): string | undefined {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new FileRefused(shown, 'not a regular file');
		return undefined;
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) return undefined;
		if (!stat.isFile() || inSpecialTree(path)) throw new FileRefused(shown, 'not a regular file');
		if (stat.size > MAX_FILE_BYTES) throw new FileRefused(shown, tooLarge());
		return readAtMost(fd, shown);
	} finally {
		closeSync(fd);
	}
}

function readAtMost(fd: number, shown: string): string {
	const chunks: Buffer[] = [];
	let length = 0;
	for (;;) {
		const chunk = Buffer.allocUnsafe(64 * 1024);
		let read: number;
		try {
			read = readSync(fd, chunk, 0, chunk.length, null);
		} catch (error) {
			throw new FileRefused(shown, (error as NodeJS.ErrnoException).code === 'EAGAIN' ? 'not a regular file' : 'cannot be read');
		}
		if (read === 0) break;
		chunks.push(chunk.subarray(0, read));
		length += read;
		if (length > MAX_FILE_BYTES) throw new FileRefused(shown, tooLarge());
	}
	return Buffer.concat(chunks, length).toString('utf8');
}

function inSpecialTree(path: string): boolean {
	let real: string;
	try {
		real = realpathSync(path);
	} catch {
		real = path;
	}
	return SPECIAL_TREES.some(tree => real === tree || real.startsWith(`${tree}/`));
}

function tooLarge(): string {
	return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, the most the sandbox reads`;
}
