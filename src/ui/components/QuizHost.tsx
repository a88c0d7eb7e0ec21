import {Box, Text} from 'ink';
import type {QuizState} from '../../core/app/app-state.js';
import {Quiz} from '../screens/Quiz.js';

/** The quiz screen's body for the quiz state in the model: loading, a message, or the session. */
export function QuizHost({quiz, width, height}: {quiz: QuizState | undefined; width: number; height: number}) {
	if (!quiz || quiz.status === 'loading') return <Text>Loading the quiz…</Text>;
	if (quiz.status === 'message') {
		return (
			<Box flexDirection="column">
				<Text wrap="wrap">{quiz.text}</Text>
				<Text> </Text>
				<Text>Enter or Esc goes back.</Text>
			</Box>
		);
	}
	return <Quiz session={quiz.session} width={width} height={height} scroll={quiz.scroll} />;
}
