/**
 * The quiz as a stand-alone Ink app (`kubetutor quiz ID` on a terminal): one root `useInput`
 * that resolves keys through the quiz keymap the app uses (src/core/quiz/quiz-keys.ts), the
 * footer and the `?` overlay from the same table, a one-second tick for the exam countdown,
 * answers saved as given.
 */
import {Text, render, useApp, useInput, useStdout} from 'ink';
import {useEffect, useReducer, useRef, useState} from 'react';
import type {Readable, Writable} from 'node:stream';
import {keyName} from '../../core/app/key-name.js';
import {footerLine} from '../../core/app/keymap.js';
import {wrapText} from '../../core/app/wrap-text.js';
import {maxQuizScroll} from '../../core/quiz/quiz-layout.js';
import {quizBindings, quizKeyIntent} from '../../core/quiz/quiz-keys.js';
import {overlayLines} from '../components/HelpOverlay.js';
import {currentItem, quizReducer, type QuizSession, type SessionResult} from '../../core/quiz/quiz-session.js';
import {summaryLines} from '../../core/quiz/quiz-text.js';
import {FullScreen} from '../components/FullScreen.js';
import {openTerminalSession} from '../terminal-session.js';
import {Quiz} from './Quiz.js';
import {withCommandResult} from '../../core/quiz/command-answer.js';
import type {TextQuestion} from '../../core/quiz/quiz-types.js';

export interface QuizRunnerProps {
	initial: QuizSession;
	onResult: (result: SessionResult) => void;
	taskPassed: (lesson: string, task: string) => boolean;
	/** Command questions: the typed command run in the question's sandbox (src/core/quiz/command-answer.ts). */
	sameCommandResult?: (question: TextQuestion, text: string) => boolean;
	onDone: (session: QuizSession) => void;
}

export function QuizRunner({initial, onResult, taskPassed, sameCommandResult, onDone}: QuizRunnerProps) {
	const [session, dispatch] = useReducer(quizReducer, initial);
	const {exit} = useApp();
	const {stdout} = useStdout();
	const [size, setSize] = useState({width: stdout.columns ?? 80, height: stdout.rows ?? 24});
	const saved = useRef(initial.results.length);
	const [scroll, setScroll] = useState(0);
	// Leaving renders an empty frame first, so the full summary printed afterwards is not doubled.
	const [leaving, setLeaving] = useState<QuizSession | undefined>(undefined);
	const [help, setHelp] = useState(false);
	const latest = useRef(session);
	latest.current = session;
	const helpShown = useRef(help);
	helpShown.current = help;
	const width = Math.min(size.width, 100);
	// One line less than the terminal so Ink never scrolls (docs/architecture.md, "Frame height").
	const height = Math.max(5, size.height - 1);

	useInput((input, key) => {
		const current = latest.current;
		if (helpShown.current) return setHelp(false);
		const action = quizKeyIntent(current, keyName(input, key), Date.now());
		if (!action) return;
		if (action.type === 'quiz/exit') {
			setLeaving(current);
			return;
		}
		if (action.type === 'quiz/help') return setHelp(true);
		if (action.type === 'quiz/scroll') {
			setScroll(value => Math.min(Math.max(0, value + action.lines), maxQuizScroll(current, width, height, 1)));
			return;
		}
		if (action.type === 'quiz/check-task') {
			const item = currentItem(current);
			if (item?.question.kind === 'task') dispatch({type: 'quiz/answer', given: {kind: 'task', passed: taskPassed(item.lesson, item.question.task)}, now: Date.now()});
			return;
		}
		const item = currentItem(current);
		if (action.type === 'quiz/submit' && current.phase === 'question' && item?.question.kind === 'text' && current.text.trim() !== '') {
			const given = withCommandResult(item.question, {kind: 'text', text: current.text}, sameCommandResult);
			if (given) return dispatch({type: 'quiz/answer', given, now: action.now});
		}
		dispatch(action);
	});

	useEffect(() => {
		for (const result of session.results.slice(saved.current)) onResult(result);
		saved.current = session.results.length;
	}, [session.results, onResult]);

	useEffect(() => {
		if (session.deadline === undefined || session.phase === 'finished') return;
		const timer = setInterval(() => dispatch({type: 'quiz/tick', now: Date.now()}), 1000);
		return () => clearInterval(timer);
	}, [session.deadline, session.phase]);

	useEffect(() => {
		const resize = () => setSize({width: stdout.columns ?? 80, height: stdout.rows ?? 24});
		stdout.on('resize', resize);
		return () => {
			stdout.off('resize', resize);
		};
	}, [stdout]);

	useEffect(() => {
		if (!leaving) return;
		onDone(leaving);
		exit();
	}, [leaving, onDone, exit]);

	if (leaving) return null;
	if (help) {
		const lines = [...overlayLines(quizBindings(session), height - 1), 'any key closes the help'];
		return <Text>{lines.join('\n')}</Text>;
	}
	return <Quiz session={session} width={width} height={height} scroll={scroll} footer={footerLine(quizBindings(session), width)} />;
}

/** Render the runner, wait until the learner leaves, then print the score as plain text. */
export async function runInkQuiz(options: {
	session: QuizSession;
	onResult: (result: SessionResult) => void;
	taskPassed: (lesson: string, task: string) => boolean;
	sameCommandResult?: (question: TextQuestion, text: string) => boolean;
	stdin: Readable;
	stdout: Writable;
	stderr: Writable;
}): Promise<QuizSession> {
	let final = options.session;
	// Drawn in the main screen, so the summary stays in the scrollback; put back however it ends.
	const terminal = openTerminalSession({stdin: options.stdin as NodeJS.ReadStream, stdout: options.stdout, stderr: options.stderr}, {alternateScreen: false});
	const runner = <QuizRunner initial={options.session} onResult={options.onResult} taskPassed={options.taskPassed} {...(options.sameCommandResult ? {sameCommandResult: options.sameCommandResult} : {})} onDone={session => (final = session)} />;
	const instance = render(<FullScreen terminal={terminal}>{runner}</FullScreen>, {
		stdin: options.stdin as NodeJS.ReadStream,
		stdout: options.stdout as NodeJS.WriteStream,
		exitOnCtrlC: false,
	});
	terminal.onEnd(() => instance.unmount());
	try {
		await instance.waitUntilExit();
	} finally {
		terminal.close();
	}
	instance.cleanup();
	options.stdout.write(`${printedSummary(final, (options.stdout as NodeJS.WriteStream).columns).join('\n')}\n`);
	return final;
}

/** The score left in the terminal after the quiz: wrapped between words at the terminal's width. */
export function printedSummary(session: QuizSession, columns: number | undefined): string[] {
	const lines = summaryLines(session);
	return columns && columns >= 20 ? lines.flatMap(line => wrapText(line, columns - 1, '    ')) : lines;
}
