/**
 * A file the sandbox will not read: not a regular file (a FIFO, a device, `/proc`), larger than
 * the bound, or any file at all when the commands come from a content pack (docs/content.md,
 * "What content may not do"). Readers throw it; the shell and kubectl print its message as the
 * command's error instead of reading, so nothing ever hangs or grows without bound.
 */
export class FileRefused extends Error {
	constructor(readonly path: string, readonly reason: string) {
		super(`${path}: ${reason}`);
		this.name = 'FileRefused';
	}
}

/** The most a file read through the sandbox may hold. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function isFileRefused(error: unknown): error is FileRefused {
	return error instanceof FileRefused;
}
