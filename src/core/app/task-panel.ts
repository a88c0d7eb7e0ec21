import type {TasksState} from './app-state.js';
import {innerWidth, tasksPanelHeight, type Size} from './layout.js';
import {allDone, checklistLines} from './tasks-view.js';

/** The task panel as drawn: its head, the checklist lines in view and, when some are out of view, a marker. */
export interface TaskPanel {
	height: number;
	head: string;
	lines: string[];
	/** `▼ lines 1–6 of 14 · ] scrolls down`: says there is more, and how to reach it. */
	marker?: string;
	/** The scroll offset actually used (the state's, kept inside the checklist). */
	scroll: number;
}

/** `Tasks: 1 of 2 done · c check · h hint · r solution`; once all are done the keys have nothing left to do. */
export function panelHead(tasks: TasksState, keys: string): string {
	const done = tasks.tasks.filter(task => task.done).length;
	const setting = tasks.started ? '' : ' (setting up…)';
	return `Tasks: ${done} of ${tasks.tasks.length} done${setting}${allDone(tasks.tasks) ? ' — all done' : ` · ${keys}`}`;
}

/**
 * At most half the screen (src/core/app/layout.ts); what does not fit scrolls inside the panel
 * (`[`/`]` in the lesson) behind a marker, so a long hint or solution is never cut off for good.
 * `scrollKeys` is false where those keys type text (the sandbox): the marker then says where to read on.
 */
export function taskPanel(tasks: TasksState, size: Size, keys: string, scrollKeys = true): TaskPanel {
	const all = checklistLines(tasks, innerWidth(size));
	const height = tasksPanelHeight(size, all.length + 1);
	const head = panelHead(tasks, keys);
	if (all.length + 1 <= height) return {height, head, lines: all, scroll: 0};
	const view = Math.max(1, height - 2);
	const scroll = Math.min(Math.max(0, tasks.scroll), all.length - view);
	const lines = all.slice(scroll, scroll + view);
	const more = scroll + view < all.length ? '▼' : '▲';
	const how = scrollKeys ? '[ ] scroll' : 'the rest: Esc, then [ ] in the lesson';
	return {height, head, lines, scroll, marker: `${more} lines ${scroll + 1}–${scroll + lines.length} of ${all.length} · ${how}`};
}
