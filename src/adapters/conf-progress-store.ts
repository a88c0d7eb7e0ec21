import {closeSync, copyFileSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync} from 'node:fs';
import {dirname} from 'node:path';
import Conf from 'conf';
import {mergeProgress} from '../core/progress/progress-ops.js';
import {emptyProgress, parseProgress, type Progress} from '../core/progress/progress-schema.js';
import type {ProgressStore} from '../core/progress/progress-store.js';

export interface ConfProgressStoreOptions {
	env: NodeJS.ProcessEnv;
	/** For backup names; injected so tests can name them. */
	now?: () => Date;
}

// 'foreign': the path is a link or not a regular file. Writing or copying it would reach a file
// that is not ours (a link to another file, a FIFO), so it is left alone.
type ReadResult = {kind: 'missing'} | {kind: 'ok'; progress: Progress} | {kind: 'bad'; reason: string} | {kind: 'foreign'; reason: string};

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 3_000;

/**
 * Progress kept in conf's config.json (KUBETUTOR_CONFIG_DIR overrides the folder). Read once;
 * every write re-reads the file under a lock and merges, so two tutors lose no answers. A file
 * that cannot be understood is copied aside and named in a warning before anything is written
 * over it (docs/architecture.md, "The progress store"). Never throws.
 */
export function openProgressStore(options: ConfProgressStoreOptions): ProgressStore {
	const now = options.now ?? (() => new Date());
	const warnings: string[] = [];
	let conf: Conf<Record<string, unknown>> | undefined;
	let path = options.env.KUBETUTOR_CONFIG_DIR ? `${options.env.KUBETUTOR_CONFIG_DIR}/config.json` : '(no progress file)';
	try {
		conf = new Conf<Record<string, unknown>>({
			projectName: 'kubetutor',
			...(options.env.KUBETUTOR_CONFIG_DIR ? {cwd: options.env.KUBETUTOR_CONFIG_DIR} : {}),
			// We read and check the file ourselves; conf only finds the path and writes atomically.
			deserialize: () => ({}),
			clearInvalidConfig: false,
		});
		path = conf.path;
	} catch (error) {
		warnings.push(`kubetutor: progress cannot be saved (${messageOf(error)}); this session's progress stays in memory`);
	}
	// Set when the file could neither be understood nor backed up: writing would destroy it.
	let writable = conf !== undefined;
	let memory = emptyProgress();

	const backUp = (reason: string): boolean => {
		const backup = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
		try {
			copyFileSync(path, backup);
			warnings.push(`kubetutor: progress file ${path} could not be read (${reason}); kept a copy at ${backup} and started fresh`);
			return true;
		} catch (error) {
			warnings.push(`kubetutor: progress file ${path} could not be read (${reason}) nor copied aside (${messageOf(error)}); progress will not be saved this session`);
			return false;
		}
	};

	const refuse = (reason: string): false => {
		warnings.push(`kubetutor: progress file ${path} ${reason}; it is left alone and this session's progress is not saved`);
		return false;
	};

	if (conf) {
		const read = readProgressFile(path);
		if (read.kind === 'ok') memory = read.progress;
		else if (read.kind === 'bad') writable = backUp(read.reason);
		else if (read.kind === 'foreign') writable = refuse(read.reason);
	}

	const persist = (next: Progress, merge: boolean): Progress => {
		if (!conf || !writable) return next;
		const release = acquireLock(`${path}.lock`);
		try {
			// Checked again under the lock: the path may have become a link since it was opened.
			const foreign = foreignReason(path);
			if (foreign) {
				writable = refuse(foreign);
				return next;
			}
			let merged = next;
			if (merge) {
				const disk = readProgressFile(path);
				if (disk.kind === 'ok') merged = mergeProgress(disk.progress, next);
				else if (disk.kind !== 'missing' && !(disk.kind === 'bad' && backUp(disk.reason))) {
					writable = false;
					return next;
				}
			}
			conf.store = merged as unknown as Record<string, unknown>;
			return merged;
		} catch (error) {
			warnings.push(`kubetutor: could not save progress to ${path} (${messageOf(error)})`);
			return next;
		} finally {
			release();
		}
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
			const disk = conf && writable ? readProgressFile(path) : undefined;
			if (disk?.kind === 'ok') memory = mergeProgress(disk.progress, memory);
			return memory;
		},
	};
}

export function readProgressFile(path: string): ReadResult {
	const foreign = foreignReason(path);
	if (foreign) return {kind: 'foreign', reason: foreign};
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'bad', reason: messageOf(error)};
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {kind: 'bad', reason: text.trim() === '' ? 'the file is empty' : 'not valid JSON'};
	}
	const parsed = parseProgress(data);
	return parsed.ok ? {kind: 'ok', progress: parsed.progress} : {kind: 'bad', reason: parsed.reason};
}

/** Why the progress path is not a plain file of ours, or undefined when it is one or is missing. */
function foreignReason(path: string): string | undefined {
	try {
		const stat = lstatSync(path);
		if (stat.isSymbolicLink()) return 'is a symbolic link';
		if (!stat.isFile()) return 'is not a regular file';
	} catch {
		// Missing or unreadable: the read that follows says which.
	}
	return undefined;
}

/** An exclusive lock file; a lock older than LOCK_STALE_MS is from a crashed tutor and is taken over. */
function acquireLock(lockPath: string): () => void {
	const started = Date.now();
	try {
		mkdirSync(dirname(lockPath), {recursive: true});
	} catch {
		// The write that follows reports the real problem.
	}
	for (;;) {
		try {
			closeSync(openSync(lockPath, 'wx'));
			return () => {
				try {
					unlinkSync(lockPath);
				} catch {
					// Already gone: nothing to release.
				}
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException)?.code !== 'EEXIST') return () => {};
			if (isStale(lockPath) || Date.now() - started > LOCK_WAIT_MS) {
				try {
					unlinkSync(lockPath);
				} catch {
					// Another tutor removed it first.
				}
				continue;
			}
			sleep(5);
		}
	}
}

function isStale(lockPath: string): boolean {
	try {
		return Date.now() - statSync(lockPath).mtimeMs > LOCK_STALE_MS;
	} catch {
		return false;
	}
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function messageOf(error: unknown): string {
	return String((error as Error)?.message ?? error).split('\n')[0];
}
