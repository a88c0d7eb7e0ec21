import {describe, expect, it} from 'vitest';
import {hardWrap, wrapText} from '../../../src/core/app/wrap-text.js';
import {checklistLines} from '../../../src/core/app/tasks-view.js';

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

describe('checklistLines', () => {
	it('shows symbol and word for every task and the reason, hints and solution of the open one', () => {
		const base = {hints: ['nudge', 'concept', 'command'], solution: 'kubectl expose deployment web --port 80\n', hint: {level: 2, solutionRevealed: true}};
		expect(checklistLines([
			{id: 'a', title: 'Create the Deployment', passed: true, ...base, hint: {level: 2, solutionRevealed: false}},
			{id: 'b', title: 'Expose it', passed: false, why: 'There is no Service web in namespace default', ...base},
		])).toEqual([
			'✓ done  Create the Deployment',
			'✗ to do  Expose it',
			'    why: There is no Service web in namespace default',
			'    hint 1: nudge',
			'    hint 2: concept',
			'    solution: kubectl expose deployment web --port 80',
		]);
	});

	it('shows a hint\'s `code` without the Markdown backticks', () => {
		const task = {id: 'a', title: 'Reach web', passed: false, hints: ['The client wants to call plain `http://web` on port 80.'], solution: 'x', hint: {level: 1, solutionRevealed: false}};
		expect(checklistLines([task])).toEqual(['✗ to do  Reach web', '    hint 1: The client wants to call plain http://web on port 80.']);
	});
});
