import type {Progress} from '../core/progress/progress-schema.js';
import {readProgressFile} from './progress-file-store.js';
import {progressFilePath} from './progress-location.js';

/**
 * The learner's progress for the first frame, read as the store reads it but without opening the
 * store (no lock, no clean-up, no backup): undefined when the file is missing, linked or not
 * understood. The store opens after the first frame and is the one that warns and writes.
 */
export function readProgressSnapshot(env: NodeJS.ProcessEnv): Progress | undefined {
	const read = readProgressFile(progressFilePath(env));
	return read.kind === 'ok' ? read.progress : undefined;
}
