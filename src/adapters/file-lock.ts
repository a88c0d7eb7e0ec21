import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {hostname} from 'node:os';
import {isRunning} from './atomic-write.js';

// A lock names its holder as "pid host". A holder on this machine that no longer runs (kill -9
// during a save) is recognised at once; one on another machine, or a lock without a holder
// (killed between creating and naming it), only by age.
const FOREIGN_STALE_MS = 10_000;
const UNNAMED_STALE_MS = 1_000;
const WAIT_MS = 3_000;

/**
 * Takes an exclusive lock file (created, never followed through a link) and returns its release.
 * A stale lock is taken over; a live one is waited for at most WAIT_MS.
 */
export function acquireLock(lockPath: string): () => void {
	const started = Date.now();
	for (;;) {
		let fd: number;
		try {
			fd = openSync(lockPath, 'wx', 0o600);
		} catch (error) {
			if ((error as NodeJS.ErrnoException)?.code !== 'EEXIST') return () => {};
			if (isStaleLock(lockPath) || Date.now() - started > WAIT_MS) removeIfUnchanged(lockPath);
			else sleep(5);
			continue;
		}
		let named = false;
		try {
			const name = `${process.pid} ${hostname()}\n`;
			named = writeSync(fd, name) === Buffer.byteLength(name);
		} catch {
			// A full disk: the lock still excludes others and is recognised as unnamed.
		} finally {
			closeSync(fd);
		}
		return () => removeIfUnchanged(lockPath, named ? process.pid : undefined);
	}
}

/** Whether the lock at lockPath was left by a tutor that is gone. */
export function isStaleLock(lockPath: string, now = Date.now()): boolean {
	let text: string;
	let age: number;
	try {
		age = now - statSync(lockPath).mtimeMs;
		text = readFileSync(lockPath, 'utf8');
	} catch {
		return false;
	}
	const holder = /^(\d+) (\S+)\n$/.exec(text);
	if (!holder) return age > UNNAMED_STALE_MS;
	if (holder[2] !== hostname()) return age > FOREIGN_STALE_MS;
	return !isRunning(Number(holder[1]));
}

// Removes the lock unless another tutor replaced it meanwhile (holder given: only our own).
function removeIfUnchanged(lockPath: string, holder?: number): void {
	try {
		if (holder !== undefined && !readFileSync(lockPath, 'utf8').startsWith(`${holder} `)) return;
		unlinkSync(lockPath);
	} catch {
		// Already gone: another tutor took it over.
	}
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
