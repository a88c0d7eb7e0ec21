import {dueLabCards, nextLabReview} from '../progress/lab-review.js';
import {dueCount, reviewSchedule} from '../progress/leitner.js';
import type {Progress} from '../progress/progress-schema.js';

/** What the home screen and the lesson list show about the learner's progress. */
export interface ProgressSummary {
	done: readonly string[];
	assisted: readonly string[];
	due: number;
	answered: number;
	correct: number;
	last?: string;
	/** Hands-on items due for review (drills missed, lesson tasks that needed the solution). */
	labDue?: number;
	/** When the next review of any kind falls, if one is scheduled after now (ISO time). */
	nextReview?: string;
}

export function summariseProgress(progress: Progress, now: Date): ProgressSummary {
	const entries = Object.entries(progress.lessons);
	return {
		done: entries.filter(([, record]) => record.done).map(([id]) => id),
		assisted: entries.filter(([, record]) => record.done && record.assisted).map(([id]) => id),
		due: dueCount(progress, now),
		answered: progress.answers.length,
		correct: progress.answers.filter(answer => answer.correct).length,
		...(progress.last ? {last: progress.last.lesson} : {}),
		labDue: dueLabCards(progress, now).length,
		...nextReview(progress, now),
	};
}

export const NO_PROGRESS: ProgressSummary = {done: [], assisted: [], due: 0, answered: 0, correct: 0};

function nextReview(progress: Progress, now: Date): {nextReview?: string} {
	const quiz = reviewSchedule(progress.answers).map(card => card.due).filter(due => Date.parse(due) > now.getTime());
	const lab = nextLabReview(progress, now);
	const next = [...quiz, ...(lab ? [lab] : [])].sort()[0];
	return next ? {nextReview: next} : {};
}
