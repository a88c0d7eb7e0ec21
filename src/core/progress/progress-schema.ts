/**
 * The learner's progress as stored on disk. Versioned; older shapes are migrated here
 * (docs/architecture.md, "The progress store"). Every answer is kept with its own id so two
 * tutors writing at once can be merged without losing any.
 */
import {drillProgressProblem, type DrillProgress} from './drill-record.js';
import {examsShapeProblem, type ExamsRecord} from './exam-record.js';

export const PROGRESS_VERSION = 1;

export type AnswerMode = 'practice' | 'review' | 'exam';

export interface AnswerRecord {
	/** Unique per answer (time + random), the key for merging concurrent writers. */
	id: string;
	/** One quiz run; answers of a run share it. */
	attempt: string;
	quiz: string;
	question: string;
	/** ISO 8601 time of the answer. */
	at: string;
	correct: boolean;
	/** What was answered, as text (`2`, `1,3`, `30080/TCP`). */
	given: string;
	mode: AnswerMode;
}

export interface TaskRecord {
	passed: boolean;
	assisted: boolean;
	at: string;
}

/** How much help the learner asked for on one task: kept so leaving and coming back changes nothing. */
export interface TaskHelp {
	/** Hints shown so far. */
	hints: number;
	/** ISO time the solution was revealed; a task passed after it counts as assisted. */
	solution?: string;
}

/**
 * One step of the learner's work in a lesson's cluster. The simulator is deterministic given its
 * seed, so the lesson's setup followed by these steps rebuilds the cluster exactly: `wait` is the
 * simulated time (ms) that passed before the command, as interactive time follows the wall clock.
 */
export interface SandboxStep {
	wait?: number;
	run?: string;
	stdin?: string;
}

/** A lesson's own cluster, as the commands that made it (docs/architecture.md, "One sandbox per lesson"). */
export interface LessonSandbox {
	/** The seed the cluster was created with; absent for the default. */
	seed?: number;
	/** ISO time of the last step: the newer history wins when two tutors wrote one. */
	at: string;
	steps: SandboxStep[];
}

export interface LessonRecord {
	/** ISO time the lesson was completed; absent while in progress. */
	done?: string;
	/** Completed after revealing a solution. */
	assisted?: boolean;
	tasks: Record<string, TaskRecord>;
	/** Hints and solutions shown, per task id. */
	help?: Record<string, TaskHelp>;
	sandbox?: LessonSandbox;
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	lessons: Record<string, LessonRecord>;
	answers: AnswerRecord[];
	/** Where the learner left off, for "continue". */
	last?: {lesson: string; at: string};
	/** The name put on exports (`progress --export`), asked once and remembered. */
	learner?: {name: string; at: string};
	/** How each drill ended (`kubetutor drill`); absent until the first. */
	drills?: DrillProgress;
	/** Hands-on exam attempts (`kubetutor exam`); absent until the first one. */
	exams?: ExamsRecord;
}

export function emptyProgress(): Progress {
	return {version: PROGRESS_VERSION, lessons: {}, answers: []};
}

export type ParsedProgress = {ok: true; progress: Progress; migrated: boolean} | {ok: false; reason: string};

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

// Index n migrates version n to n + 1. Version 0 is the unversioned shape of early builds.
const MIGRATIONS: Migration[] = [data => ({...data, version: 1, lessons: data.lessons ?? {}, answers: data.answers ?? []})];

/** Check and migrate data read from disk. Never throws. */
export function parseProgress(data: unknown): ParsedProgress {
	if (!isRecord(data)) return {ok: false, reason: `expected an object, found ${describe(data)}`};
	let current: Record<string, unknown> = data;
	const version = current.version ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return {ok: false, reason: `version must be a whole number, found ${describe(version)}`};
	}
	if (version > PROGRESS_VERSION) return {ok: false, reason: `version ${version} was written by a newer kubetutor`};
	for (let step = version; step < PROGRESS_VERSION; step++) current = MIGRATIONS[step](current);
	const problem = shapeProblem(current);
	if (problem) return {ok: false, reason: problem};
	return {ok: true, progress: current as unknown as Progress, migrated: version !== PROGRESS_VERSION};
}

function shapeProblem(data: Record<string, unknown>): string | undefined {
	if (!isRecord(data.lessons)) return `lessons must be an object, found ${describe(data.lessons)}`;
	for (const [id, lesson] of Object.entries(data.lessons)) {
		if (!isRecord(lesson) || !isRecord(lesson.tasks)) return `lessons.${id} must be an object with tasks`;
		if (lesson.done !== undefined && typeof lesson.done !== 'string') return `lessons.${id}.done must be a time`;
		for (const [task, record] of Object.entries(lesson.tasks)) {
			if (!isRecord(record) || typeof record.passed !== 'boolean' || typeof record.at !== 'string') return `lessons.${id}.tasks.${task} is malformed`;
		}
		const problem = helpProblem(id, lesson.help) ?? sandboxProblem(id, lesson.sandbox);
		if (problem) return problem;
	}
	if (!Array.isArray(data.answers)) return `answers must be a list, found ${describe(data.answers)}`;
	for (const [index, answer] of data.answers.entries()) {
		if (!isAnswer(answer)) return `answers[${index}] is malformed`;
	}
	if (data.last !== undefined && !(isRecord(data.last) && typeof data.last.lesson === 'string' && typeof data.last.at === 'string')) {
		return 'last must name a lesson and a time';
	}
	if (data.learner !== undefined && !(isRecord(data.learner) && typeof data.learner.name === 'string' && typeof data.learner.at === 'string')) {
		return 'learner must have a name and a time';
	}
	const drills = drillProgressProblem(data.drills);
	if (drills) return drills;
	if (data.exams !== undefined) return examsShapeProblem(data.exams);
	return undefined;
}

function helpProblem(id: string, help: unknown): string | undefined {
	if (help === undefined) return undefined;
	if (!isRecord(help)) return `lessons.${id}.help must be an object`;
	for (const [task, entry] of Object.entries(help)) {
		if (!isRecord(entry) || !Number.isInteger(entry.hints) || (entry.solution !== undefined && typeof entry.solution !== 'string')) return `lessons.${id}.help.${task} is malformed`;
	}
	return undefined;
}

function sandboxProblem(id: string, sandbox: unknown): string | undefined {
	if (sandbox === undefined) return undefined;
	if (!isRecord(sandbox) || typeof sandbox.at !== 'string' || !Array.isArray(sandbox.steps) || (sandbox.seed !== undefined && !Number.isInteger(sandbox.seed))) return `lessons.${id}.sandbox is malformed`;
	for (const [index, step] of sandbox.steps.entries()) {
		const ok = isRecord(step) && (step.wait === undefined || (typeof step.wait === 'number' && step.wait >= 0)) && (step.run === undefined || typeof step.run === 'string') && (step.stdin === undefined || typeof step.stdin === 'string');
		if (!ok) return `lessons.${id}.sandbox.steps[${index}] is malformed`;
	}
	return undefined;
}

function isAnswer(value: unknown): value is AnswerRecord {
	return (
		isRecord(value) &&
		['id', 'attempt', 'quiz', 'question', 'at', 'given'].every(key => typeof value[key] === 'string') &&
		typeof value.correct === 'boolean' &&
		(value.mode === 'practice' || value.mode === 'review' || value.mode === 'exam')
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return `a ${typeof value}`;
}
