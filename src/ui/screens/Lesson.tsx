import {Box} from 'ink';
import type {AppState} from '../../core/app/app-state.js';
import {innerWidth, tasksPanelHeight} from '../../core/app/layout.js';
import {pageCount, pageNumber} from '../../core/app/lesson-paging.js';
import {lessonViewportHeight} from '../../core/app/reducer.js';
import {checklistLines} from '../../core/app/tasks-view.js';
import {Checklist} from '../components/Checklist.js';
import {Lines} from '../components/Lines.js';

export function lessonPageText(state: AppState): string {
	const screen = state.screen;
	if (screen.kind !== 'lesson' || state.rendered?.lesson !== screen.lesson) return '';
	const height = lessonViewportHeight(state);
	const total = state.rendered.lines.length;
	return `page ${pageNumber(screen.offset, total, height)} of ${pageCount(total, height)}`;
}

export function Lesson({state, height, transform}: {state: AppState; height: number; transform: (line: string) => string}) {
	const screen = state.screen;
	if (screen.kind !== 'lesson') return null;
	const rendered = state.rendered?.lesson === screen.lesson ? state.rendered : undefined;
	const tasks = state.tasks?.lesson === screen.lesson ? state.tasks : undefined;
	const panel = tasks ? tasksPanelHeight(state.size, checklistLines(tasks.tasks, innerWidth(state.size)).length + 1) : 0;
	const viewport = Math.max(1, height - panel);
	const lines = rendered ? rendered.lines.slice(screen.offset, screen.offset + viewport) : ['Rendering the lesson…'];
	return (
		<Box flexDirection="column" height={height}>
			<Lines lines={lines} height={viewport} />
			{tasks ? <Checklist tasks={tasks} height={panel} width={innerWidth(state.size)} transform={transform} keys="h hint · r solution" /> : null}
		</Box>
	);
}
