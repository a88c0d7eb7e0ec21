import {isPrintable} from '../app/key-name.js';
import {quizReducer, type QuizSession, type SessionAction} from './quiz-session.js';

/**
 * What a key means in a quiz: a change to the session, or something its host does — leave,
 * check a task in the sandbox, scroll the finished screen, show every key.
 */
export type QuizIntent = SessionAction | {type: 'quiz/exit'} | {type: 'quiz/check-task'} | {type: 'quiz/scroll'; lines: number} | {type: 'quiz/help'};

/** One quiz key binding: data, like the app's (src/core/app/keymap.ts), so footer, `?` and keys agree. */
export interface QuizBinding {
	/** Key names as `keyName` gives them (src/core/app/key-name.ts). */
	keys: readonly string[];
	label: string;
	help: string;
	footer: boolean;
	short?: string;
	footerLabel?: string;
	/** The binding exists only while this holds: keys differ between a question, its feedback and the score. */
	when: (session: QuizSession) => boolean;
	intent: (session: QuizSession, key: string, now: number) => QuizIntent | undefined;
}

/** Lines one Space/PgDn moves the finished screen. */
export const QUIZ_PAGE = 10;

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

function asking(session: QuizSession, ...kinds: string[]): boolean {
	const item = session.phase === 'question' ? session.items[session.index] : undefined;
	return item !== undefined && kinds.includes(item.question.kind);
}
const finished = (session: QuizSession) => session.phase === 'finished';
const typing = (session: QuizSession) => asking(session, 'text');
const choosing = (session: QuizSession) => asking(session, 'single', 'predict', 'multiple');
const exam = (session: QuizSession) => session.mode === 'exam';

export const QUIZ_BINDINGS: readonly QuizBinding[] = [
	// Enter first: where the footer is too narrow for every key, the one that answers stays.
	{keys: ['enter'], label: 'Enter', help: 'submit the answer', short: 'submit', footer: true, when: session => choosing(session) || typing(session), intent: (_session, _key, now) => ({type: 'quiz/submit', now})},
	{keys: ['enter'], label: 'Enter', help: 'check the task in the sandbox', short: 'check the task', footer: true, when: session => asking(session, 'task'), intent: () => ({type: 'quiz/check-task'})},
	{keys: ['enter'], label: 'Enter', help: 'next question', short: 'next', footer: true, when: session => session.phase === 'feedback', intent: (_session, _key, now) => ({type: 'quiz/submit', now})},
	{keys: DIGITS, label: '1-9', help: 'choose that answer', short: 'choose', footer: true, when: session => asking(session, 'single', 'predict'), intent: (_session, key) => ({type: 'quiz/press-number', number: Number(key)})},
	{keys: DIGITS, label: '1-9', help: 'tick or untick that choice', short: 'tick', footer: true, when: session => asking(session, 'multiple'), intent: (_session, key) => ({type: 'quiz/press-number', number: Number(key)})},
	{keys: ['up'], label: '↑', footerLabel: '↑↓', help: 'previous choice', short: 'move', footer: true, when: choosing, intent: () => ({type: 'quiz/move', delta: -1})},
	{keys: ['down'], label: '↓', help: 'next choice', footer: false, when: choosing, intent: () => ({type: 'quiz/move', delta: 1})},
	{keys: ['space'], label: 'Space', help: 'tick or untick the highlighted choice', footer: false, when: choosing, intent: () => ({type: 'quiz/toggle'})},
	{keys: ['backspace'], label: 'Backspace', help: 'delete a character', footer: false, when: typing, intent: () => ({type: 'quiz/erase'})},
	{keys: ['up', 'k'], label: '↑/k', footerLabel: '↑↓', help: 'scroll up a line', short: 'scroll', footer: true, when: finished, intent: () => ({type: 'quiz/scroll', lines: -1})},
	{keys: ['down', 'j'], label: '↓/j', help: 'scroll down a line', footer: false, when: finished, intent: () => ({type: 'quiz/scroll', lines: 1})},
	{keys: ['pagedown', 'space'], label: 'PgDn/Space', help: 'scroll down a page', footer: false, when: finished, intent: () => ({type: 'quiz/scroll', lines: QUIZ_PAGE})},
	{keys: ['pageup', 'b'], label: 'PgUp/b', help: 'scroll up a page', footer: false, when: finished, intent: () => ({type: 'quiz/scroll', lines: -QUIZ_PAGE})},
	// A question taller than the screen (a long predict setup) scrolls; ↑↓ stay with the choices.
	{keys: ['pagedown'], label: 'PgDn', help: 'scroll the question down', footer: false, when: session => !finished(session), intent: () => ({type: 'quiz/scroll', lines: QUIZ_PAGE})},
	{keys: ['pageup'], label: 'PgUp', help: 'scroll the question up', footer: false, when: session => !finished(session), intent: () => ({type: 'quiz/scroll', lines: -QUIZ_PAGE})},
	{keys: ['enter', 'q', 'escape'], label: 'Enter/q/Esc', help: 'leave the quiz', short: 'leave', footer: true, when: finished, intent: () => ({type: 'quiz/exit'})},
	// One stray q must not end a 30-minute exam, and a typed answer may contain a q: there only Esc stops.
	{keys: ['q', 'escape'], label: 'q/Esc', help: 'stop (the score so far is shown)', short: 'stop', footer: true, when: session => !finished(session) && !typing(session) && !exam(session), intent: () => ({type: 'quiz/stop', reason: 'quit'})},
	{keys: ['escape'], label: 'Esc', help: 'stop (the score so far is shown)', short: 'stop', footer: true, when: session => typing(session) && !exam(session), intent: () => ({type: 'quiz/stop', reason: 'quit'})},
	{keys: ['escape'], label: 'Esc', help: 'end the exam (the score is shown)', short: 'end the exam', footer: true, when: session => !finished(session) && exam(session), intent: () => ({type: 'quiz/stop', reason: 'quit'})},
	{keys: ['?'], label: '?', help: 'all keys', short: 'help', footer: true, when: session => !typing(session), intent: () => ({type: 'quiz/help'})},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'leave the quiz', footer: false, when: () => true, intent: () => ({type: 'quiz/exit'})},
];

/** The bindings that exist for the session as it is now, in table order. */
export function quizBindings(session: QuizSession): QuizBinding[] {
	return QUIZ_BINDINGS.filter(binding => binding.when(session));
}

/** What a key (by name) means now; keys that arrived together ("3\r", a paste) are applied in order. */
export function quizKeyIntent(session: QuizSession, key: string, now: number): QuizIntent | undefined {
	const binding = quizBindings(session).find(candidate => candidate.keys.includes(key));
	if (binding) return binding.intent(session, key, now);
	if (typing(session) && (key === 'space' || isPrintable(key)) && !/[\r\n]/.test(key)) return {type: 'quiz/type', text: key === 'space' ? ' ' : key};
	if (key.length > 1 && /[\r\n]/.test(key)) return chunk(session, key, now);
	if ([...key].length > 1 && isPrintable(key)) return typed(session, key, now);
	return undefined;
}

function sessionAction(intent: QuizIntent | undefined): SessionAction | undefined {
	return intent && intent.type !== 'quiz/exit' && intent.type !== 'quiz/check-task' && intent.type !== 'quiz/scroll' && intent.type !== 'quiz/help' ? intent : undefined;
}

function chunk(session: QuizSession, input: string, now: number): QuizIntent | undefined {
	const actions: SessionAction[] = [];
	let current = session;
	for (const part of input.split(/(\r\n|\r|\n)/)) {
		if (part === '') continue;
		const action = sessionAction(quizKeyIntent(current, /^(\r\n|\r|\n)$/.test(part) ? 'enter' : part, now));
		if (!action) break;
		actions.push(action);
		current = quizReducer(current, action);
	}
	return actions.length > 0 ? {type: 'quiz/batch', actions} : undefined;
}

/** Printable text: typed into a text answer, or read key by key elsewhere. */
function typed(session: QuizSession, text: string, now: number): QuizIntent | undefined {
	if (typing(session)) return {type: 'quiz/type', text};
	// "1 3" or "1,3" typed fast (or pasted) ticks 1 and 3: the space must not untick the 1 just ticked.
	if (asking(session, 'multiple') && /^[1-9][\s,1-9]*$/.test(text)) {
		return {type: 'quiz/batch', actions: [...text.replace(/[\s,]/g, '')].map(digit => ({type: 'quiz/press-number', number: Number(digit)}))};
	}
	const actions = [...text].map(char => sessionAction(quizKeyIntent(session, char === ' ' ? 'space' : char, now))).filter((action): action is SessionAction => action !== undefined);
	return actions.length > 0 ? {type: 'quiz/batch', actions} : undefined;
}
