import {Box} from 'ink';
import type {AppState} from '../../core/app/app-state.js';
import {pageCount, pageNumber} from '../../core/app/lesson-paging.js';
import {LESSON_TASK_KEYS, lessonTasks, lessonViewportHeight} from '../../core/app/reducer.js';
import {taskPanel} from '../../core/app/task-panel.js';
import {Checklist} from '../components/Checklist.js';
import {Lines} from '../components/Lines.js';

export function lessonPageText(state: AppState): string {
	const screen = state.screen;
	if (screen.kind !== 'lesson' || state.rendered?.lesson !== screen.lesson) return '';
	const height = lessonViewportHeight(state);
	const total = state.rendered.lines.length;
	const keep = state.rendered.keep ?? [];
	return `page ${pageNumber(screen.offset, total, height, keep)} of ${pageCount(total, height, keep)}`;
}

export function Lesson({state, height, transform}: {state: AppState; height: number; transform: (line: string) => string}) {
	const screen = state.screen;
	if (screen.kind !== 'lesson') return null;
	const rendered = state.rendered?.lesson === screen.lesson ? state.rendered : undefined;
	const tasks = lessonTasks(state);
	const panel = tasks ? taskPanel(tasks, state.size, LESSON_TASK_KEYS) : undefined;
	const viewport = Math.max(1, height - (panel?.height ?? 0));
	const lines = rendered ? rendered.lines.slice(screen.offset, screen.offset + viewport) : ['Rendering the lesson…'];
	return (
		<Box flexDirection="column" height={height}>
			<Lines lines={lines} height={viewport} />
			{panel ? <Checklist panel={panel} transform={transform} /> : null}
		</Box>
	);
}
