/**
 * Which tasks an exam holds: `count` tasks of the bank drawn by a seed, so `--seed N` gives the
 * same exam again, in the same order.
 */
import {SeededRandom} from '../cluster/seeded-random.js';
import type {ExamTask} from './exam-task.js';

export const DEFAULT_EXAM_TASKS = 16;

export function drawExam(bank: readonly ExamTask[], count: number, seed: number): ExamTask[] {
	const random = new SeededRandom(seed);
	const order = [...bank];
	for (let index = order.length - 1; index > 0; index--) {
		const other = random.int(index + 1);
		[order[index], order[other]] = [order[other], order[index]];
	}
	return order.slice(0, Math.min(count, order.length));
}

/** A seed for an exam started without `--seed`, printed so the learner can sit it again. */
export function freshSeed(random: () => number): number {
	return 1 + Math.floor(random() * 999_999);
}
