import {describe, expect, it} from 'vitest';
import {quizReducer, shuffleChoices, startSession, type SessionItem} from '../../../src/core/quiz/quiz-session.js';
import {domainName, nextReviewText, summaryLines} from '../../../src/core/quiz/quiz-text.js';
import type {Question} from '../../../src/core/quiz/quiz-types.js';

const single = {id: 'nodes', kind: 'single', prompt: 'Which type opens a port on every node?', explain: 'e', tags: [], choices: ['ClusterIP', 'NodePort', 'ExternalName', 'LoadBalancer'], answer: [2]} as Question;
const item: SessionItem = {quiz: 'nodeport', lesson: 'nodeport', question: single};
// A fixed sequence standing in for Math.random, so the order is known.
const sequence = (...values: number[]) => () => values.shift() ?? 0;

describe('a quiz attempt', () => {
	it('shuffles the choices and keeps the right answer with its text', () => {
		const shuffled = shuffleChoices(item, sequence(0, 0, 0));
		expect(shuffled.question).toMatchObject({choices: ['NodePort', 'ExternalName', 'LoadBalancer', 'ClusterIP'], answer: [1]});
		expect(shuffled.order).toEqual([2, 3, 4, 1]);
	});

	it('records the file\'s choice, not the position it was shown at', () => {
		let session = startSession({mode: 'practice', title: 'T', items: [item], now: 0, random: sequence(0, 0, 0)});
		session = quizReducer(quizReducer(session, {type: 'quiz/press-number', number: 1}), {type: 'quiz/submit', now: 1});
		expect(session.results[0]).toMatchObject({givenText: '1', givenIds: '2', grade: {correct: true, expected: '1, NodePort'}});
	});

	it('leaves text questions as they are', () => {
		const text = {...item, question: {id: 't', kind: 'text', prompt: 'p', explain: 'e', tags: [], accept: ['80'], normalise: 'port'} as Question};
		expect(shuffleChoices(text, Math.random)).toBe(text);
	});
});

describe('the score of a quiz', () => {
	it('names exam domains as the curriculum does', () => {
		expect(domainName('cka:services-networking')).toBe('CKA: Services & Networking');
		expect(domainName('ckad:services-networking')).toBe('CKAD: Services & Networking');
		expect(domainName('cka:some-new-area')).toBe('CKA: Some New Area');
	});

	it('says when the reviewed questions come back: a wrong one tomorrow, a right one a box later', () => {
		const two: SessionItem[] = [item, {...item, question: {...single, id: 'other'}}];
		let session = startSession({mode: 'review', title: 'Review', items: two, now: 0, boxes: {'nodeport/nodes': 2, 'nodeport/other': 1}});
		for (const number of [2, 1]) session = quizReducer(quizReducer(quizReducer(session, {type: 'quiz/press-number', number}), {type: 'quiz/submit', now: 1}), {type: 'quiz/next'});
		expect(nextReviewText(session)).toBe('Next review: 1 question in 1 day, 1 question in 4 days.');
		expect(summaryLines(session).at(-1)).toBe('Next review: 1 question in 1 day, 1 question in 4 days.');
	});

	it('says nothing about reviews when every answer was right and nothing was scheduled', () => {
		let session = startSession({mode: 'practice', title: 'T', items: [item], now: 0});
		session = quizReducer(quizReducer(session, {type: 'quiz/press-number', number: 2}), {type: 'quiz/submit', now: 1});
		expect(nextReviewText(session)).toBeUndefined();
	});
});
