import type {Progress} from './progress-schema.js';

/** Where progress lives; the adapter reads once, merges on every write, never throws. */
export interface ProgressStore {
	/** The file the progress is kept in (shown by `reset` and `progress`). */
	readonly path: string;
	/** One-line warnings to show once (e.g. a corrupted file moved aside). */
	readonly warnings: string[];
	/** The progress in memory. */
	get(): Progress;
	/** Apply a change, merge it with what other tutors wrote meanwhile, persist, return the result. */
	update(change: (progress: Progress) => Progress): Progress;
	/** Forget everything. */
	clear(): void;
	/** Merge in what other tutors wrote since (e.g. a task passed in the app), and return it. */
	reload?(): Progress;
}
