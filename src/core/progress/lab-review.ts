/**
 * Hands-on items in the spaced review (issue 11, "Review that learns from labs"): a failed drill
 * (one item per fault kind), a lesson task that needed its solution, and whatever else hands the
 * review a LabOutcome. The schedule is derived from the outcomes, as the quiz schedule is from
 * the answers (leitner.ts): a failed or assisted outcome puts the item in box 1, a clean pass
 * moves a scheduled item up a box; an item always passed cleanly never enters it.
 */
import type {DrillRecord} from './drill-record.js';
import {needsReview, type LabOutcome, type LabSource} from './lab-outcome.js';
import {BOX_INTERVAL_DAYS} from './leitner.js';
import {examOutcomes} from './exam-record.js';
import type {Progress} from './progress-schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface LabCard {
	source: LabSource;
	item: string;
	domain?: string;
	box: number;
	due: string;
	seed?: number;
}

/** The domain a drill's fault kinds are scored under. */
export const DRILL_DOMAIN = 'Troubleshooting';

export function drillOutcomes(records: readonly DrillRecord[]): LabOutcome[] {
	return records.flatMap(record => record.faults.map(kind => ({source: 'drill' as const, item: kind, domain: DRILL_DOMAIN, passed: record.passed, assisted: record.assisted, at: record.at, seed: record.seed})));
}

/** Lesson tasks, as the lesson screen records them: only the latest result of each is kept. */
export function lessonOutcomes(progress: Progress): LabOutcome[] {
	return Object.entries(progress.lessons).flatMap(([lesson, record]) =>
		Object.entries(record.tasks).map(([task, result]) => ({source: 'lesson' as const, item: `${lesson}/${task}`, passed: result.passed, assisted: result.assisted, at: result.at})),
	);
}

/** Every hands-on outcome progress holds. */
export function labOutcomes(progress: Progress): LabOutcome[] {
	return [...drillOutcomes(progress.drills?.outcomes ?? []), ...lessonOutcomes(progress), ...examOutcomes(progress.exams)];
}

export function labSchedule(outcomes: readonly LabOutcome[]): LabCard[] {
	const cards = new Map<string, LabCard>();
	for (const outcome of [...outcomes].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
		const key = `${outcome.source}/${outcome.item}`;
		const card = cards.get(key);
		if (needsReview(outcome)) cards.set(key, scheduleCard(outcome, 1));
		else if (card) cards.set(key, scheduleCard(outcome, Math.min(card.box + 1, BOX_INTERVAL_DAYS.length)));
	}
	return [...cards.values()];
}

function scheduleCard(outcome: LabOutcome, box: number): LabCard {
	const due = new Date(Date.parse(outcome.at) + BOX_INTERVAL_DAYS[box - 1] * DAY_MS).toISOString();
	return {source: outcome.source, item: outcome.item, box, due, ...(outcome.domain ? {domain: outcome.domain} : {}), ...(outcome.seed !== undefined ? {seed: outcome.seed} : {})};
}

export function dueLabCards(progress: Progress, now: Date): LabCard[] {
	return labSchedule(labOutcomes(progress))
		.filter(card => Date.parse(card.due) <= now.getTime())
		.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** When the next hands-on review falls, if any is scheduled after `now`. */
export function nextLabReview(progress: Progress, now: Date): string | undefined {
	return labSchedule(labOutcomes(progress))
		.map(card => card.due)
		.filter(due => Date.parse(due) > now.getTime())
		.sort()[0];
}

export interface Strength {
	name: string;
	/** Clean passes out of attempts. */
	passed: number;
	attempts: number;
	/** The Leitner box, 0 when never scheduled (always passed cleanly). */
	box: number;
}

/** Per drill fault kind: attempts, clean passes, and the box the kind sits in. */
export function faultStrengths(progress: Progress): Strength[] {
	const outcomes = drillOutcomes(progress.drills?.outcomes ?? []);
	const boxes = new Map(labSchedule(outcomes).map(card => [card.item, card.box]));
	const kinds = [...new Set(outcomes.map(outcome => outcome.item))].sort();
	return kinds.map(kind => {
		const mine = outcomes.filter(outcome => outcome.item === kind);
		return {name: kind, attempts: mine.length, passed: mine.filter(outcome => !needsReview(outcome)).length, box: boxes.get(kind) ?? 0};
	});
}
