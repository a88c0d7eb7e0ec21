/**
 * The quiz screen: one question at a time, immediate feedback (except in exams), the score and
 * the answers to review at the end. Presentational only — keys are the quiz keymap's
 * (src/core/quiz/quiz-keys.ts) and state changes are `quizReducer`'s (src/core/quiz/quiz-session.ts).
 * The frame is never taller than `height` lines nor wider than `width` columns.
 */
import {Box, Text} from 'ink';
import type {QuizSession} from '../../core/quiz/quiz-session.js';
import {quizScreenLines, type ScreenLine} from '../../core/quiz/quiz-layout.js';

export interface QuizProps {
	session: QuizSession;
	width: number;
	height: number;
	/** First line of the finished screen in view (it scrolls when the mistakes do not fit). */
	scroll?: number;
	/** The key help as the last line, for a host without a footer of its own. */
	footer?: string;
}

const TONE: Record<NonNullable<ScreenLine['tone']>, {color?: string; bold?: boolean; dimColor?: boolean}> = {
	title: {bold: true},
	cursor: {color: 'cyan'},
	good: {color: 'green'},
	bad: {color: 'red'},
	dim: {dimColor: true},
};

export function Quiz({session, width, height, scroll = 0, footer}: QuizProps) {
	const lines = quizScreenLines(session, width, height, scroll, footer);
	return (
		<Box flexDirection="column" width={width}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end" {...(line.tone ? TONE[line.tone] : {})}>
					{line.text === '' ? ' ' : line.text}
				</Text>
			))}
		</Box>
	);
}
