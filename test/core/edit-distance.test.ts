import {describe, expect, it} from 'vitest';
import {editDistance} from '../../src/core/edit-distance.js';

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions as cobra does', () => {
		expect(editDistance('get', 'get')).toBe(0);
		expect(editDistance('gte', 'get')).toBe(2);
		expect(editDistance('aply', 'apply')).toBe(1);
		expect(editDistance('', 'logs')).toBe(4);
		expect(editDistance('describe', 'delete')).toBe(5);
	});

	it('counts a swap of neighbours as one edit when asked', () => {
		expect(editDistance('gte', 'get', {swaps: true})).toBe(1);
		expect(editDistance('lesosn', 'lesson', {swaps: true})).toBe(1);
		expect(editDistance('ca', 'abc', {swaps: true})).toBe(3);
	});
});
