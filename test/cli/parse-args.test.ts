import {describe, expect, it} from 'vitest';
import {parseArgs} from '../../src/cli/parse-args.js';

describe('parseArgs', () => {
	it('opens the home without a command', () => {
		expect(parseArgs([])).toEqual({kind: 'run', command: undefined, args: [], options: {plain: false, content: [], noColor: false}});
	});

	it('takes global options anywhere and repeats --content', () => {
		expect(parseArgs(['--plain', 'lesson', 'nodeport', '--content', 'a', '--content=b', '--no-color'])).toEqual({
			kind: 'run',
			command: 'lesson',
			args: ['nodeport'],
			options: {plain: true, content: ['a', 'b'], noColor: true},
		});
	});

	it('hands a command its own flags in canonical form', () => {
		expect(parseArgs(['sandbox', '--seed=7', '--cloud', 'none', '--script', 'x.sh'])).toMatchObject({kind: 'run', command: 'sandbox', args: ['--seed', '7', '--cloud', 'none', '--script', 'x.sh']});
		expect(parseArgs(['reset', '-y'])).toMatchObject({args: ['--yes']});
	});

	it('suggests the closest command for a typo', () => {
		expect(parseArgs(['lesons'])).toEqual({kind: 'usage-error', message: `kubetutor: unknown command "lesons". Did you mean "lesson"? See 'kubetutor --help'.`});
		expect(parseArgs(['frobnicate'])).toEqual({kind: 'usage-error', message: `kubetutor: unknown command "frobnicate". See 'kubetutor --help'.`});
	});

	it('rejects an unknown flag with a hint', () => {
		expect(parseArgs(['quiz', '--exma'])).toEqual({kind: 'usage-error', message: `kubetutor: unknown flag "--exma" for "quiz". Did you mean "--exam"? See 'kubetutor quiz --help'.`});
		expect(parseArgs(['--bogus'])).toEqual({kind: 'usage-error', message: `kubetutor: unknown flag "--bogus". See 'kubetutor --help'.`});
	});

	it('checks flag values', () => {
		expect(parseArgs(['sandbox', '--seed'])).toEqual({kind: 'usage-error', message: `kubetutor: flag "--seed" needs a value (N). See 'kubetutor sandbox --help'.`});
		expect(parseArgs(['sandbox', '--cloud', 'aws'])).toEqual({kind: 'usage-error', message: `kubetutor: --cloud must be one of: none, kind. See 'kubetutor sandbox --help'.`});
		expect(parseArgs(['progress', '--json=yes'])).toEqual({kind: 'usage-error', message: `kubetutor: flag "--json" takes no value. See 'kubetutor progress --help'.`});
	});

	it('takes every word after -- as a positional, as node:util parseArgs splits them', () => {
		expect(parseArgs(['validate', '--', '--odd-name', '-'])).toMatchObject({kind: 'run', command: 'validate', args: ['--odd-name', '-']});
		expect(parseArgs(['sandbox', '--seed', '-5'])).toMatchObject({kind: 'run', args: ['--seed', '-5']});
		expect(parseArgs(['reset', '-x'])).toEqual({kind: 'usage-error', message: `kubetutor: unknown flag "-x" for "reset". See 'kubetutor reset --help'.`});
	});

	it('rejects extra positional words', () => {
		expect(parseArgs(['lesson', 'a', 'b'])).toEqual({kind: 'usage-error', message: 'kubetutor: unexpected argument "b" for "lesson". Usage: kubetutor lesson [ID] [--script FILE] [--seed N] [--workers N]'});
	});

	it('knows help and version in every spelling', () => {
		expect(parseArgs(['--version'])).toEqual({kind: 'version'});
		expect(parseArgs(['-V'])).toEqual({kind: 'version'});
		expect(parseArgs(['--help'])).toMatchObject({kind: 'help', command: undefined});
		expect(parseArgs(['quiz', '--help'])).toMatchObject({kind: 'help', command: 'quiz'});
		expect(parseArgs(['help', 'sandbox'])).toMatchObject({kind: 'help', command: 'sandbox'});
		expect(parseArgs(['help', 'sandbx'])).toEqual({kind: 'usage-error', message: `kubetutor: no help for unknown command "sandbx". Did you mean "sandbox"? See 'kubetutor --help'.`});
	});
});
