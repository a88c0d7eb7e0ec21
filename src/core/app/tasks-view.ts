import {plainInline} from '../content/inline-code.js';
import type {Lesson} from '../content/lesson.js';
import {initialHintState, MAX_HINT_LEVEL, visibleHints} from '../lessons/hint-state.js';
import {parseTasks} from '../lessons/parse-tasks.js';
import {goalOf} from '../practice/practice-session.js';
import type {LessonRecord} from '../progress/progress-schema.js';
import type {TaskCheckReport} from './actions.js';
import type {TaskView, TasksState} from './app-state.js';
import {expandTabs, wrapText} from './wrap-text.js';

/**
 * The checklist of a lesson as the learner left it: tasks passed before stay done and hints and
 * solutions shown before stay shown (they are kept in progress); undefined for lessons without tasks.
 */
export function tasksFor(lesson: Lesson, record?: LessonRecord): TasksState | undefined {
	if (lesson.tasks === undefined) return undefined;
	const {tasks} = parseTasks(lesson.tasks);
	if (tasks.length === 0) return undefined;
	// The panel states what to achieve: the task's goal where it has one (src/core/practice/practice-session.ts).
	const views = tasks.map(task => ({id: task.id, title: goalOf(task), passed: false, hints: task.hints, solution: task.solution, hint: initialHintState}));
	return {lesson: lesson.id, started: false, checked: false, scroll: 0, tasks: withRecord(views, record)};
}

/** Folds what progress knows into the checklist: passes and help only ever add. */
export function withRecord(tasks: readonly TaskView[], record: LessonRecord | undefined): TaskView[] {
	if (!record) return [...tasks];
	return tasks.map(task => {
		const passed = record.tasks[task.id];
		const help = record.help?.[task.id];
		const hint = {
			level: Math.min(Math.max(task.hint.level, help?.hints ?? 0), task.hints.length, MAX_HINT_LEVEL),
			solutionRevealed: task.hint.solutionRevealed || help?.solution !== undefined,
		};
		const done = task.done ?? (passed?.passed ? {assisted: passed.assisted} : undefined);
		return {...task, hint, ...(done ? {done} : {})};
	});
}

export function applyReports(tasks: readonly TaskView[], reports: readonly TaskCheckReport[]): TaskView[] {
	return tasks.map(task => {
		const report = reports.find(candidate => candidate.id === task.id);
		if (!report) return task;
		// Help taken in the sandbox counts as taken here too: the task is assisted however it was shown.
		const hint = report.hint ? {level: Math.max(task.hint.level, report.hint.level), solutionRevealed: task.hint.solutionRevealed || report.hint.solutionRevealed} : task.hint;
		const {why: _old, ...rest} = task;
		return {...rest, hint, passed: report.passed, ...(report.why && !report.passed ? {why: report.why} : {})};
	});
}

/** The task hints and reveal act on: the first one never passed, else the last. */
export function focusTask(tasks: readonly TaskView[]): number {
	const open = tasks.findIndex(task => !task.done);
	return open >= 0 ? open : tasks.length - 1;
}

/** Every task has passed at some point: the lesson is complete. */
export function allDone(tasks: readonly TaskView[]): boolean {
	return tasks.every(task => task.done !== undefined);
}

/** `✓ done`, `✓ assisted`, `✗ to do`, or `✓ done · now failing` for a task the learner broke since. */
function mark(task: TaskView, tasks: TasksState): string {
	if (!task.done) return '✗ to do';
	const word = task.done.assisted ? '✓ assisted' : '✓ done';
	if (!tasks.started || task.passed) return word;
	return `${word} · now failing${tasks.checked && task.why ? `: ${task.why}` : ''}`;
}

/**
 * Lines the checklist needs at `width` columns: one per task, plus what is still wrong (once the
 * learner asked for a check), the hints and the solution of the focused one, wrapped so nothing
 * the learner asked for is cut off.
 */
export function checklistLines(tasks: TasksState, width = Infinity): string[] {
	const focus = focusTask(tasks.tasks);
	const lines: string[] = [];
	const add = (text: string, indent = '      ') => lines.push(...wrapText(text, width, indent));
	tasks.tasks.forEach((task, index) => {
		add(`${mark(task, tasks)}  ${plainInline(task.title)}`);
		if (index !== focus || task.done) return;
		if (tasks.checked && tasks.started && task.why) add(`    still wrong: ${task.why}`);
		visibleHints(task.hints, task.hint).forEach((hint, tier) => add(`    hint ${tier + 1}: ${plainInline(hint)}`));
		if (task.hint.solutionRevealed) {
			add('    solution:');
			for (const line of task.solution.trimEnd().split('\n')) add(`      ${expandTabs(line)}`, '        ');
		}
	});
	return lines;
}

/** Where the newest help of the focused task starts in the checklist: its panel scrolls there. */
export function helpLine(tasks: TasksState, width: number, what: 'hint' | 'solution'): number {
	const task = tasks.tasks[focusTask(tasks.tasks)];
	const prefix = what === 'solution' ? '    solution:' : `    hint ${Math.min(task.hint.level, MAX_HINT_LEVEL)}:`;
	return Math.max(0, checklistLines(tasks, width).findIndex(line => line.startsWith(prefix)));
}
