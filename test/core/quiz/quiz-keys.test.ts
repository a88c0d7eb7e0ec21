import {describe, expect, it} from 'vitest';
import {footerLine} from '../../../src/core/app/keymap.js';
import {quizBindings, quizKeyIntent} from '../../../src/core/quiz/quiz-keys.js';
import {quizReducer, startSession} from '../../../src/core/quiz/quiz-session.js';
import type {Question} from '../../../src/core/quiz/quiz-types.js';

const base = {prompt: 'p', explain: 'e', tags: ['x', 'cka:services-networking']};
const single = {...base, id: 's', kind: 'single', choices: ['a', 'b'], answer: [1]} as Question;
const text = {...base, id: 't', kind: 'text', accept: ['None'], normalise: 'text'} as Question;
const session = (question: Question) => startSession({mode: 'practice', title: 'T', items: [{quiz: 'q', lesson: 'q', question}], now: 0});

describe('quiz keys', () => {
	it('map numbers, arrows, Enter, q and Esc on a choice question', () => {
		expect(quizKeyIntent(session(single), '2', 5)).toEqual({type: 'quiz/press-number', number: 2});
		expect(quizKeyIntent(session(single), 'down', 5)).toEqual({type: 'quiz/move', delta: 1});
		expect(quizKeyIntent(session(single), 'enter', 5)).toEqual({type: 'quiz/submit', now: 5});
		expect(quizKeyIntent(session(single), 'q', 5)).toEqual({type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyIntent(session(single), 'escape', 5)).toEqual({type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyIntent(session(single), 'ctrl+c', 5)).toEqual({type: 'quiz/exit'});
	});

	it('let a typed answer contain q and digits', () => {
		expect(quizKeyIntent(session(text), 'q', 5)).toEqual({type: 'quiz/type', text: 'q'});
		expect(quizKeyIntent(session(text), '3', 5)).toEqual({type: 'quiz/type', text: '3'});
		expect(quizKeyIntent(session(text), 'backspace', 5)).toEqual({type: 'quiz/erase'});
	});

	it('leave the finished screen with Enter, q or Esc', () => {
		const finished = quizReducer(session(single), {type: 'quiz/stop', reason: 'quit'});
		expect(quizKeyIntent(finished, 'enter', 5)).toEqual({type: 'quiz/exit'});
		expect(quizKeyIntent(finished, 'q', 5)).toEqual({type: 'quiz/exit'});
		expect(quizKeyIntent(finished, '1', 5)).toBeUndefined();
	});
});

describe('keys arriving together', () => {
	it('type and submit a text answer sent as one chunk', () => {
		const start = session(text);
		const after = quizReducer(start, quizKeyIntent(start, 'none\r', 5) as never);
		expect(after.results[0]).toMatchObject({givenText: 'none', grade: {correct: true}});
		expect(after.phase).toBe('feedback');
	});

	it('choose and submit a numbered choice sent as one chunk', () => {
		const start = session(single);
		const after = quizReducer(start, quizKeyIntent(start, '2\r', 5) as never);
		expect(after.results[0]).toMatchObject({givenText: '2', grade: {correct: false}});
	});

	it('never put control characters into a typed answer', () => {
		const start = session(text);
		expect(quizReducer(start, {type: 'quiz/type', text: 'No\u001b[2Jne'}).text).toBe('No[2Jne');
	});
});

describe('the quiz keymap', () => {
	const multiple = {...base, id: 'm', kind: 'multiple', choices: ['a', 'b'], answer: [1, 2]} as Question;
	const task = {...base, id: 'k', kind: 'task', lesson: 'q', task: 'x'} as Question;
	const exam = startSession({mode: 'exam', title: 'Exam', items: [{quiz: 'q', lesson: 'q', question: single}], now: 0, durationMs: 60_000});
	const feedback = quizReducer(session(single), {type: 'quiz/submit', now: 1});
	const finished = quizReducer(session(single), {type: 'quiz/stop', reason: 'quit'});
	const phases = {single: session(single), multiple: session(multiple), text: session(text), task: session(task), exam, feedback, finished};

	it('gives each phase its footer, from the same table the keys are resolved by', () => {
		const footers = Object.fromEntries(Object.entries(phases).map(([name, phase]) => [name, footerLine(quizBindings(phase))]));
		expect(footers).toEqual({
			single: 'Enter submit · 1-9 choose · ↑↓ move · q/Esc stop · ? help',
			multiple: 'Enter submit · 1-9 tick · ↑↓ move · q/Esc stop · ? help',
			text: 'Enter submit · Esc stop',
			task: 'Enter check the task · q/Esc stop · ? help',
			exam: 'Enter submit · 1-9 choose · ↑↓ move · Esc end the exam · ? help',
			feedback: 'Enter next · q/Esc stop · ? help',
			finished: '↑↓ scroll · Enter/q/Esc leave · ? help',
		});
		for (const phase of Object.values(phases)) expect(footerLine(quizBindings(phase), 60).length).toBeLessThanOrEqual(60);
	});

	it('opens the help with ? everywhere but in a typed answer, where ? is text', () => {
		for (const [name, phase] of Object.entries(phases)) expect(quizKeyIntent(phase, '?', 1), name).toEqual(name === 'text' ? {type: 'quiz/type', text: '?'} : {type: 'quiz/help'});
	});

	it('never binds one key or label twice in a phase', () => {
		for (const [name, phase] of Object.entries(phases)) {
			const bindings = quizBindings(phase);
			const keys = bindings.flatMap(binding => binding.keys);
			expect(new Set(keys).size, name).toBe(keys.length);
			expect(new Set(bindings.map(binding => binding.label)).size, name).toBe(bindings.length);
		}
	});
});
