import {quizReducer, type QuizSession, type SessionAction} from './quiz-session.js';

/** The subset of Ink's key flags the quiz needs, so this mapping stays free of Ink. */
export interface QuizKey {
	upArrow?: boolean;
	downArrow?: boolean;
	return?: boolean;
	escape?: boolean;
	backspace?: boolean;
	delete?: boolean;
	ctrl?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
}

/** `quiz/scroll` moves the finished screen (score and mistakes) by whole lines; the screen keeps the offset. */
export type QuizKeyResult = SessionAction | {type: 'quiz/exit'} | {type: 'quiz/check-task'} | {type: 'quiz/scroll'; lines: number} | undefined;

/** Lines one Space/PgDn moves the finished screen. */
export const QUIZ_PAGE = 10;

/** Keys → actions for the quiz screen (the one root input handler only dispatches these). */
export function quizKeyAction(session: QuizSession, input: string, key: QuizKey, now: number): QuizKeyResult {
	// Keys that arrive together ("3\r" from a fast typist or a pty) are split and applied in order.
	if (input.length > 1 && /[\r\n]/.test(input) && !key.ctrl) return chunkAction(session, input, now);
	if ([...input].length > 1 && !key.ctrl && !key.escape) return typedAction(session, input, now);
	return singleKeyAction(session, input, key, now);
}

function chunkAction(session: QuizSession, input: string, now: number): QuizKeyResult {
	const actions: SessionAction[] = [];
	let current = session;
	for (const part of input.split(/(\r\n|\r|\n)/)) {
		if (part === '') continue;
		const keyAction = /^(\r\n|\r|\n)$/.test(part) ? singleKeyAction(current, '', {return: true}, now) : typedAction(current, part, now);
		if (!keyAction || keyAction.type === 'quiz/exit' || keyAction.type === 'quiz/check-task' || keyAction.type === 'quiz/scroll') break;
		actions.push(keyAction);
		current = quizReducer(current, keyAction);
	}
	return actions.length > 0 ? {type: 'quiz/batch', actions} : undefined;
}

/** Printable text: typed into a text answer, or read key by key elsewhere. */
function typedAction(session: QuizSession, text: string, now: number): SessionAction | undefined {
	const item = session.phase === 'finished' ? undefined : session.items[session.index];
	if (session.phase === 'question' && item?.question.kind === 'text') return {type: 'quiz/type', text};
	// "1 3" or "1,3" typed fast (or pasted) ticks 1 and 3: the space must not untick the 1 just ticked.
	if (session.phase === 'question' && item?.question.kind === 'multiple' && /^[1-9][\s,1-9]*$/.test(text)) {
		return {type: 'quiz/batch', actions: [...text.replace(/[\s,]/g, '')].map(digit => ({type: 'quiz/press-number', number: Number(digit)}))};
	}
	const actions = [...text].map(char => singleKeyAction(session, char, {}, now)).filter((action): action is SessionAction => action !== undefined && action.type !== 'quiz/exit' && action.type !== 'quiz/check-task' && action.type !== 'quiz/scroll');
	return actions.length > 0 ? {type: 'quiz/batch', actions} : undefined;
}

function singleKeyAction(session: QuizSession, input: string, key: QuizKey, now: number): QuizKeyResult {
	const item = session.phase === 'finished' ? undefined : session.items[session.index];
	const typing = session.phase === 'question' && item?.question.kind === 'text';
	if (key.ctrl && input === 'c') return {type: 'quiz/exit'};
	if (key.escape) return session.phase === 'finished' ? {type: 'quiz/exit'} : {type: 'quiz/stop', reason: 'quit'};
	if (session.phase === 'finished') {
		if (key.return || input === 'q') return {type: 'quiz/exit'};
		if (key.upArrow || input === 'k') return {type: 'quiz/scroll', lines: -1};
		if (key.downArrow || input === 'j') return {type: 'quiz/scroll', lines: 1};
		if (key.pageUp || input === 'b') return {type: 'quiz/scroll', lines: -QUIZ_PAGE};
		if (key.pageDown || input === ' ') return {type: 'quiz/scroll', lines: QUIZ_PAGE};
		return undefined;
	}
	if (typing) {
		if (key.return) return {type: 'quiz/submit', now};
		if (key.backspace || key.delete) return {type: 'quiz/erase'};
		if (input && !key.ctrl && !key.upArrow && !key.downArrow) return {type: 'quiz/type', text: input};
		return undefined;
	}
	// One stray q must not end a 30-minute exam; Esc still does, as the key help says.
	if (input === 'q') return session.mode === 'exam' ? undefined : {type: 'quiz/stop', reason: 'quit'};
	if (key.return) return session.phase === 'question' && item?.question.kind === 'task' ? {type: 'quiz/check-task'} : {type: 'quiz/submit', now};
	if (key.upArrow) return {type: 'quiz/move', delta: -1};
	if (key.downArrow) return {type: 'quiz/move', delta: 1};
	if (input === ' ') return {type: 'quiz/toggle'};
	if (/^[1-9]$/.test(input)) return {type: 'quiz/press-number', number: Number(input)};
	return undefined;
}
