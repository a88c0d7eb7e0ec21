import {NO_PROGRESS, summariseProgress, type ProgressSummary} from '../core/app/progress-summary.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {openProgressStore} from '../adapters/progress-file-store.js';

/** Opens the learner's progress store; loaded on first use so start-up does not pay for it. */
export async function loadProgressStore(env: NodeJS.ProcessEnv): Promise<ProgressStore | undefined> {
	try {
		return openProgressStore({env});
	} catch {
		return undefined;
	}
}

export function progressSummary(store: ProgressStore | undefined, now: Date): ProgressSummary {
	if (!store) return NO_PROGRESS;
	try {
		return summariseProgress(store.get(), now);
	} catch {
		return NO_PROGRESS;
	}
}
