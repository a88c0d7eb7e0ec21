import {gradeAnswer, type Grade} from './grade-answer.js';
import type {GivenAnswer, Question} from './quiz-types.js';

/**
 * One quiz run as a pure state machine: the Ink screen and plain mode both drive it, so every
 * rule (scoring, exam timing, feedback) is unit-tested without a terminal.
 */
export type SessionMode = 'practice' | 'review' | 'exam';

export interface SessionItem {
	quiz: string;
	lesson: string;
	/** As shown: for a shuffled item, its choices in the order of this attempt. */
	question: Question;
	/** Shuffled choices: `order[i]` is the file's 1-based position of the choice shown at i + 1. */
	order?: number[];
}

export interface SessionResult {
	quiz: string;
	lesson: string;
	question: Question;
	given: GivenAnswer;
	/** The answer as text, as the choices were shown (`2`, `1,3`), for the review list. */
	givenText: string;
	/** The answer as the quiz file numbers its choices, whatever order they were shown in: what progress keeps. */
	givenIds: string;
	grade: Grade;
	/** Milliseconds (from the injected clock) when it was answered. */
	at: number;
}

export type SessionPhase = 'question' | 'feedback' | 'finished';

export interface QuizSession {
	mode: SessionMode;
	title: string;
	items: SessionItem[];
	index: number;
	/** Highlighted choice, 0-based. */
	cursor: number;
	/** Choices ticked in a multiple-choice question, 1-based. */
	ticked: number[];
	/** What has been typed for a text question. */
	text: string;
	results: SessionResult[];
	phase: SessionPhase;
	startedAt: number;
	now: number;
	/** Exam only: when time is up (ms). */
	deadline?: number;
	/** Why the run ended early, shown in the summary. */
	endedBy?: 'time' | 'quit' | 'input';
	/** Review only: each question's Leitner box when the review started (`quiz/question` → box). */
	boxes?: Readonly<Record<string, number>>;
}

export type SessionAction =
	| {type: 'quiz/move'; delta: number}
	| {type: 'quiz/press-number'; number: number}
	| {type: 'quiz/toggle'}
	| {type: 'quiz/type'; text: string}
	| {type: 'quiz/erase'}
	| {type: 'quiz/submit'; now: number}
	| {type: 'quiz/answer'; given: GivenAnswer; now: number}
	| {type: 'quiz/next'}
	| {type: 'quiz/tick'; now: number}
	| {type: 'quiz/stop'; reason: 'quit' | 'input'}
	/** Several keys that arrived in one chunk (fast typing, paste), applied in order. */
	| {type: 'quiz/batch'; actions: SessionAction[]};

export const EXAM_QUESTIONS = 20;
export const EXAM_MINUTES = 30;

/**
 * `random` shuffles every question's choices for this attempt (progress keeps the file's choice
 * positions, so an answer means the same however it was shown); `boxes` lets a review say when
 * each question comes back.
 */
export function startSession(options: {mode: SessionMode; title: string; items: SessionItem[]; now: number; durationMs?: number; random?: () => number; boxes?: Readonly<Record<string, number>>}): QuizSession {
	const {mode, title, now} = options;
	const items = options.random ? options.items.map(item => shuffleChoices(item, options.random!)) : options.items;
	const deadline = mode === 'exam' ? now + (options.durationMs ?? EXAM_MINUTES * 60_000) : undefined;
	return {
		mode,
		title,
		items,
		index: 0,
		cursor: 0,
		ticked: [],
		text: '',
		results: [],
		phase: items.length === 0 ? 'finished' : 'question',
		startedAt: now,
		now,
		...(deadline === undefined ? {} : {deadline}),
		...(options.boxes ? {boxes: options.boxes} : {}),
	};
}

/** The item with its choices in a random order, and the way back to the file's positions. */
export function shuffleChoices(item: SessionItem, random: () => number): SessionItem {
	const question = item.question;
	if (question.kind !== 'single' && question.kind !== 'multiple' && question.kind !== 'predict') return item;
	const order = question.choices.map((_choice, index) => index + 1);
	for (let index = order.length - 1; index > 0; index--) {
		const swap = Math.floor(random() * (index + 1));
		[order[index], order[swap]] = [order[swap], order[index]];
	}
	const choices = order.map(position => question.choices[position - 1]);
	const answer = question.answer.map(position => order.indexOf(position) + 1).sort((a, b) => a - b);
	return {...item, question: {...question, choices, answer}, order};
}

export function currentItem(session: QuizSession): SessionItem | undefined {
	return session.phase === 'finished' ? undefined : session.items[session.index];
}

export function choiceCount(question: Question): number {
	return question.kind === 'single' || question.kind === 'multiple' || question.kind === 'predict' ? question.choices.length : 0;
}

export function quizReducer(session: QuizSession, action: SessionAction): QuizSession {
	if (action.type === 'quiz/batch') return action.actions.reduce(quizReducer, session);
	if (action.type === 'quiz/tick') return tick(session, action.now);
	if (action.type === 'quiz/stop') return session.phase === 'finished' ? session : {...session, phase: 'finished', endedBy: action.reason};
	const item = currentItem(session);
	if (!item) return session;
	const count = choiceCount(item.question);
	switch (action.type) {
		case 'quiz/move':
			if (session.phase !== 'question' || count === 0) return session;
			return {...session, cursor: (session.cursor + action.delta + count) % count};
		case 'quiz/press-number': {
			if (session.phase !== 'question' || action.number < 1 || action.number > count) return session;
			const moved = {...session, cursor: action.number - 1};
			return item.question.kind === 'multiple' ? toggle(moved) : moved;
		}
		case 'quiz/toggle':
			return session.phase === 'question' && item.question.kind === 'multiple' ? toggle(session) : session;
		case 'quiz/type':
			return session.phase === 'question' && item.question.kind === 'text' ? {...session, text: session.text + printable(action.text)} : session;
		case 'quiz/erase':
			return session.phase === 'question' ? {...session, text: session.text.slice(0, -1)} : session;
		case 'quiz/submit':
			if (session.phase === 'feedback') return next(session);
			if (session.phase !== 'question') return session;
			return answer(session, givenFromSession(session, item.question), action.now);
		case 'quiz/answer':
			return session.phase === 'question' ? answer(session, action.given, action.now) : session;
		case 'quiz/next':
			return session.phase === 'feedback' ? next(session) : session;
	}
}

/** Typed text without control characters (a pasted newline or escape must not reach the screen). */
function printable(text: string): string {
	return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

function toggle(session: QuizSession): QuizSession {
	const position = session.cursor + 1;
	const ticked = session.ticked.includes(position) ? session.ticked.filter(entry => entry !== position) : [...session.ticked, position].sort((a, b) => a - b);
	return {...session, ticked};
}

/** What Enter submits: the highlighted choice, the ticked ones, or the typed text. */
function givenFromSession(session: QuizSession, question: Question): GivenAnswer | undefined {
	if (question.kind === 'multiple') return session.ticked.length > 0 ? {kind: 'choices', choices: session.ticked} : undefined;
	if (question.kind === 'text') return session.text.trim() === '' ? undefined : {kind: 'text', text: session.text};
	if (question.kind === 'task') return undefined;
	return {kind: 'choices', choices: [session.cursor + 1]};
}

function answer(session: QuizSession, given: GivenAnswer | undefined, now: number): QuizSession {
	if (!given) return session;
	const timed = tick(session, now);
	if (timed.phase === 'finished') return timed;
	const item = session.items[session.index];
	const result: SessionResult = {quiz: item.quiz, lesson: item.lesson, question: item.question, given, givenText: givenText(given), givenIds: givenText(given, item.order), grade: gradeAnswer(item.question, given), at: now};
	const answered = {...timed, results: [...timed.results, result]};
	// Exams give no feedback until the end.
	return session.mode === 'exam' ? next(answered) : {...answered, phase: 'feedback'};
}

function next(session: QuizSession): QuizSession {
	const index = session.index + 1;
	if (index >= session.items.length) return {...session, phase: 'finished'};
	return {...session, index, cursor: 0, ticked: [], text: '', phase: 'question'};
}

function tick(session: QuizSession, now: number): QuizSession {
	const timed = {...session, now};
	if (session.phase !== 'finished' && session.deadline !== undefined && now >= session.deadline) return {...timed, phase: 'finished', endedBy: 'time'};
	return timed;
}

/** `order` maps shown positions to the file's (a shuffled item): the text then names the file's choices. */
export function givenText(given: GivenAnswer, order?: readonly number[]): string {
	if (given.kind === 'choices') return (order ? given.choices.map(position => order[position - 1]).sort((a, b) => a - b) : given.choices).join(',');
	if (given.kind === 'text') return given.text.trim();
	return given.passed ? 'passed' : 'not passed';
}

/** Remaining exam time as `mm:ss`. */
export function remainingText(session: QuizSession): string | undefined {
	if (session.deadline === undefined) return undefined;
	const seconds = Math.max(0, Math.ceil((session.deadline - session.now) / 1000));
	return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface DomainScore {
	domain: string;
	correct: number;
	total: number;
}

export interface SessionSummary {
	correct: number;
	answered: number;
	total: number;
	/** Score per CKA/CKAD domain tag (`cka:services-networking`), unanswered questions count as wrong. */
	domains: DomainScore[];
	/** Wrong and unanswered questions, in quiz order. */
	review: Array<{item: SessionItem; result?: SessionResult}>;
}

export function summarise(session: QuizSession): SessionSummary {
	const resultFor = new Map(session.results.map(result => [`${result.quiz}/${result.question.id}`, result]));
	const domains = new Map<string, DomainScore>();
	const review: SessionSummary['review'] = [];
	for (const item of session.items) {
		const result = resultFor.get(`${item.quiz}/${item.question.id}`);
		const correct = result?.grade.correct ?? false;
		if (!correct) review.push(result ? {item, result} : {item});
		for (const tag of item.question.tags.filter(isDomainTag)) {
			const score = domains.get(tag) ?? {domain: tag, correct: 0, total: 0};
			domains.set(tag, {...score, correct: score.correct + (correct ? 1 : 0), total: score.total + 1});
		}
	}
	return {
		correct: session.results.filter(result => result.grade.correct).length,
		answered: session.results.length,
		total: session.items.length,
		domains: [...domains.values()].sort((a, b) => (a.domain < b.domain ? -1 : 1)),
		review,
	};
}

export function isDomainTag(tag: string): boolean {
	return tag.startsWith('cka:') || tag.startsWith('ckad:');
}

/** `✔ correct` / `✘ wrong — the answer is 2, NodePort`: a symbol and a word, never colour alone. */
export function feedbackLine(result: SessionResult): string {
	return result.grade.correct ? '✔ correct' : `✘ wrong — the answer is ${result.grade.expected}`;
}
