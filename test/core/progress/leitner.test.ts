import {describe, expect, it} from 'vitest';
import {dueCount, dueReviews, reviewSchedule} from '../../../src/core/progress/leitner.js';
import {recordAnswer} from '../../../src/core/progress/progress-ops.js';
import {emptyProgress, type AnswerRecord, type Progress} from '../../../src/core/progress/progress-schema.js';

const DAY = 24 * 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 1, 9);
const at = (days: number) => new Date(start + days * DAY);
let counter = 0;
const answer = (question: string, correct: boolean, days: number, mode: AnswerRecord['mode'] = 'practice'): AnswerRecord => ({
	id: `a${counter++}`,
	attempt: 'x',
	quiz: 'nodeport',
	question,
	at: at(days).toISOString(),
	correct,
	given: '1',
	mode,
});
const withAnswers = (...answers: AnswerRecord[]): Progress => answers.reduce(recordAnswer, emptyProgress());

describe('the Leitner schedule', () => {
	it('leaves questions answered right the first time out of the schedule', () => {
		expect(reviewSchedule([answer('range', true, 0)])).toEqual([]);
	});

	it('puts a wrong answer in box 1, due the next day', () => {
		const progress = withAnswers(answer('range', false, 0));
		expect(reviewSchedule(progress.answers)).toEqual([{quiz: 'nodeport', question: 'range', box: 1, due: at(1).toISOString()}]);
		expect(dueCount(progress, at(0.99))).toBe(0);
		expect(dueCount(progress, at(1))).toBe(1);
	});

	it('moves a right answer up a box: 1, 2, 4, 8, 16 days, and stays in box 5', () => {
		const answers = [answer('range', false, 0), answer('range', true, 1), answer('range', true, 3), answer('range', true, 7), answer('range', true, 15), answer('range', true, 31)];
		const boxes = answers.map((_, index) => reviewSchedule(answers.slice(0, index + 1))[0]);
		expect(boxes.map(card => card.box)).toEqual([1, 2, 3, 4, 5, 5]);
		expect(boxes.map(card => card.due)).toEqual([at(1), at(3), at(7), at(15), at(31), at(47)].map(date => date.toISOString()));
	});

	it('sends a wrong answer in a high box back to box 1', () => {
		const answers = [answer('range', false, 0), answer('range', true, 1), answer('range', true, 3), answer('range', false, 7)];
		expect(reviewSchedule(answers)[0]).toMatchObject({box: 1, due: at(8).toISOString()});
	});

	it('asks the oldest due first, capped per day, counting reviews already done today', () => {
		const wrongs = Array.from({length: 25}, (_, index) => answer(`q${String(index).padStart(2, '0')}`, false, index / 100));
		const progress = withAnswers(...wrongs);
		const due = dueReviews(progress, at(2));
		expect(due).toHaveLength(20);
		expect(due[0].question).toBe('q00');
		expect(dueCount(progress, at(2), 5)).toBe(5);
		const afterSome = withAnswers(...wrongs, answer('q00', true, 2, 'review'), answer('q01', true, 2, 'review'));
		expect(dueCount(afterSome, at(2))).toBe(18);
	});
});
