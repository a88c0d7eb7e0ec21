import {Box, Text} from 'ink';

export interface LinesProps {
	lines: readonly string[];
	/** Exactly this many rows are drawn, blank ones included, so the frame height never jumps. */
	height: number;
	color?: string;
}

/**
 * Pre-rendered lines, one `<Text>` each, cut at the box edge: wrapping them again would break
 * tables and diagrams (docs/architecture.md, "Markdown").
 */
export function Lines({lines, height, color}: LinesProps) {
	const shown = lines.slice(0, height);
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			{shown.map((line, index) => (
				<Text key={index} wrap="truncate-end" {...(color ? {color} : {})}>
					{line || ' '}
				</Text>
			))}
		</Box>
	);
}
