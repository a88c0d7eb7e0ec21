/**
 * The quiz screen: one question at a time, immediate feedback (except in exams), the score and
 * the answers to review at the end. Presentational only — keys are mapped by `quizKeyAction`
 * (src/core/quiz/quiz-keys.ts) and state changes by `quizReducer` (src/core/quiz/quiz-session.ts).
 *
 * Props:
 * - `session: QuizSession` — the state to show (from `startSession` + `quizReducer`).
 * - `width: number`, `height: number` — the space given; the frame is never taller than `height`
 *   lines nor wider than `width` columns.
 *
 * To mount it in the app: keep a `QuizSession` in app state, route keys through
 * `quizKeyAction(session, input, key, Date.now())`, dispatch the result to `quizReducer`, save each
 * new `session.results` entry with `recordAnswer`, and leave on `{type: 'quiz/exit'}`. For an exam,
 * dispatch `{type: 'quiz/tick', now}` every second so the countdown moves. `QuizRunner.tsx` does
 * exactly that as a stand-alone Ink app.
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
}

const TONE: Record<NonNullable<ScreenLine['tone']>, {color?: string; bold?: boolean; dimColor?: boolean}> = {
	title: {bold: true},
	cursor: {color: 'cyan'},
	good: {color: 'green'},
	bad: {color: 'red'},
	dim: {dimColor: true},
};

export function Quiz({session, width, height, scroll = 0}: QuizProps) {
	const lines = quizScreenLines(session, width, height, scroll);
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
