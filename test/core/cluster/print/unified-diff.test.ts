import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {unifiedHunks} from '../../../../src/core/cluster/print/unified-diff.js';

const GNU_DIFF = spawnSync('diff', ['--version'], {encoding: 'utf8'}).stdout?.includes('GNU') ?? false;

function gnuHunks(before: string, after: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-diff-'));
	writeFileSync(join(dir, 'a'), before);
	writeFileSync(join(dir, 'b'), after);
	const result = spawnSync('diff', ['-u', '-N', join(dir, 'a'), join(dir, 'b')], {encoding: 'utf8'});
	return result.stdout.split('\n').slice(2).join('\n');
}

const BASE = Array.from({length: 30}, (_, i) => `line ${i + 1}`);

const CASES: [string, string[], string[]][] = [
	['one changed line', BASE, BASE.map(line => (line === 'line 10' ? 'line ten' : line))],
	['two changes far apart', BASE, BASE.map(line => (line === 'line 3' || line === 'line 25' ? `${line}!` : line))],
	['two changes close together', BASE, BASE.map(line => (line === 'line 10' || line === 'line 15' ? `${line}!` : line))],
	['lines added at the end', BASE, [...BASE, 'new 1', 'new 2']],
	['lines removed at the start', BASE, BASE.slice(4)],
	['an empty file before', [], BASE.slice(0, 5)],
	['everything removed', BASE.slice(0, 5), []],
];

describe('unifiedHunks', () => {
	it('is empty for equal texts', () => {
		expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
	});

	describe.skipIf(!GNU_DIFF)(`matches GNU diff -u${GNU_DIFF ? '' : ' (GNU diff not found: skipped)'}`, () => {
		it.each(CASES)('%s', (_, before, after) => {
			const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : '');
			expect(unifiedHunks(text(before), text(after))).toBe(gnuHunks(text(before), text(after)));
		});
	});
});
