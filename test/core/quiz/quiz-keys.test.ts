import {describe, expect, it} from 'vitest';
import {quizKeyAction} from '../../../src/core/quiz/quiz-keys.js';
import {quizReducer, startSession} from '../../../src/core/quiz/quiz-session.js';
import type {Question} from '../../../src/core/quiz/quiz-types.js';

const base = {prompt: 'p', explain: 'e', tags: ['x', 'cka:services-networking']};
const single = {...base, id: 's', kind: 'single', choices: ['a', 'b'], answer: [1]} as Question;
const text = {...base, id: 't', kind: 'text', accept: ['None'], normalise: 'text'} as Question;
const session = (question: Question) => startSession({mode: 'practice', title: 'T', items: [{quiz: 'q', lesson: 'q', question}], now: 0});

describe('quiz keys', () => {
	it('map numbers, arrows, Enter, q and Esc on a choice question', () => {
		expect(quizKeyAction(session(single), '2', {}, 5)).toEqual({type: 'quiz/press-number', number: 2});
		expect(quizKeyAction(session(single), '', {downArrow: true}, 5)).toEqual({type: 'quiz/move', delta: 1});
		expect(quizKeyAction(session(single), '', {return: true}, 5)).toEqual({type: 'quiz/submit', now: 5});
		expect(quizKeyAction(session(single), 'q', {}, 5)).toEqual({type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyAction(session(single), '', {escape: true}, 5)).toEqual({type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyAction(session(single), 'c', {ctrl: true}, 5)).toEqual({type: 'quiz/exit'});
	});

	it('let a typed answer contain q and digits', () => {
		expect(quizKeyAction(session(text), 'q', {}, 5)).toEqual({type: 'quiz/type', text: 'q'});
		expect(quizKeyAction(session(text), '3', {}, 5)).toEqual({type: 'quiz/type', text: '3'});
		expect(quizKeyAction(session(text), '', {delete: true}, 5)).toEqual({type: 'quiz/erase'});
	});

	it('leave the finished screen with Enter, q or Esc', () => {
		const finished = quizReducer(session(single), {type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyAction(finished, '', {return: true}, 5)).toEqual({type: 'quiz/exit'});
		expect(quizKeyAction(finished, 'q', {}, 5)).toEqual({type: 'quiz/exit'});
		expect(quizKeyAction(finished, '1', {}, 5)).toBeUndefined();
	});
});

describe('keys arriving together', () => {
	it('type and submit a text answer sent as one chunk', () => {
		const start = session(text);
		const after = quizReducer(start, quizKeyAction(start, 'none\r', {}, 5) as never);
		expect(after.results[0]).toMatchObject({givenText: 'none', grade: {correct: true}});
		expect(after.phase).toBe('feedback');
	});

	it('choose and submit a numbered choice sent as one chunk', () => {
		const start = session(single);
		const after = quizReducer(start, quizKeyAction(start, '2\r', {}, 5) as never);
		expect(after.results[0]).toMatchObject({givenText: '2', grade: {correct: false}});
	});

	it('never put control characters into a typed answer', () => {
		const start = session(text);
		expect(quizReducer(start, {type: 'quiz/type', text: 'No\u001b[2Jne'}).text).toBe('No[2Jne');
	});
});
