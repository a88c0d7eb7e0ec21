import {describe, expect, test} from 'vitest';
import {matchesSelector, parseSelector} from '../../../../src/core/cluster/kubectl/label-selector.js';

function matches(selector: string, labels: Record<string, string>): boolean {
	const parsed = parseSelector(selector);
	if (!parsed.ok) throw new Error(parsed.message);
	return matchesSelector(parsed.requirements, labels);
}

describe('label selectors (-l)', () => {
	const web = {app: 'web', tier: 'frontend'};
	test.each([
		['app=web', true],
		['app==web', true],
		['app!=web', false],
		['app=db', false],
		['app!=db', true],
		['tier in (frontend,backend)', true],
		['tier notin (frontend)', false],
		['app', true],
		['!app', false],
		['!missing', true],
		['app=web,tier=frontend', true],
		['app=web,tier=backend', false],
	])('%s', (selector, expected) => {
		expect(matches(selector, web)).toBe(expected);
	});

	test('!= matches objects without the key', () => {
		expect(matches('app!=web', {})).toBe(true);
	});

	test('an invalid key is refused', () => {
		const parsed = parseSelector('-bad=x');
		expect(parsed.ok).toBe(false);
	});
});
