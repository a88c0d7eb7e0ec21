import {describe, expect, it} from 'vitest';
import {gradeAnswer, parseChoiceLine} from '../../../src/core/quiz/grade-answer.js';
import {matchesAccepted, normalise} from '../../../src/core/quiz/normalise-answer.js';
import type {ChoiceQuestion, TextQuestion} from '../../../src/core/quiz/quiz-types.js';

const base = {prompt: 'p', explain: 'e', tags: ['nodeport', 'ckad:services-networking']};

describe('typed answers', () => {
	it('ignore case, surrounding spaces and repeated inner spaces', () => {
		expect(matchesAccepted('  clusterip ', ['ClusterIP'], 'text')).toBe(true);
		expect(matchesAccepted('Web.Default.SVC.cluster.local', ['web.default.svc.cluster.local'], 'text')).toBe(true);
		expect(matchesAccepted('kubectl  get   endpointslices -l kubernetes.io/service-name = web', ['kubectl get endpointslices -l kubernetes.io/service-name=web'], 'text')).toBe(true);
	});

	it('accept 30080/TCP for a port answer of 30080 but not another port or mapping', () => {
		expect(matchesAccepted('30080/TCP', ['30080'], 'port')).toBe(true);
		expect(matchesAccepted('30080/tcp', ['30080'], 'port')).toBe(true);
		expect(matchesAccepted(' 30080 ', ['30080'], 'port')).toBe(true);
		expect(matchesAccepted('30081', ['30080'], 'port')).toBe(false);
		expect(matchesAccepted('80:30080/TCP', ['30080'], 'port')).toBe(false);
	});

	it('treat an empty answer as wrong, and exact answers keep their case', () => {
		expect(matchesAccepted('   ', [''], 'text')).toBe(false);
		expect(normalise(' spec.externalName: Required value ', 'exact')).toBe('spec.externalName: Required value');
		expect(matchesAccepted('spec.externalname: required value', ['spec.externalName: Required value'], 'exact')).toBe(false);
	});

	it('drop quotes and backticks a learner copies along', () => {
		expect(matchesAccepted('`None`', ['None'], 'text')).toBe(true);
		expect(matchesAccepted('"10.96.0.10"', ['10.96.0.10'], 'text')).toBe(true);
	});
});

describe('grading', () => {
	const single: ChoiceQuestion = {...base, id: 'range', kind: 'single', choices: ['1-1024', '30000-32767'], answer: [2]};
	const multiple: ChoiceQuestion = {...base, id: 'm', kind: 'multiple', choices: ['a', 'b', 'c'], answer: [1, 3]};
	const text: TextQuestion = {...base, id: 't', kind: 'text', accept: ['31234'], normalise: 'port'};

	it('names the right answer by number and text', () => {
		expect(gradeAnswer(single, {kind: 'choices', choices: [1]})).toEqual({correct: false, expected: '2, 30000-32767'});
		expect(gradeAnswer(single, {kind: 'choices', choices: [2]}).correct).toBe(true);
	});

	it('needs every right choice and no wrong one in a multiple-choice question', () => {
		expect(gradeAnswer(multiple, {kind: 'choices', choices: [3, 1]}).correct).toBe(true);
		expect(gradeAnswer(multiple, {kind: 'choices', choices: [1]}).correct).toBe(false);
		expect(gradeAnswer(multiple, {kind: 'choices', choices: [1, 2, 3]}).correct).toBe(false);
		expect(gradeAnswer(multiple, {kind: 'choices', choices: [1]}).expected).toBe('1, a; 3, c');
	});

	it('grades typed answers with their normalisation', () => {
		expect(gradeAnswer(text, {kind: 'text', text: '31234/TCP'})).toEqual({correct: true, expected: '31234'});
		expect(gradeAnswer(text, {kind: 'choices', choices: [1]}).correct).toBe(false);
	});

	it('reads typed choice lines and rejects anything out of range', () => {
		expect(parseChoiceLine('2', 4)).toEqual([2]);
		expect(parseChoiceLine(' 3, 1 ', 4)).toEqual([1, 3]);
		expect(parseChoiceLine('1 3 3', 4)).toEqual([1, 3]);
		expect(parseChoiceLine('5', 4)).toBeUndefined();
		expect(parseChoiceLine('b', 4)).toBeUndefined();
		expect(parseChoiceLine('', 4)).toBeUndefined();
	});
});
