import {Box, Text} from 'ink';
import type {AppState} from '../../core/app/app-state.js';
import {lessonMark} from '../../core/app/home-items.js';

const WORDS = {done: '✓ done    ', assisted: '✓ assisted', new: '✗ to do   '} as const;

export function progressLines(state: AppState): string[] {
	const {progress, lessons} = state;
	const lines = lessons.map(lesson => `${WORDS[lessonMark(progress, lesson.id)]}  ${lesson.title}`);
	lines.push('', `Answers: ${progress.correct} right of ${progress.answered}`, `Reviews due now: ${progress.due}`, `Hands-on reviews due: ${progress.labDue ?? 0}${progress.labDue ? ' (kubetutor progress lists them)' : ''}`, ...(progress.nextReview ? [`Next review: ${progress.nextReview.slice(0, 16).replace('T', ' ')} UTC`] : []), '', "Details and JSON export: kubetutor progress --json");
	return lines;
}

export function Progress({state, height, transform}: {state: AppState; height: number; transform: (line: string) => string}) {
	return (
		<Box flexDirection="column" height={height}>
			{progressLines(state).slice(0, height).map((line, index) => (
				<Text key={index} wrap="truncate-end">
					{transform(line) || ' '}
				</Text>
			))}
		</Box>
	);
}
