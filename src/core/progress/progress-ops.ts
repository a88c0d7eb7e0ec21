import {mergeExams} from './exam-record.js';
import type {AnswerRecord, LessonRecord, LessonSandbox, Progress, SandboxStep, TaskHelp, TaskRecord} from './progress-schema.js';
import {mergeDrillProgress} from './drill-record.js';

/** Add an answer; an id already present is kept once. */
export function recordAnswer(progress: Progress, answer: AnswerRecord): Progress {
	if (progress.answers.some(existing => existing.id === answer.id)) return progress;
	return {...progress, answers: [...progress.answers, answer]};
}

/** A task passed once stays passed, however the learner changes the cluster afterwards. */
export function recordTask(progress: Progress, lesson: string, task: string, result: TaskRecord): Progress {
	const current = progress.lessons[lesson] ?? {tasks: {}};
	if (current.tasks[task]?.passed && !(current.tasks[task].assisted && result.passed && !result.assisted)) return progress;
	return withLesson(progress, lesson, {...current, tasks: {...current.tasks, [task]: result}});
}

/** Help only grows: a hint seen or a solution revealed is never taken back. */
export function recordHelp(progress: Progress, lesson: string, task: string, help: TaskHelp): Progress {
	const current = progress.lessons[lesson] ?? {tasks: {}};
	const merged = mergeHelp(current.help?.[task], help);
	return withLesson(progress, lesson, {...current, help: {...current.help, [task]: merged}});
}

/** The most steps a lesson's cluster keeps: beyond them the oldest work would be lost, so it is refused. */
export const MAX_SANDBOX_STEPS = 2000;

/** One more step in a lesson's cluster; false-y `seed` is the default seed. */
export function recordSandboxStep(progress: Progress, lesson: string, step: SandboxStep, at: string, seed?: number): Progress {
	const current = progress.lessons[lesson] ?? {tasks: {}};
	const sandbox: LessonSandbox = current.sandbox ?? {...(seed === undefined ? {} : {seed}), at, steps: []};
	if (sandbox.steps.length >= MAX_SANDBOX_STEPS) return progress;
	return withLesson(progress, lesson, {...current, sandbox: {...sandbox, at, steps: [...sandbox.steps, step]}});
}

/** "Reset this lesson's cluster": its history goes; what was passed and the help shown stay. */
export function resetLessonSandbox(progress: Progress, lesson: string): Progress {
	const current = progress.lessons[lesson];
	if (!current?.sandbox) return progress;
	const {sandbox: _dropped, ...rest} = current;
	return withLesson(progress, lesson, rest);
}

function withLesson(progress: Progress, lesson: string, record: LessonRecord): Progress {
	return {...progress, lessons: {...progress.lessons, [lesson]: record}};
}

function mergeHelp(a: TaskHelp | undefined, b: TaskHelp | undefined): TaskHelp {
	const solution = [a?.solution, b?.solution].filter((at): at is string => at !== undefined).sort(compare)[0];
	return {hints: Math.max(a?.hints ?? 0, b?.hints ?? 0), ...(solution ? {solution} : {})};
}

/** A lesson done without help stays unassisted even if it is later redone with the solution shown. */
export function markLessonDone(progress: Progress, lesson: string, at: string, assisted: boolean): Progress {
	const current = progress.lessons[lesson] ?? {tasks: {}};
	if (current.done && !current.assisted) return progress;
	if (current.done && current.assisted && assisted) return progress;
	return {...progress, lessons: {...progress.lessons, [lesson]: {...current, done: at, assisted}}};
}

export function markLastVisited(progress: Progress, lesson: string, at: string): Progress {
	return {...progress, last: {lesson, at}};
}

/** The name the learner gave for exports; the newest wins when two tutors wrote one. */
export function rememberLearner(progress: Progress, name: string, at: string): Progress {
	return {...progress, learner: {name, at}};
}

/**
 * Combine what two tutors wrote: every answer of both (by id), lessons done in either, the
 * newer result of each task. Commutative, so writers may merge in any order.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const answers = new Map<string, AnswerRecord>();
	for (const answer of [...a.answers, ...b.answers]) if (!answers.has(answer.id)) answers.set(answer.id, answer);
	const lessons: Record<string, LessonRecord> = {};
	for (const id of new Set([...Object.keys(a.lessons), ...Object.keys(b.lessons)])) {
		lessons[id] = mergeLesson(a.lessons[id], b.lessons[id]);
	}
	const learner = [a.learner, b.learner].filter(entry => entry !== undefined).sort((x, y) => compare(y.at, x.at) || compare(x.name, y.name))[0];
	const last = [a.last, b.last].filter(entry => entry !== undefined).sort((x, y) => compare(y.at, x.at) || compare(x.lesson, y.lesson))[0];
	const exams = mergeExams(a.exams, b.exams);
	const drills = mergeDrillProgress(a.drills, b.drills);
	return {
		version: a.version,
		lessons,
		answers: [...answers.values()].sort(byTime),
		...(last ? {last} : {}),
		...(learner ? {learner} : {}),
		...(exams ? {exams} : {}),
		...(drills ? {drills} : {}),
	};
}

function mergeLesson(a: LessonRecord | undefined, b: LessonRecord | undefined): LessonRecord {
	if (!a) return b!;
	if (!b) return a;
	const tasks: Record<string, TaskRecord> = {...a.tasks};
	for (const [id, record] of Object.entries(b.tasks)) {
		const mine = tasks[id];
		// A pass in either tutor stays a pass; between two alike, the newer.
		if (!mine || (record.passed && !mine.passed) || (record.passed === mine.passed && compare(record.at, mine.at) > 0)) tasks[id] = record;
	}
	const done = [a, b].filter(lesson => lesson.done).sort((x, y) => Number(x.assisted ?? false) - Number(y.assisted ?? false) || compare(x.done!, y.done!))[0];
	const helpIds = new Set([...Object.keys(a.help ?? {}), ...Object.keys(b.help ?? {})]);
	const help = helpIds.size > 0 ? Object.fromEntries([...helpIds].map(id => [id, mergeHelp(a.help?.[id], b.help?.[id])])) : undefined;
	// Two histories of one cluster cannot be interleaved: the one with the newer step wins.
	const sandbox = [a.sandbox, b.sandbox].filter(entry => entry !== undefined).sort((x, y) => compare(y.at, x.at) || y.steps.length - x.steps.length)[0];
	return {tasks, ...(done ? {done: done.done, assisted: done.assisted ?? false} : {}), ...(help ? {help} : {}), ...(sandbox ? {sandbox} : {})};
}

export function byTime(x: AnswerRecord, y: AnswerRecord): number {
	return compare(x.at, y.at) || compare(x.id, y.id);
}

function compare(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
