import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Size} from '../../core/app/layout.js';
import {theme} from '../theme.js';

export interface FrameProps {
	size: Size;
	title: string;
	/** Right side of the header: where you are ("page 2 of 5"). */
	context?: string;
	status?: string;
	footer: string;
	children: ReactNode;
}

/**
 * Header, body, status line and footer in exactly rows − 1 lines: never as tall as the terminal,
 * which would make Ink clear the screen on every frame (docs/architecture.md, "Frame height").
 */
export function Frame({size, title, context, status, footer, children}: FrameProps) {
	const height = Math.max(6, size.rows - 1);
	return (
		<Box flexDirection="column" width={size.columns} height={height}>
			<Box justifyContent="space-between" height={1}>
				<Text bold color={theme.title} wrap="truncate-end">
					{title}
				</Text>
				{/* "page N of M" must always be readable: the title gives way first. */}
				{context ? (
					<Box flexShrink={0}>
						<Text color={theme.muted}>{` ${context}`}</Text>
					</Box>
				) : null}
			</Box>
			<Box flexDirection="column" flexGrow={1} paddingX={1} overflow="hidden">
				{children}
			</Box>
			<Box height={1}>
				<Text wrap="truncate-end">{status ?? ' '}</Text>
			</Box>
			<Box height={1}>
				<Text color={theme.muted} wrap="truncate-end">
					{footer}
				</Text>
			</Box>
		</Box>
	);
}
