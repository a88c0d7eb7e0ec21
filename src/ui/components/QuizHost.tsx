import {Box, Text, useInput} from 'ink';
import {useEffect, useReducer, useRef, useState} from 'react';
import type {Screen} from '../../core/app/app-state.js';
import {maxQuizScroll} from '../../core/quiz/quiz-layout.js';
import {quizKeyAction} from '../../core/quiz/quiz-keys.js';
import {currentItem, quizReducer} from '../../core/quiz/quiz-session.js';
import type {AppServices} from '../app-services.js';
import type {StartedQuiz} from '../quiz-start.js';
import {Quiz} from '../screens/Quiz.js';

type QuizScreen = Extract<Screen, {kind: 'quiz'}>;

interface HostProps {
	screen: QuizScreen;
	services: AppServices;
	width: number;
	height: number;
	onExit: () => void;
}

/** Runs one quiz session inside the app; the quiz owns the keys while it is on screen. */
function LiveQuiz({started, width, height, onExit}: {started: StartedQuiz; width: number; height: number; onExit: () => void}) {
	const [session, dispatch] = useReducer(quizReducer, started.session);
	const latest = useRef(session);
	latest.current = session;
	const saved = useRef(started.session.results.length);
	const [scroll, setScroll] = useState(0);

	useInput((input, key) => {
		const current = latest.current;
		const action = quizKeyAction(current, input, key, Date.now());
		if (!action) return;
		if (action.type === 'quiz/exit') return onExit();
		if (action.type === 'quiz/scroll') return setScroll(value => Math.min(Math.max(0, value + action.lines), maxQuizScroll(current, width, height)));
		if (action.type === 'quiz/check-task') {
			const item = currentItem(current);
			if (item?.question.kind === 'task') dispatch({type: 'quiz/answer', given: {kind: 'task', passed: started.taskPassed(item.lesson, item.question.task)}, now: Date.now()});
			return;
		}
		dispatch(action);
	});

	useEffect(() => {
		for (const result of session.results.slice(saved.current)) started.onResult(result);
		saved.current = session.results.length;
	}, [session.results]);

	useEffect(() => {
		if (session.deadline === undefined || session.phase === 'finished') return;
		const timer = setInterval(() => dispatch({type: 'quiz/tick', now: Date.now()}), 1000);
		return () => clearInterval(timer);
	}, [session.deadline, session.phase]);

	return <Quiz session={session} width={width} height={height} scroll={scroll} />;
}

function Message({text, onExit}: {text: string; onExit: () => void}) {
	useInput((_input, key) => {
		if (key.escape || key.return || _input === 'q') onExit();
	});
	return (
		<Box flexDirection="column">
			<Text wrap="wrap">{text}</Text>
			<Text> </Text>
			<Text>Enter or Esc goes back.</Text>
		</Box>
	);
}

export function QuizHost({screen, services, width, height, onExit}: HostProps) {
	const [started, setStarted] = useState<StartedQuiz | {message: string} | undefined>(undefined);
	useEffect(() => {
		let live = true;
		services
			.startQuiz(screen)
			.then(result => live && setStarted(result))
			.catch((error: unknown) => live && setStarted({message: `The quiz could not start: ${error instanceof Error ? error.message : String(error)}`}));
		return () => {
			live = false;
		};
	}, [screen.quiz, screen.mode]);
	if (!started) return <Text>Loading the quiz…</Text>;
	if ('message' in started) return <Message text={started.message} onExit={onExit} />;
	return <LiveQuiz started={started} width={width} height={height} onExit={onExit} />;
}
