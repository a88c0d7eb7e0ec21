import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {compileRegex} from '../../../../src/core/cluster/shell/posix-regex.js';

/** `printf "a\\nb\\n" | grep …` written as grep with a here-document, which the sandbox has. */
const grep = (line: string) => {
	const [, text, command] = /^printf "(.*)" \| (.*)$/.exec(line)!;
	const script = `${command} <<EOF\n${text.replace(/\\n/g, '\n')}EOF\n`;
	return runScript(script, {seed: 1, readFile: () => undefined}).transcript.split('\n').slice(1).join('\n');
};

describe('grep patterns (POSIX basic and extended, as BusyBox and GNU grep read them)', () => {
	it.each([
		['printf "a\\nb\\nc\\n" | grep "a\\|b"', 'a\nb\n'],
		['printf "ab\\naab\\nb\\n" | grep "a\\+b"', 'ab\naab\n'],
		['printf "a+b\\nab\\n" | grep "a+b"', 'a+b\n'],
		['printf "ab\\naab\\nb\\n" | grep -E "^a+b$"', 'ab\naab\n'],
		['printf "web-1\\nweb-22\\ndb\\n" | grep -E "web-[0-9]{2}"', 'web-22\n'],
		['printf "web-1\\nweb-22\\ndb\\n" | grep "web-[[:digit:]]\\{1,\\}$"', 'web-1\nweb-22\n'],
		['printf "Web\\nweb\\nWEBS\\n" | grep -i web', 'Web\nweb\nWEBS\n'],
		['printf "web\\nwebs\\na web b\\n" | grep -w web', 'web\na web b\n'],
		['printf "a.b\\naxb\\n" | grep -F a.b', 'a.b\n'],
		['printf "10.244.1.5 x 10.244.2.7\\n" | grep -oE "10\\.244\\.[0-9]+\\.[0-9]+"', '10.244.1.5\n10.244.2.7\n'],
		['printf "(x)\\n" | grep "(x)"', '(x)\n'],
		['printf "abcabc\\n" | grep -oE "(abc|ab)+"', 'abcabc\n'],
	])('%s', (line, output) => {
		expect(grep(line)).toBe(output);
	});

	it('reports a broken pattern as grep does, with exit status 2', () => {
		expect(runScript('echo x | grep -E "(a"\n', {seed: 1, readFile: () => undefined})).toEqual({transcript: '$ echo x | grep -E "(a"\ngrep: Unmatched ( or \\(\n', exitCode: 1});
	});

	it('cannot run away: (a+)+$ on 40 characters and nested stars on 4,000 answer at once', () => {
		const started = performance.now();
		expect(compileRegex('(a+)+$', {extended: true}).test(`${'a'.repeat(40)}!`)).toBe(false);
		expect(compileRegex('(a*)*(b*)*c', {extended: true}).test('ab'.repeat(2000))).toBe(false);
		expect(compileRegex('(x+x+)+y', {extended: true}).test('x'.repeat(4000))).toBe(false);
		// Linear time: far below what a backtracking engine needs (hours) on these.
		expect(performance.now() - started).toBeLessThan(5_000);
	});

	it('refuses patterns whose program would be huge', () => {
		expect(() => compileRegex('((a{255}){255}){255}', {extended: true})).toThrow('regular expression too big');
	});
});
