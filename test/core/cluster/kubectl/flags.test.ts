import {describe, expect, test} from 'vitest';
import {Flags, parseFlags, type FlagSpec} from '../../../../src/core/cluster/kubectl/flags.js';

const specs: FlagSpec[] = [
	{name: 'namespace', short: 'n', type: 'string'},
	{name: 'output', short: 'o', type: 'string'},
	{name: 'stdin', short: 'i', type: 'bool'},
	{name: 'tty', short: 't', type: 'bool'},
	{name: 'replicas', type: 'int'},
	{name: 'tcp', type: 'array'},
	{name: 'dry-run', type: 'string', bare: 'client'},
];

function parse(argv: string[]): Flags {
	const result = parseFlags(argv, specs);
	if (!result.ok) throw new Error(result.message);
	return new Flags(result.parsed);
}

describe('kubectl flag parsing (pflag rules)', () => {
	test('flags may come before, between and after arguments', () => {
		const flags = parse(['-n', 'dev', 'svc', '--output=yaml', 'web']);
		expect(flags.args).toEqual(['svc', 'web']);
		expect(flags.string('namespace')).toBe('dev');
		expect(flags.string('output')).toBe('yaml');
	});

	test.each([
		[['-nkube-system'], 'kube-system'],
		[['-n=kube-system'], 'kube-system'],
		[['--namespace', 'kube-system'], 'kube-system'],
		[['--namespace=kube-system'], 'kube-system'],
	])('namespace spelled %j', (argv, namespace) => {
		expect(parse(argv).string('namespace')).toBe(namespace);
	});

	test('-o=yaml keeps only the value', () => {
		expect(parse(['-o=yaml']).string('output')).toBe('yaml');
	});

	test('combined boolean shorthands: -it', () => {
		const flags = parse(['-it', 'web']);
		expect(flags.bool('stdin')).toBe(true);
		expect(flags.bool('tty')).toBe(true);
		expect(flags.args).toEqual(['web']);
	});

	test('-- ends flag parsing and records where', () => {
		const flags = parse(['web', '--', 'curl', '-s', 'http://x']);
		expect(flags.args).toEqual(['web', 'curl', '-s', 'http://x']);
		expect(flags.dashAt).toBe(1);
	});

	test('array flags repeat and split on commas', () => {
		expect(parse(['--tcp=80:8080', '--tcp', '443,8443']).array('tcp')).toEqual(['80:8080', '443', '8443']);
	});

	test('a bare --dry-run means client and does not swallow the next word', () => {
		const flags = parse(['--dry-run', 'web']);
		expect(flags.string('dry-run')).toBe('client');
		expect(flags.args).toEqual(['web']);
	});

	test.each([
		[['--foo'], 'unknown flag: --foo'],
		[['-x'], "unknown shorthand flag: 'x' in -x"],
		[['-n'], "flag needs an argument: 'n' in -n"],
		[['--output'], 'flag needs an argument: --output'],
		[['--replicas=three'], 'invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax'],
		[['--stdin=maybe'], 'invalid argument "maybe" for "--stdin" flag: strconv.ParseBool: parsing "maybe": invalid syntax'],
	])('%j is refused with pflag wording', (argv, message) => {
		expect(parseFlags(argv, specs)).toEqual({ok: false, message});
	});
});
