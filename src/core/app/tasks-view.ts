import type {Lesson} from '../content/lesson.js';
import {initialHintState, taskStatus, visibleHints, type TaskStatus} from '../lessons/hint-state.js';
import {parseTasks} from '../lessons/parse-tasks.js';
import type {TaskCheckReport} from './actions.js';
import type {TaskView, TasksState} from './app-state.js';
import {wrapText} from './wrap-text.js';

const TASK_MARK: Readonly<Record<TaskStatus, string>> = {todo: '✗ to do', done: '✓ done', assisted: '✓ assisted'};

/** The checklist of a lesson before anything was checked; undefined for lessons without tasks. */
export function tasksFor(lesson: Lesson): TasksState | undefined {
	if (lesson.tasks === undefined) return undefined;
	const {tasks} = parseTasks(lesson.tasks);
	if (tasks.length === 0) return undefined;
	return {
		lesson: lesson.id,
		started: false,
		tasks: tasks.map(task => ({id: task.id, title: task.title, passed: false, hints: task.hints, solution: task.solution, hint: initialHintState})),
	};
}

export function applyReports(tasks: readonly TaskView[], reports: readonly TaskCheckReport[]): TaskView[] {
	return tasks.map(task => {
		const report = reports.find(candidate => candidate.id === task.id);
		if (!report) return task;
		// Help taken in the sandbox counts as taken here too: the task is assisted however it was shown.
		const hint = report.hint ? {level: Math.max(task.hint.level, report.hint.level), solutionRevealed: task.hint.solutionRevealed || report.hint.solutionRevealed} : task.hint;
		return {...task, hint, passed: report.passed, ...(report.why && !report.passed ? {why: report.why} : {why: undefined})};
	});
}

/** The task hints and reveal act on: the first one still open, else the last. */
export function focusTask(tasks: readonly TaskView[]): number {
	const open = tasks.findIndex(task => !task.passed);
	return open >= 0 ? open : tasks.length - 1;
}

/**
 * Lines the checklist needs at `width` columns: one per task, plus the reason, hints and solution
 * of the focused one, wrapped so nothing the learner asked for is cut off.
 */
export function checklistLines(tasks: readonly TaskView[], width = Infinity): string[] {
	const focus = focusTask(tasks);
	const lines: string[] = [];
	const add = (text: string) => lines.push(...wrapText(text, width, '      '));
	tasks.forEach((task, index) => {
		const mark = TASK_MARK[taskStatus(task.passed, task.hint)];
		add(`${mark}  ${task.title}`);
		if (index !== focus || task.passed) return;
		if (task.why) add(`    why: ${task.why}`);
		// Hints are written in Markdown; the checklist is plain text, so `code` loses its backticks.
		visibleHints(task.hints, task.hint).forEach((hint, tier) => add(`    hint ${tier + 1}: ${hint.replace(/`([^`\n]+)`/g, '$1')}`));
		if (task.hint.solutionRevealed) for (const line of task.solution.trimEnd().split('\n')) add(`    solution: ${line}`);
	});
	return lines;
}
