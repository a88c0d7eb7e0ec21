import {Box, Text} from 'ink';
import type {AppState} from '../../core/app/app-state.js';
import type {HomeItem} from '../../core/app/home-items.js';
import {menuItems} from '../../core/app/reducer.js';
import {theme} from '../theme.js';
import {terminalText} from '../../core/content/terminal-text.js';

const MARKS = {done: '✓ done    ', assisted: '✓ assisted', new: '· new     '} as const;

function itemText(item: HomeItem): string {
	if (item.kind === 'lesson') return `${MARKS[item.mark]} ${item.label}`;
	if (item.kind === 'continue') return `→ ${item.label}`;
	return item.label;
}

function itemColor(item: HomeItem): string | undefined {
	if (item.kind === 'lesson' && item.mark !== 'new') return theme.done;
	if (item.kind === 'continue') return theme.accent;
	return undefined;
}

/** The first rows of the visible window, keeping the cursor in view. */
function windowStart(cursor: number, count: number, height: number): number {
	if (count <= height) return 0;
	return Math.min(Math.max(0, cursor - Math.floor(height / 2)), count - height);
}

export function summaryLine(state: AppState): string {
	if (!state.loaded) return 'Loading lessons…';
	const {progress, lessons} = state;
	const done = lessons.filter(lesson => progress.done.includes(lesson.id)).length;
	const parts = [`${done} of ${lessons.length} lessons done`, `${progress.due} review${progress.due === 1 ? '' : 's'} due`];
	if (progress.labDue) parts.push(`${progress.labDue} hands-on due`);
	if (progress.nextReview) parts.push(`next review ${progress.nextReview.slice(0, 10)}`);
	if (progress.answered > 0) parts.push(`${progress.correct}/${progress.answered} answers right`);
	return parts.join(' · ');
}

export function Home({state, height, transform}: {state: AppState; height: number; transform: (line: string) => string}) {
	const cursor = state.screen.kind === 'home' || state.screen.kind === 'quizzes' ? state.screen.cursor : 0;
	const items = menuItems(state);
	const warning = state.screen.kind === 'home' ? state.warnings[0] : undefined;
	const listHeight = Math.max(1, height - 2 - (warning ? 1 : 0));
	const start = windowStart(cursor, items.length, listHeight);
	const shown = items.slice(start, start + listHeight);
	return (
		<Box flexDirection="column" height={height}>
			<Text wrap="truncate-end">{transform(state.screen.kind === 'quizzes' ? 'Pick a quiz: one question at a time, with the explanation after each answer.' : summaryLine(state))}</Text>
			<Text> </Text>
			<Box flexDirection="column" height={listHeight}>
				{shown.map((item, index) => {
					const selected = start + index === cursor;
					const color = itemColor(item);
					return (
						<Text key={start + index} wrap="truncate-end" inverse={selected} {...(color ? {color} : {})}>
							{transform(`${selected ? '›' : ' '} ${itemText(item)}`)}
						</Text>
					);
				})}
			</Box>
			{warning ? (
				<Text color={theme.error} wrap="truncate-end">
					{transform(`warning: ${terminalText(warning)}${state.warnings.length > 1 ? ` (+${state.warnings.length - 1} more; kubetutor validate lists them)` : ''}`)}
				</Text>
			) : null}
		</Box>
	);
}
