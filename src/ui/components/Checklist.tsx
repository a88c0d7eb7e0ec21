import {Box, Text} from 'ink';
import type {TaskPanel} from '../../core/app/task-panel.js';
import {theme} from '../theme.js';

/** The live ✓/✗ task list (src/core/app/task-panel.ts): a symbol and a word on every line, colour only as decoration. */
export function Checklist({panel, transform}: {panel: TaskPanel; transform: (line: string) => string}) {
	if (panel.height <= 0) return null;
	const lines = [panel.head, ...panel.lines, ...(panel.marker ? [panel.marker] : [])].slice(0, panel.height);
	return (
		<Box flexDirection="column" height={panel.height}>
			{lines.map((line, index) => {
				const marker = panel.marker !== undefined && index === lines.length - 1;
				const color = index === 0 ? theme.accent : marker ? theme.muted : line.startsWith('✓') ? theme.done : line.startsWith('✗') ? theme.todo : theme.muted;
				return (
					<Text key={index} wrap="truncate-end" color={color} bold={index === 0} inverse={marker}>
						{transform(line)}
					</Text>
				);
			})}
		</Box>
	);
}
