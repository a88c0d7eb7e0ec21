import {Box, Text} from 'ink';
import type {TasksState} from '../../core/app/app-state.js';
import {checklistLines} from '../../core/app/tasks-view.js';
import {theme} from '../theme.js';

/** `Tasks: 1 of 2 pass · h hint · r solution`; once all pass the hint keys have nothing left to do, so they go. */
export function checklistHead(tasks: TasksState, keys: string): string {
	const done = tasks.tasks.filter(task => task.passed).length;
	const all = done === tasks.tasks.length;
	return `Tasks: ${done} of ${tasks.tasks.length} pass${tasks.started ? '' : ' (setting up…)'}${all ? ' — all done' : ` · ${keys}`}`;
}

/** The live ✓/✗ task list: a symbol and a word on every line, colour only as decoration. */
export function Checklist({tasks, height, width, transform, keys}: {tasks: TasksState; height: number; width: number; transform: (line: string) => string; keys: string}) {
	if (height <= 0) return null;
	const head = checklistHead(tasks, keys);
	const lines = [head, ...checklistLines(tasks.tasks, width)].slice(0, height);
	return (
		<Box flexDirection="column" height={height}>
			{lines.map((line, index) => {
				const color = index === 0 ? theme.accent : line.startsWith('✓') ? theme.done : line.startsWith('✗') ? theme.todo : theme.muted;
				return (
					<Text key={index} wrap="truncate-end" color={color} bold={index === 0}>
						{transform(line)}
					</Text>
				);
			})}
		</Box>
	);
}
