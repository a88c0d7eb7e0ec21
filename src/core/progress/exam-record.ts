/**
 * Hands-on exam results in progress (`progress.exams`): every attempt with each task's outcome,
 * best and last score derived from them. Kept in its own sub-object so older files load unchanged
 * and other hands-on records (drills) sit beside it.
 */
import type {LabOutcome} from './lab-outcome.js';

export interface ExamTaskOutcome {
	task: string;
	domain: string;
	weight: number;
	passed: boolean;
	assisted: boolean;
	flagged: boolean;
}

export interface ExamAttempt {
	/** Unique per attempt (time + seed), the key for merging concurrent writers. */
	id: string;
	/** ISO 8601 time the exam was graded. */
	at: string;
	seed: number;
	minutes: number;
	realistic: boolean;
	endedBy: 'submit' | 'time';
	points: number;
	total: number;
	percent: number;
	domains: Array<{domain: string; points: number; total: number; percent: number}>;
	tasks: ExamTaskOutcome[];
}

export interface ExamsRecord {
	attempts: ExamAttempt[];
}

export function recordExamAttempt(exams: ExamsRecord | undefined, attempt: ExamAttempt): ExamsRecord {
	const attempts = exams?.attempts ?? [];
	if (attempts.some(existing => existing.id === attempt.id)) return {attempts};
	return {attempts: [...attempts, attempt].sort(byTime)};
}

/** Every attempt of both writers, once each. */
export function mergeExams(a: ExamsRecord | undefined, b: ExamsRecord | undefined): ExamsRecord | undefined {
	if (!a || !b) return a ?? b;
	return (b.attempts ?? []).reduce((merged, attempt) => recordExamAttempt(merged, attempt), a);
}

export interface ExamHistory {
	count: number;
	best?: ExamAttempt;
	last?: ExamAttempt;
}

export function examHistory(exams: ExamsRecord | undefined): ExamHistory {
	const attempts = exams?.attempts ?? [];
	const best = [...attempts].sort((x, y) => y.percent - x.percent || compare(x.at, y.at))[0];
	return {count: attempts.length, ...(best ? {best} : {}), ...(attempts.length > 0 ? {last: attempts[attempts.length - 1]} : {})};
}

/** Each task of each attempt as the review reads hands-on items (src/core/progress/lab-outcome.ts). */
export function examOutcomes(exams: ExamsRecord | undefined): LabOutcome[] {
	return (exams?.attempts ?? []).flatMap(attempt =>
		attempt.tasks.map((task): LabOutcome => ({source: 'exam', item: task.task, domain: task.domain, passed: task.passed, assisted: task.assisted, at: attempt.at, seed: attempt.seed})),
	);
}

/** Why stored exam data cannot be used, or undefined when it can. */
export function examsShapeProblem(value: unknown): string | undefined {
	if (!isRecord(value) || !Array.isArray(value.attempts)) return 'exams must be an object with a list of attempts';
	for (const [index, attempt] of value.attempts.entries()) {
		const ok = isRecord(attempt) && typeof attempt.id === 'string' && typeof attempt.at === 'string' && typeof attempt.percent === 'number' && Array.isArray(attempt.tasks) && attempt.tasks.every(task => isRecord(task) && typeof task.task === 'string' && typeof task.passed === 'boolean');
		if (!ok) return `exams.attempts[${index}] is malformed`;
	}
	return undefined;
}

function byTime(x: ExamAttempt, y: ExamAttempt): number {
	return compare(x.at, y.at) || compare(x.id, y.id);
}

function compare(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
