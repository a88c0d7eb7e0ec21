/**
 * A practice session: tasks the learner works on in one sandbox — a lesson's tasks, an exam's,
 * a drill's — and the tutor's own commands typed beside kubectl: `check`, `hint`, `solution`,
 * `tasks`, `task K`, `flag`, `submit`. One implementation for the interactive screens and for
 * `--script` runs (docs/architecture.md, "Practice sessions"). Plain data: every command returns
 * a new state and what to print.
 */
import type {Cluster} from '../cluster/cluster.js';
import {checkTask} from '../lessons/check-task.js';
import {hintReducer, initialHintState, taskStatus, type HintState, type TaskStatus} from '../lessons/hint-state.js';
import type {Task, TaskResult} from '../lessons/task.js';

/** A task as a practice session needs it; lessons, exams and drills add their own fields. */
export interface PracticeTask extends Task {
	/** What the learner must achieve, as an observable result; the title when not given. */
	goal?: string;
	/** The namespace the task lives in (an exam says which, as the real exam names the context). */
	namespace?: string;
	/** Points in an exam; 1 when not given. */
	weight?: number;
	/** The curriculum domain, for per-domain scores ("Services & Networking"). */
	domain?: string;
}

export interface PracticeOptions {
	/**
	 * `check` says only "passes" or "not yet", never which check fails (drills: the fault stays
	 * hidden); with `until-hint`, only until the learner has asked for a hint on the task.
	 */
	hideWhy?: boolean | 'until-hint';
	/** No hints and no solutions (the realistic exam). */
	noHelp?: boolean;
	/** What the learner must do to leave; drills and exams end with `submit`. */
	submittable?: boolean;
	/** `check` gives no verdict before the end (the realistic exam, where nothing grades until submit). */
	noCheck?: boolean;
}

export interface PracticeState {
	readonly tasks: readonly PracticeTask[];
	/** Index into `tasks`. */
	readonly current: number;
	readonly hints: readonly HintState[];
	/** The latest check of each task, undefined before the first. */
	readonly checked: ReadonlyArray<TaskResult | undefined>;
	/** Passed at some check, even if broken since (a lesson shows "done · now failing"). */
	readonly everPassed: readonly boolean[];
	readonly flagged: readonly boolean[];
	readonly submitted: boolean;
	readonly options: PracticeOptions;
}

export type TutorCommand =
	| {kind: 'check'; all: boolean}
	| {kind: 'hint'}
	| {kind: 'solution'}
	| {kind: 'tasks'}
	| {kind: 'task'; number: number}
	| {kind: 'flag'}
	| {kind: 'submit'};

export interface TutorReply {
	state: PracticeState;
	output: string;
	exitCode: number;
}

export const TUTOR_COMMANDS: ReadonlySet<string> = new Set(['check', 'hint', 'solution', 'tasks', 'task', 'flag', 'submit']);

export function startPractice(tasks: readonly PracticeTask[], options: PracticeOptions = {}): PracticeState {
	return {
		tasks,
		current: 0,
		hints: tasks.map(() => initialHintState),
		checked: tasks.map(() => undefined),
		everPassed: tasks.map(() => false),
		flagged: tasks.map(() => false),
		submitted: false,
		options,
	};
}

export const goalOf = (task: PracticeTask): string => task.goal ?? task.title;

/**
 * The tutor command a line is, or undefined when it is a shell command. A usage mistake is a
 * tutor command too (`task x`), so it is answered rather than sent to the shell.
 */
export function parseTutorCommand(line: string): TutorCommand | {kind: 'usage'; message: string} | undefined {
	const words = line.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0 || !TUTOR_COMMANDS.has(words[0])) return undefined;
	const [name, ...args] = words;
	switch (name) {
		case 'check':
			if (args.length === 0) return {kind: 'check', all: false};
			if (args.length === 1 && args[0] === 'all') return {kind: 'check', all: true};
			return {kind: 'usage', message: 'check: usage: check [all]'};
		case 'task': {
			const number = Number(args[0]);
			if (args.length !== 1 || !Number.isInteger(number)) return {kind: 'usage', message: 'task: usage: task K (a task number; type tasks to list them)'};
			return {kind: 'task', number};
		}
		default:
			if (args.length > 0) return {kind: 'usage', message: `${name}: takes no arguments`};
			return {kind: name as 'hint' | 'solution' | 'tasks' | 'flag' | 'submit'};
	}
}

export function statusOf(state: PracticeState, index: number): TaskStatus {
	return taskStatus(state.everPassed[index] ?? false, state.hints[index] ?? initialHintState);
}

/** Runs the checks of one task and remembers the result. */
export function checkPracticeTask(state: PracticeState, cluster: Cluster, index: number): PracticeState {
	const result = checkTask(cluster, state.tasks[index]);
	return {
		...state,
		checked: replace(state.checked, index, result),
		everPassed: result.passed ? replace(state.everPassed, index, true) : state.everPassed,
	};
}

/**
 * The task counts as assisted from now on, as when its solution is shown: the learner applied a
 * manifest the lesson marks as completing it (docs/content.md, "Try-it manifests").
 */
export function markAssisted(state: PracticeState, index: number): PracticeState {
	const before = state.hints[index];
	if (!before) return state;
	const after = hintReducer(before, {type: 'reveal-solution'}, state.tasks[index].hints.length);
	return after === before ? state : {...state, hints: replace(state.hints, index, after)};
}

/** Checks every task as the cluster is now (the end of a `--script` run, before its grade table). */
export function checkAll(state: PracticeState, cluster: Cluster): PracticeState {
	let next = state;
	for (let index = 0; index < state.tasks.length; index++) next = checkPracticeTask(next, cluster, index);
	return next;
}

export function runTutorCommand(state: PracticeState, cluster: Cluster, command: TutorCommand | {kind: 'usage'; message: string}): TutorReply {
	if (command.kind === 'usage') return {state, output: `${command.message}\n`, exitCode: 2};
	if (state.submitted && command.kind !== 'tasks') return {state, output: `${command.kind}: the session was submitted; nothing changes now\n`, exitCode: 1};
	switch (command.kind) {
		case 'check':
			if (state.options.noCheck) return {state, output: 'check: nothing is graded before the end in this mode; submit grades every task\n', exitCode: 1};
			return check(state, cluster, command.all);
		case 'hint':
			return hint(state);
		case 'solution':
			return solution(state);
		case 'tasks':
			return {state, output: taskList(state), exitCode: 0};
		case 'task':
			return moveTo(state, command.number);
		case 'flag': {
			const flagged = !state.flagged[state.current];
			return {state: {...state, flagged: replace(state.flagged, state.current, flagged)}, output: `Task ${state.current + 1} ${flagged ? 'flagged for review' : 'no longer flagged'}\n`, exitCode: 0};
		}
		case 'submit':
			if (!state.options.submittable) return {state, output: 'submit: there is nothing to submit here; type check to see how the task stands\n', exitCode: 1};
			return submit(state, cluster);
	}
}

function check(state: PracticeState, cluster: Cluster, all: boolean): TutorReply {
	const indexes = all ? state.tasks.map((_, index) => index) : [state.current];
	let next = state;
	for (const index of indexes) next = checkPracticeTask(next, cluster, index);
	const lines = indexes.flatMap(index => checkLines(next, index));
	const passing = indexes.filter(index => next.checked[index]?.passed).length;
	return {state: next, output: lines.join('\n') + '\n', exitCode: passing === indexes.length ? 0 : 1};
}

function checkLines(state: PracticeState, index: number): string[] {
	const task = state.tasks[index];
	const result = state.checked[index];
	const heading = `Task ${index + 1}: ${goalOf(task)}`;
	if (!result) return [heading];
	if (result.passed) return [heading, `  ✓ passes${statusOf(state, index) === 'assisted' ? ' (assisted: the solution was shown)' : ''}`];
	const hidden = state.options.hideWhy === 'until-hint' ? (state.hints[index]?.level ?? 0) === 0 && !state.hints[index]?.solutionRevealed : state.options.hideWhy;
	if (hidden) return [heading, '  ✗ not yet'];
	const failing = result.checks.filter(entry => !entry.passed);
	return [heading, ...result.checks.map(entry => `  ${entry.passed ? '✓' : '✗'} ${entry.label}${!entry.passed && entry.why ? `: ${entry.why}` : ''}`), `  not yet: ${failing.length} of ${result.checks.length} checks still fail`];
}

function hint(state: PracticeState): TutorReply {
	if (state.options.noHelp) return {state, output: 'hint: no hints in this mode\n', exitCode: 1};
	const task = state.tasks[state.current];
	const before = state.hints[state.current];
	const after = hintReducer(before, {type: 'hint'}, task.hints.length);
	if (after === before) {
		const none = task.hints.length === 0 ? 'This task has no hints' : 'No more hints';
		return {state, output: `${none}: type solution to see one way to do it (it counts as assisted)\n`, exitCode: 1};
	}
	const shown = Math.min(task.hints.length, 3);
	return {state: {...state, hints: replace(state.hints, state.current, after)}, output: `Hint ${after.level} of ${shown}: ${task.hints[after.level - 1]}\n`, exitCode: 0};
}

function solution(state: PracticeState): TutorReply {
	if (state.options.noHelp) return {state, output: 'solution: no solutions before the end in this mode\n', exitCode: 1};
	const task = state.tasks[state.current];
	const hints = replace(state.hints, state.current, hintReducer(state.hints[state.current], {type: 'reveal-solution'}, task.hints.length));
	const body = task.solution.trimEnd();
	return {state: {...state, hints}, output: `Solution for task ${state.current + 1} (this task now counts as assisted):\n${body.split('\n').map(line => `  ${line}`).join('\n')}\n`, exitCode: 0};
}

function moveTo(state: PracticeState, number: number): TutorReply {
	if (number < 1 || number > state.tasks.length) return {state, output: `task: no task ${number}: there ${state.tasks.length === 1 ? 'is 1 task' : `are ${state.tasks.length} tasks`}\n`, exitCode: 1};
	const next = {...state, current: number - 1};
	const task = next.tasks[next.current];
	const where = task.namespace ? ` (namespace ${task.namespace})` : '';
	return {state: next, output: `Task ${number} of ${state.tasks.length}${where}: ${goalOf(task)}\n`, exitCode: 0};
}

function taskList(state: PracticeState): string {
	return state.tasks.map((task, index) => {
		const mark = index === state.current ? '›' : ' ';
		const status = STATUS_WORD[statusOf(state, index)];
		const flag = state.flagged[index] ? ' [flagged]' : '';
		return `${mark} ${String(index + 1).padStart(2)}. ${status.padEnd(8)} ${goalOf(task)}${flag}\n`;
	}).join('');
}

const STATUS_WORD: Readonly<Record<TaskStatus, string>> = {todo: 'todo', done: 'done', assisted: 'assisted'};

function submit(state: PracticeState, cluster: Cluster): TutorReply {
	const next = {...checkAll(state, cluster), submitted: true};
	const passed = next.checked.filter(result => result?.passed).length;
	return {state: next, output: `Submitted: ${passed} of ${state.tasks.length} tasks pass\n`, exitCode: 0};
}

function replace<T>(items: readonly T[], index: number, value: T): T[] {
	return items.map((item, at) => (at === index ? value : item));
}
