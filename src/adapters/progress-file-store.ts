import {closeSync, constants, fchmodSync, fstatSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync} from 'node:fs';
import {dirname} from 'node:path';
import {mergeProgress} from '../core/progress/progress-ops.js';
import {emptyProgress, parseProgress, type Progress} from '../core/progress/progress-schema.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {removeAbandonedTemps, writeFileAtomic, type WriteBytes} from './atomic-write.js';
import {acquireLock} from './file-lock.js';
import {progressFilePath} from './progress-location.js';

export interface ProgressStoreOptions {
	env: NodeJS.ProcessEnv;
	/** For backup names; injected so tests can name them. */
	now?: () => Date;
	/** `kubetutor progress`: only read; nothing is created, moved or written. */
	readOnly?: boolean;
	/** Injected by tests to simulate a short write. */
	write?: WriteBytes;
}

// 'foreign': the path is a link or not a regular file, so reading could hang (a FIFO) and writing
// would reach a file that is not ours. 'ok' with readOnly: the learner protected the file.
export type ReadResult =
	| {kind: 'missing'}
	| {kind: 'ok'; progress: Progress; readOnly: boolean}
	| {kind: 'bad'; reason: string; readOnly: boolean}
	| {kind: 'foreign'; reason: string};

const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = constants.O_NONBLOCK ?? 0;

/**
 * Progress kept in one JSON file. Read once; every write re-reads the file under a lock and merges,
 * so two tutors lose no answers, and replaces it atomically, so a full disk or a kill loses
 * nothing saved before. A link, a FIFO or a read-only file is left alone; a file that cannot be
 * understood is moved aside and named in a warning (docs/architecture.md, "The progress store").
 * Never throws.
 */
export function openProgressStore(options: ProgressStoreOptions): ProgressStore {
	const now = options.now ?? (() => new Date());
	const path = progressFilePath(options.env);
	const warnings: string[] = [];
	const warn = (text: string) => {
		if (warnings.at(-1) !== text) warnings.push(text);
	};
	let writable = !options.readOnly;
	let memory = emptyProgress();

	const refuse = (reason: string): false => {
		warn(`kubetutor: progress file ${path} ${reason}; it is left alone and this session's progress is not saved`);
		return false;
	};
	const moveAside = (reason: string): boolean => {
		const backup = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
		try {
			moveToBackup(path, backup);
			warn(`kubetutor: progress file ${path} could not be read (${reason}); moved it to ${backup} and started fresh`);
			return true;
		} catch (error) {
			warn(`kubetutor: progress file ${path} could not be read (${reason}) nor moved aside (${messageOf(error)}); progress will not be saved this session`);
			return false;
		}
	};
	// What to do with the file found on disk; false when it must not be written.
	const accept = (read: ReadResult): boolean => {
		if (read.kind === 'foreign') return refuse(read.reason);
		if (read.kind !== 'missing' && read.readOnly) return refuse('is read-only');
		if (read.kind === 'bad') return moveAside(read.reason);
		return true;
	};

	const opened = readProgressFile(path);
	if (opened.kind === 'ok') memory = opened.progress;
	if (options.readOnly) {
		if (opened.kind === 'foreign') warn(`kubetutor: progress file ${path} ${opened.reason}; it is left alone and not read`);
		if (opened.kind === 'bad') warn(`kubetutor: progress file ${path} could not be read (${opened.reason}); it is left as it is`);
	} else {
		writable = accept(opened);
	}

	const persist = (next: Progress, merge: boolean): Progress => {
		if (!writable) return next;
		let merged = next;
		try {
			mkdirSync(dirname(path), {recursive: true});
			const release = acquireLock(`${path}.lock`);
			try {
				removeAbandonedTemps(path);
				// Read again under the lock: another tutor may have written, or the path changed.
				const disk = readProgressFile(path);
				if (!accept(disk)) {
					writable = false;
					return next;
				}
				if (merge && disk.kind === 'ok') merged = mergeProgress(disk.progress, next);
				writeFileAtomic(path, `${JSON.stringify(merged, undefined, '\t')}\n`, {mode: 0o600, write: options.write});
			} finally {
				release();
			}
		} catch (error) {
			warn(`kubetutor: could not save progress to ${path} (${messageOf(error)}); the last answer is not saved, the file keeps what was saved before`);
		}
		return merged;
	};

	return {
		path,
		warnings,
		get: () => memory,
		update(change) {
			memory = persist(change(memory), true);
			return memory;
		},
		clear() {
			memory = persist(emptyProgress(), false);
		},
		reload() {
			const disk = readProgressFile(path);
			if (disk.kind === 'ok') memory = mergeProgress(disk.progress, memory);
			return memory;
		},
	};
}

/** Reads the progress file without following a link or waiting on a FIFO. Never throws. */
export function readProgressFile(path: string): ReadResult {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException)?.code;
		if (code === 'ENOENT') return {kind: 'missing'};
		if (code === 'ELOOP') return {kind: 'foreign', reason: 'is a symbolic link'};
		return {kind: 'foreign', reason: `cannot be opened (${messageOf(error)})`};
	}
	let text: string;
	let readOnly: boolean;
	try {
		const stat = fstatSync(fd);
		if (!stat.isFile()) return {kind: 'foreign', reason: 'is not a regular file'};
		// Another name for the same file (a hard link) would be changed by moving or chmod-ing it.
		if (stat.nlink > 1) return {kind: 'foreign', reason: 'has another name (a hard link)'};
		readOnly = (stat.mode & 0o200) === 0;
		text = readFileSync(fd, 'utf8');
	} catch (error) {
		return {kind: 'foreign', reason: `cannot be read (${messageOf(error)})`};
	} finally {
		closeSync(fd);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {kind: 'bad', reason: text.trim() === '' ? 'the file is empty' : 'not valid JSON', readOnly};
	}
	const parsed = parseProgress(data);
	return parsed.ok ? {kind: 'ok', progress: parsed.progress, readOnly} : {kind: 'bad', reason: parsed.reason, readOnly};
}

// Moves the file to a new name that must not exist yet, readable by its owner only (a progress
// file holds every answer given).
function moveToBackup(path: string, backup: string): void {
	const fd = openSync(path, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
	try {
		fchmodSync(fd, 0o600);
	} finally {
		closeSync(fd);
	}
	try {
		linkSync(path, backup);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException)?.code;
		if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
		// A file system without hard links: a rename, after checking the name is free.
		if (readProgressFile(backup).kind !== 'missing') throw error;
		renameSync(path, backup);
		return;
	}
	unlinkSync(path);
}

function messageOf(error: unknown): string {
	return String((error as Error)?.message ?? error).split('\n')[0];
}
