import {maxQuizScroll} from '../quiz/quiz-layout.js';
import {currentItem, quizReducer, type QuizSession, type SessionAction} from '../quiz/quiz-session.js';
import type {Action, RequestResult} from './actions.js';
import type {AppState, QuizMode, RequestBody} from './app-state.js';
import {bodyHeight, innerWidth} from './layout.js';

type Push = (state: AppState, request: RequestBody) => AppState;
type QuizAction = Extract<Action, {type: `quiz/${string}`}>;

/** The space the quiz screen is drawn in: the frame's body. */
export function quizArea(state: AppState): {width: number; height: number} {
	return {width: innerWidth(state.size), height: bodyHeight(state.size)};
}

/** Opening the quiz screen asks the shell for a session; its id marks the answer as this one's. */
export function startQuiz(state: AppState, request: {quiz?: string; mode: QuizMode}, push: Push): AppState {
	return push({...state, quiz: {status: 'loading', request: state.nextRequest}}, {kind: 'start-quiz', ...request});
}

function running(state: AppState): QuizSession | undefined {
	return state.screen.kind === 'quiz' && state.quiz?.status === 'running' ? state.quiz.session : undefined;
}

/** A session change, and a request to save each answer it recorded. */
function withSession(state: AppState, session: QuizSession, push: Push): AppState {
	const before = running(state)?.results.length ?? 0;
	let next: AppState = {...state, quiz: {status: 'running', session, scroll: state.quiz?.status === 'running' ? state.quiz.scroll : 0}};
	for (const result of session.results.slice(before)) next = push(next, {kind: 'record-answer', result});
	return next;
}

function sessionAction(state: AppState, action: SessionAction, push: Push): AppState {
	const session = running(state);
	return session ? withSession(state, quizReducer(session, action), push) : state;
}

export function quizAction(state: AppState, action: QuizAction, push: Push, back: (state: AppState) => AppState): AppState {
	switch (action.type) {
		case 'quiz/session': {
			// A command answer is graded by running it: the shell runs it, then the answer is given.
			const session = running(state);
			const item = session ? currentItem(session) : undefined;
			if (action.action.type === 'quiz/submit' && session?.phase === 'question' && item?.question.kind === 'text' && item.question.normalise === 'command' && session.text.trim() !== '') {
				return push(state, {kind: 'check-quiz-command', question: item.question, text: session.text});
			}
			return sessionAction(state, action.action, push);
		}
		case 'quiz/scroll': {
			const session = running(state);
			if (!session || state.quiz?.status !== 'running') return state;
			const {width, height} = quizArea(state);
			const scroll = Math.min(Math.max(0, state.quiz.scroll + action.lines), maxQuizScroll(session, width, height));
			return {...state, quiz: {...state.quiz, scroll}};
		}
		case 'quiz/check-task': {
			const item = running(state) ? currentItem(running(state)!) : undefined;
			if (item?.question.kind !== 'task') return state;
			return push(state, {kind: 'check-quiz-task', lesson: item.question.lesson, task: item.question.task});
		}
		case 'quiz/leave':
			return back({...state, quiz: undefined});
	}
}

/** What the shell answered for the quiz: the session started, why not, or a task's check. */
export function quizResult(state: AppState, id: number, result: RequestResult, push: Push): AppState {
	switch (result.kind) {
		case 'quiz-started':
			return state.quiz?.status === 'loading' && state.quiz.request === id ? {...state, quiz: {status: 'running', session: result.session, scroll: 0}} : state;
		case 'quiz-message':
			return state.quiz?.status === 'loading' && state.quiz.request === id ? {...state, quiz: {status: 'message', text: result.message}} : state;
		case 'quiz-task':
			return sessionAction(state, {type: 'quiz/answer', given: {kind: 'task', passed: result.passed}, now: result.now}, push);
		case 'quiz-command':
			return sessionAction(state, {type: 'quiz/answer', given: {kind: 'text', text: result.text, ...(result.sameResult === undefined ? {} : {sameResult: result.sameResult})}, now: result.now}, push);
		case 'failed':
			return state.quiz?.status === 'loading' && state.quiz.request === id ? {...state, quiz: {status: 'message', text: `The quiz could not start: ${result.message}`}} : state;
		default:
			return state;
	}
}
