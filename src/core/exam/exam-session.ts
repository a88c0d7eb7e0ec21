/**
 * A hands-on exam in progress: the practice session of its tasks (src/core/practice), the clock,
 * the warnings given, and how it ended. Plain data; the screen and `--script` runs both change it
 * only through these functions, and `now` is always passed in (the core never reads the time).
 */
import type {Cluster} from '../cluster/cluster.js';
import {gradesOf, type Grade} from '../practice/grade-table.js';
import {runTutorCommand, startPractice, type PracticeState} from '../practice/practice-session.js';
import {dueWarning, timeIsUp, warningText, WARNING_MINUTES, type ExamClock} from './exam-clock.js';
import type {ExamTask} from './exam-task.js';

export interface ExamSettings {
	seed: number;
	minutes: number;
	/** No hints, no solutions, no `check`, no `trace`, no tutor help text: as in the real exam. */
	realistic: boolean;
}

export interface ExamState {
	readonly settings: ExamSettings;
	readonly tasks: readonly ExamTask[];
	readonly practice: PracticeState;
	readonly clock: ExamClock;
	/** Minutes-left warnings already given (15, 5). */
	readonly warned: readonly number[];
	/** How it ended; undefined while it runs. */
	readonly endedBy?: 'submit' | 'time';
}

export function startExam(tasks: readonly ExamTask[], settings: ExamSettings, now: number): ExamState {
	return {
		settings,
		tasks,
		practice: startPractice(tasks, {submittable: true, ...(settings.realistic ? {noHelp: true, noCheck: true} : {})}),
		clock: {startedAt: now, durationMs: settings.minutes * 60_000},
		warned: [],
	};
}

export const examOver = (state: ExamState): boolean => state.endedBy !== undefined;

/**
 * The clock moved on: a warning when 15 or 5 minutes are left (once each), and at 0:00 every task
 * is graded as the cluster stands.
 */
export function tickExam(state: ExamState, cluster: Cluster, now: number): {state: ExamState; notice?: string} {
	if (examOver(state)) return {state};
	if (timeIsUp(state.clock, now)) {
		const ended = endExam(state, cluster, 'time');
		return {state: ended, notice: `Time is up: ${passedCount(ended)} of ${ended.tasks.length} tasks pass`};
	}
	const due = dueWarning(state.clock, now, state.warned);
	if (due === undefined) return {state};
	// A clock that jumped past both thresholds warns once, with the nearer one.
	const warned = [...state.warned, ...WARNING_MINUTES.filter(minutes => minutes >= due && !state.warned.includes(minutes))];
	return {state: {...state, warned}, notice: warningText(due)};
}

/** Grades every task as the cluster is now; later commands change nothing. */
export function endExam(state: ExamState, cluster: Cluster, endedBy: 'submit' | 'time'): ExamState {
	if (examOver(state)) return state;
	const reply = runTutorCommand(state.practice, cluster, {kind: 'submit'});
	return {...state, practice: reply.state, endedBy};
}

export const passedCount = (state: ExamState): number => state.practice.checked.filter(result => result?.passed).length;

export function examGrades(state: ExamState): Grade[] {
	return gradesOf(state.practice);
}

/** What the realistic exam refuses that the tutor would otherwise offer: its own help and `trace`. */
export function realisticRefusal(line: string): string | undefined {
	const word = line.trim().split(/\s+/)[0];
	if (word === 'trace') return 'trace: not available in the realistic exam (it is on the results screen)';
	if (word === 'help') return 'help: not available in the realistic exam; kubectl\'s own --help is (kubectl expose --help)';
	return undefined;
}
