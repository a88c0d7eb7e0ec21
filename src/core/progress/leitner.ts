import {byTime} from './progress-ops.js';
import type {AnswerRecord, Progress} from './progress-schema.js';

/** Days until the next review for boxes 1..5. */
export const BOX_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;
export const DAILY_REVIEW_CAP = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReviewCard {
	quiz: string;
	question: string;
	box: number;
	/** ISO time from which the card is due. */
	due: string;
}

/**
 * The schedule is derived from the answer history, not stored: a wrong answer puts the question
 * in box 1, a right one moves a scheduled question up a box (box 5 stays 5). Questions always
 * answered right never enter it. Deriving it keeps merges of concurrent writers trivially right.
 */
export function reviewSchedule(answers: AnswerRecord[]): ReviewCard[] {
	const cards = new Map<string, ReviewCard>();
	for (const answer of [...answers].sort(byTime)) {
		const key = `${answer.quiz}/${answer.question}`;
		const card = cards.get(key);
		if (!answer.correct) cards.set(key, schedule(answer, 1));
		else if (card) cards.set(key, schedule(answer, Math.min(card.box + 1, BOX_INTERVAL_DAYS.length)));
	}
	return [...cards.values()];
}

function schedule(answer: AnswerRecord, box: number): ReviewCard {
	const due = new Date(Date.parse(answer.at) + BOX_INTERVAL_DAYS[box - 1] * DAY_MS).toISOString();
	return {quiz: answer.quiz, question: answer.question, box, due};
}

/** Reviews answered on the same UTC day as `now`. */
function reviewedToday(answers: AnswerRecord[], now: Date): number {
	const today = now.toISOString().slice(0, 10);
	return answers.filter(answer => answer.mode === 'review' && answer.at.slice(0, 10) === today).length;
}

/** Cards due at `now`, oldest first, no more than what is left of today's cap. */
export function dueReviews(progress: Progress, now: Date, cap = DAILY_REVIEW_CAP): ReviewCard[] {
	const left = Math.max(0, cap - reviewedToday(progress.answers, now));
	return reviewSchedule(progress.answers)
		.filter(card => Date.parse(card.due) <= now.getTime())
		.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
		.slice(0, left);
}

/** How many reviews `kubetutor quiz --review` would ask now (for the home screen). */
export function dueCount(progress: Progress, now: Date, cap = DAILY_REVIEW_CAP): number {
	return dueReviews(progress, now, cap).length;
}

/** Each scheduled question's box (`quiz/question` → 1..5), for a review to say when it comes back. */
export function reviewBoxes(progress: Progress): Record<string, number> {
	return Object.fromEntries(reviewSchedule(progress.answers).map(card => [`${card.quiz}/${card.question}`, card.box]));
}
