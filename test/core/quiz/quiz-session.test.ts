import {describe, expect, it} from 'vitest';
import {feedbackLine, quizReducer, remainingText, startSession, summarise, type SessionAction, type SessionItem} from '../../../src/core/quiz/quiz-session.js';
import {summaryLines} from '../../../src/core/quiz/quiz-text.js';
import type {Question} from '../../../src/core/quiz/quiz-types.js';

const q = (id: string, extra: Partial<Question> = {}): Question =>
	({id, kind: 'single', prompt: `prompt ${id}`, explain: `because ${id}`, tags: ['nodeport', 'ckad:services-networking'], choices: ['ClusterIP', 'NodePort', 'LoadBalancer'], answer: [2], ...extra}) as Question;
const item = (question: Question, quiz = 'nodeport'): SessionItem => ({quiz, lesson: quiz, question});
const run = (actions: SessionAction[], session = startSession({mode: 'practice', title: 'NodePort', items: [item(q('a')), item(q('b'))], now: 0})) => actions.reduce(quizReducer, session);

describe('a quiz session', () => {
	it('gives immediate feedback with a symbol and a word, naming the answer', () => {
		const session = run([{type: 'quiz/press-number', number: 1}, {type: 'quiz/submit', now: 5}]);
		expect(session.phase).toBe('feedback');
		expect(feedbackLine(session.results[0])).toBe('✘ wrong — the answer is 2, NodePort');
		const right = run([{type: 'quiz/move', delta: 1}, {type: 'quiz/submit', now: 5}]);
		expect(feedbackLine(right.results[0])).toBe('✔ correct');
	});

	it('moves on with Enter after feedback and ends with the score and the answers to review', () => {
		const session = run([
			{type: 'quiz/press-number', number: 2},
			{type: 'quiz/submit', now: 1},
			{type: 'quiz/submit', now: 2},
			{type: 'quiz/press-number', number: 3},
			{type: 'quiz/submit', now: 3},
			{type: 'quiz/next'},
		]);
		expect(session.phase).toBe('finished');
		expect(summarise(session)).toMatchObject({correct: 1, answered: 2, total: 2});
		expect(summaryLines(session)).toEqual([
			'Score: 1 of 2 correct',
			'To review:',
			'  ✘ prompt b (you answered 3; the answer is 2, NodePort) — see lesson nodeport',
			'Next review: 1 question in 1 day.',
		]);
	});

	it('does not count questions left unanswered in a practice quiz as mistakes to review', () => {
		const session = run([{type: 'quiz/press-number', number: 3}, {type: 'quiz/submit', now: 1}]);
		expect(summaryLines(session)).toEqual([
			'Score: 0 of 1 answered correct',
			'To review:',
			'  ✘ prompt a (you answered 3; the answer is 2, NodePort) — see lesson nodeport',
			'1 question(s) not answered: run the quiz again to answer them.',
			'Next review: 1 question in 1 day.',
		]);
	});

	it('wraps the cursor with the arrows and ignores numbers beyond the choices', () => {
		expect(run([{type: 'quiz/move', delta: -1}]).cursor).toBe(2);
		expect(run([{type: 'quiz/press-number', number: 9}]).cursor).toBe(0);
	});

	it('ticks several choices in a multiple-choice question and scores them together', () => {
		const multiple = startSession({mode: 'practice', title: 't', items: [item(q('m', {kind: 'multiple', answer: [1, 3]} as Partial<Question>))], now: 0});
		const session = run([{type: 'quiz/press-number', number: 1}, {type: 'quiz/press-number', number: 3}, {type: 'quiz/submit', now: 1}], multiple);
		expect(session.results[0].givenText).toBe('1,3');
		expect(session.results[0].grade.correct).toBe(true);
		expect(run([{type: 'quiz/submit', now: 1}], multiple).phase).toBe('question');
	});

	it('takes typed answers for text questions, with erase', () => {
		const text = startSession({mode: 'practice', title: 't', items: [item(q('t', {kind: 'text', accept: ['30080'], normalise: 'port'} as Partial<Question>))], now: 0});
		const session = run([{type: 'quiz/type', text: '3008'}, {type: 'quiz/type', text: '1'}, {type: 'quiz/erase'}, {type: 'quiz/type', text: '0/TCP'}, {type: 'quiz/submit', now: 1}], text);
		expect(session.results[0]).toMatchObject({givenText: '30080/TCP', grade: {correct: true}});
	});

	it('keeps the answers given when stopped early', () => {
		const session = run([{type: 'quiz/submit', now: 1}, {type: 'quiz/stop', reason: 'input'}]);
		expect(session).toMatchObject({phase: 'finished', endedBy: 'input'});
		expect(session.results).toHaveLength(1);
	});
});

describe('an exam', () => {
	const items = [item(q('a', {tags: ['nodeport', 'ckad:services-networking']})), item(q('b', {tags: ['dns', 'cka:troubleshooting']})), item(q('c', {tags: ['dns', 'cka:troubleshooting']}))];
	const exam = () => startSession({mode: 'exam', title: 'Exam', items, now: 0, durationMs: 30 * 60_000});

	it('shows a countdown and gives no feedback until the end', () => {
		expect(remainingText(exam())).toBe('30:00');
		const session = run([{type: 'quiz/tick', now: 61_500}, {type: 'quiz/press-number', number: 2}, {type: 'quiz/submit', now: 62_000}], exam());
		expect(remainingText(session)).toBe('28:58');
		expect(session.phase).toBe('question');
		expect(session.index).toBe(1);
	});

	it('ends when time is up and scores per domain, unanswered counting as wrong', () => {
		const session = run([{type: 'quiz/press-number', number: 2}, {type: 'quiz/submit', now: 1000}, {type: 'quiz/tick', now: 30 * 60_000}], exam());
		expect(session).toMatchObject({phase: 'finished', endedBy: 'time'});
		expect(summarise(session).domains).toEqual([
			{domain: 'cka:troubleshooting', correct: 0, total: 2},
			{domain: 'ckad:services-networking', correct: 1, total: 1},
		]);
		expect(summaryLines(session).slice(0, 5)).toEqual(['Time is up.', 'Score: 1 of 1 answered correct', 'Score per domain:', '  CKA: Troubleshooting: 0/2', '  CKAD: Services & Networking: 1/1']);
	});

	it('refuses an answer given after the deadline', () => {
		const session = run([{type: 'quiz/submit', now: 31 * 60_000}], exam());
		expect(session.results).toHaveLength(0);
		expect(session.endedBy).toBe('time');
	});
});
