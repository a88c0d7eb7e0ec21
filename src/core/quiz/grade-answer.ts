import {matchesAccepted} from './normalise-answer.js';
import type {GivenAnswer, Question} from './quiz-types.js';

export interface Grade {
	correct: boolean;
	/** The right answer as a learner reads it: `2, NodePort` or `30080`. */
	expected: string;
}

export function gradeAnswer(question: Question, given: GivenAnswer): Grade {
	const expected = expectedText(question);
	switch (question.kind) {
		case 'single':
		case 'multiple':
		case 'predict': {
			if (given.kind !== 'choices') return {correct: false, expected};
			const picked = [...new Set(given.choices)].sort((a, b) => a - b);
			const right = [...question.answer].sort((a, b) => a - b);
			return {correct: picked.length === right.length && picked.every((choice, index) => choice === right[index]), expected};
		}
		case 'text':
			return {correct: given.kind === 'text' && (matchesAccepted(given.text, question.accept, question.normalise) || (question.normalise === 'command' && given.sameResult === true)), expected};
		case 'task':
			return {correct: given.kind === 'task' && given.passed, expected};
	}
}

/** Predict choices are multi-line outputs: name them by number and first line only. */
export function expectedText(question: Question): string {
	switch (question.kind) {
		case 'single':
		case 'multiple':
			return question.answer.map(position => `${position}, ${question.choices[position - 1]}`).join('; ');
		case 'predict':
			return question.answer.map(position => `${position}`).join(', ');
		case 'text':
			return question.accept[0] ?? '';
		case 'task':
			return `the sandbox state that task ${question.task} checks`;
	}
}

/**
 * Parse a typed line into choice positions: `2`, `1,3`, `1 3`. Returns undefined for anything
 * else (a letter, a number out of range) so the caller can ask again.
 */
export function parseChoiceLine(line: string, choiceCount: number): number[] | undefined {
	const parts = line.trim().split(/[\s,]+/).filter(part => part !== '');
	if (parts.length === 0) return undefined;
	const numbers = parts.map(part => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
	if (numbers.some(value => !Number.isInteger(value) || value < 1 || value > choiceCount)) return undefined;
	return [...new Set(numbers)].sort((a, b) => a - b);
}
