import {describe, expect, test} from 'vitest';
import {hasMoreHints, hintReducer, initialHintState, taskStatus, visibleHints, type HintState} from '../../../src/core/lessons/hint-state.js';

const hints = ['a nudge', 'the concept', 'the exact command'];

function press(state: HintState, times: number): HintState {
	let next = state;
	for (let i = 0; i < times; i++) next = hintReducer(next, {type: 'hint'}, hints.length);
	return next;
}

describe('hint tiers', () => {
	test('reveal one hint at a time, in order, and stop at the last', () => {
		expect(visibleHints(hints, initialHintState)).toEqual([]);
		expect(visibleHints(hints, press(initialHintState, 1))).toEqual(['a nudge']);
		expect(visibleHints(hints, press(initialHintState, 2))).toEqual(['a nudge', 'the concept']);
		const all = press(initialHintState, 5);
		expect(all.level).toBe(3);
		expect(visibleHints(hints, all)).toEqual(hints);
		expect(hasMoreHints(hints, all)).toBe(false);
		expect(hasMoreHints(hints, press(initialHintState, 2))).toBe(true);
	});

	test('a task with fewer hints stops at its own count', () => {
		const state = hintReducer(hintReducer(initialHintState, {type: 'hint'}, 1), {type: 'hint'}, 1);
		expect(state.level).toBe(1);
	});

	test('passing without the solution is done; after revealing it, assisted', () => {
		expect(taskStatus(false, initialHintState)).toBe('todo');
		expect(taskStatus(true, press(initialHintState, 3))).toBe('done');
		const revealed = hintReducer(initialHintState, {type: 'reveal-solution'}, hints.length);
		expect(taskStatus(true, revealed)).toBe('assisted');
		expect(taskStatus(false, revealed)).toBe('todo');
	});

	test('reset starts over with no hints and no solution', () => {
		const used = hintReducer(press(initialHintState, 2), {type: 'reveal-solution'}, hints.length);
		expect(hintReducer(used, {type: 'reset'}, hints.length)).toEqual(initialHintState);
	});
});
