import {describe, expect, test} from 'vitest';
import {timeBudget} from '../../src/adapters/time-budget.js';

describe('the wall-clock budget for one command', () => {
	test('is spent once its time has passed, and each command starts a fresh one', () => {
		let clock = 0;
		const next = timeBudget(5000, () => clock);
		const first = next();
		expect(first.limit).toBe('5 s');
		const checks = (count: number) => Array.from({length: count}, () => first.spent()).some(Boolean);
		expect(checks(200)).toBe(false);
		clock = 5000;
		expect(checks(64)).toBe(true);
		expect(first.spent()).toBe(true);
		const second = next();
		expect(Array.from({length: 200}, () => second.spent()).some(Boolean)).toBe(false);
	});
});
