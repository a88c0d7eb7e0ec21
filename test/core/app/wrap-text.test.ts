import {describe, expect, it} from 'vitest';
import {hardWrap, wrapText} from '../../../src/core/app/wrap-text.js';

describe('wrapText', () => {
	it('wraps at word boundaries with an indent for continuation lines', () => {
		expect(wrapText('    hint 1: A NodePort Service opens the same port on every node', 30, '      ')).toEqual([
			'    hint 1: A NodePort Service',
			'      opens the same port on',
			'      every node',
		]);
	});

	it('keeps short lines and cuts words longer than the width', () => {
		expect(wrapText('short', 30)).toEqual(['short']);
		expect(wrapText('x '.concat('a'.repeat(25)), 12, '  ')).toEqual(['x', '  aaaaaaaaaa', '  aaaaaaaaaa', '  aaaaa']);
	});
});

describe('hardWrap', () => {
	it('cuts output into terminal rows', () => {
		expect(hardWrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
		expect(hardWrap('short', 10)).toEqual(['short']);
	});
});
