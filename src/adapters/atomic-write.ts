import {randomBytes} from 'node:crypto';
import {closeSync, constants, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

/** Writes bytes to an open file and returns how many were written (injected by tests). */
export type WriteBytes = (fd: number, bytes: Uint8Array) => number;

const writeBytes: WriteBytes = (fd, bytes) => writeSync(fd, bytes);

// Windows has no O_NOFOLLOW; there a link cannot be created without privileges anyway.
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Replaces `path` with `text` so that a reader sees either the old file or the whole new one:
 * a new file in the same folder (never through a link, never an existing file), every byte
 * written and synced, then renamed over. Any failure, a short write included (a full disk), throws
 * and leaves the old file as it was (docs/architecture.md, "The progress store").
 */
export function writeFileAtomic(path: string, text: string, options: {mode?: number; write?: WriteBytes} = {}): void {
	const bytes = Buffer.from(text, 'utf8');
	const temp = join(dirname(path), `${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
	const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, options.mode ?? 0o600);
	let renamed = false;
	try {
		try {
			const written = (options.write ?? writeBytes)(fd, bytes);
			if (written !== bytes.length) throw new Error(`only ${written} of ${bytes.length} bytes could be written; is the disk full?`);
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temp, path);
		renamed = true;
	} finally {
		if (!renamed) removeQuietly(temp);
	}
	syncFolder(dirname(path));
}

const TEMP_MARK = '.tmp-';

/** Removes temporary files a killed writer left beside `path` (their pid is no longer running). */
export function removeAbandonedTemps(path: string): void {
	const prefix = `${basename(path)}${TEMP_MARK}`;
	let names: string[];
	try {
		names = readdirSync(dirname(path));
	} catch {
		return;
	}
	for (const name of names) {
		if (!name.startsWith(prefix)) continue;
		const pid = Number(name.slice(prefix.length).split('-')[0]);
		if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) removeQuietly(join(dirname(path), name));
	}
}

/** Whether a process with this id runs on this machine (one of another user counts). */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException)?.code === 'EPERM';
	}
}

function syncFolder(folder: string): void {
	// The rename is durable once the folder is synced; not every platform can open a folder.
	try {
		const fd = openSync(folder, constants.O_RDONLY);
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Best effort: the data itself is already synced.
	}
}

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Already gone.
	}
}
