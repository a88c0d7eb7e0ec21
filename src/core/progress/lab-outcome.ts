/**
 * One hands-on item's outcome — an exam task, a drill, a lesson task — as the spaced review
 * reads it (issue 11, "Review that learns from labs"). Exams and drills each keep their own
 * records in progress; this is the shape they hand to the review, so the review needs to know
 * no more about either.
 */
export type LabSource = 'exam' | 'drill' | 'lesson';

export interface LabOutcome {
	source: LabSource;
	/** What to re-run: an exam bank task id, a drill fault kind, or `lesson/task` for a lesson task. */
	item: string;
	/** The curriculum domain ("Services & Networking"), when the item has one. */
	domain?: string;
	passed: boolean;
	/** The solution was shown before it passed. */
	assisted: boolean;
	/** ISO 8601 time of the outcome. */
	at: string;
	/** The seed that rebuilds the same starting state (exam or drill), when there is one. */
	seed?: number;
}

/** An outcome the review should offer again: failed, or passed only with the solution shown. */
export const needsReview = (outcome: LabOutcome): boolean => !outcome.passed || outcome.assisted;
