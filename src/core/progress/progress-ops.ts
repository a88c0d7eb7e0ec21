import {mergeExams} from './exam-record.js';
import type {AnswerRecord, LessonRecord, Progress, TaskRecord} from './progress-schema.js';
import {mergeDrillProgress} from './drill-record.js';

/** Add an answer; an id already present is kept once. */
export function recordAnswer(progress: Progress, answer: AnswerRecord): Progress {
	if (progress.answers.some(existing => existing.id === answer.id)) return progress;
	return {...progress, answers: [...progress.answers, answer]};
}

export function recordTask(progress: Progress, lesson: string, task: string, result: TaskRecord): Progress {
	const current = progress.lessons[lesson] ?? {tasks: {}};
	return {...progress, lessons: {...progress.lessons, [lesson]: {...current, tasks: {...current.tasks, [task]: result}}}};
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
		if (!mine || compare(record.at, mine.at) > 0 || (record.at === mine.at && record.passed && !mine.passed)) tasks[id] = record;
	}
	const done = [a, b].filter(lesson => lesson.done).sort((x, y) => Number(x.assisted ?? false) - Number(y.assisted ?? false) || compare(x.done!, y.done!))[0];
	return done ? {tasks, done: done.done, assisted: done.assisted ?? false} : {tasks};
}

export function byTime(x: AnswerRecord, y: AnswerRecord): number {
	return compare(x.at, y.at) || compare(x.id, y.id);
}

function compare(x: string, y: string): number {
	return x < y ? -1 : x > y ? 1 : 0;
}
