import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {describe, expect, test} from 'vitest';
import type {CommandContext} from '../../../../src/cli/command.js';
import sandbox from '../../../../src/commands/sandbox.js';

function context(args: string[], cwd: string, stdinText?: string): {ctx: CommandContext; out: () => string; err: () => string} {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', chunk => (out += String(chunk)));
	stderr.on('data', chunk => (err += String(chunk)));
	const stdin = Object.assign(Readable.from(stdinText === undefined ? [] : [stdinText]), {isTTY: stdinText === undefined ? true : false});
	const ctx: CommandContext = {args, options: {plain: true, content: []}, stdin, stdout, stderr, env: {}, cwd};
	return {ctx, out: () => out, err: () => err};
}

describe('kubetutor sandbox (batch mode)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-sandbox-'));
	writeFileSync(join(dir, 'script.sh'), '# demo\necho hello\nkubectl get svcs\n');
	writeFileSync(join(dir, 'ok.sh'), 'echo fine\n');

	test('--script FILE prints the transcript; exit 1 when a command failed', async () => {
		const {ctx, out} = context(['--script', 'script.sh', '--seed', '3'], dir);
		expect(await sandbox(ctx)).toBe(1);
		expect(out()).toBe('$ echo hello\nhello\n$ kubectl get svcs\nerror: the server doesn\'t have a resource type "svcs"\n');
	});

	test('--script=FILE and --cloud none; exit 0 when all succeeded', async () => {
		const {ctx, out} = context(['--script=ok.sh', '--cloud', 'none'], dir);
		expect(await sandbox(ctx)).toBe(0);
		expect(out()).toBe('$ echo fine\nfine\n');
	});

	test('a script on stdin when stdin is not a terminal', async () => {
		const {ctx, out} = context([], dir, 'echo piped\n');
		expect(await sandbox(ctx)).toBe(0);
		expect(out()).toBe('$ echo piped\npiped\n');
	});

	test('an unreadable script: a message and exit 2', async () => {
		const {ctx, err} = context(['--script', 'missing.sh'], dir);
		expect(await sandbox(ctx)).toBe(2);
		expect(err()).toBe('kubetutor sandbox: cannot read script missing.sh: no such file\n');
	});

	test('an unknown option: a one-line hint and exit 2', async () => {
		const {ctx, err} = context(['--colour'], dir);
		expect(await sandbox(ctx)).toBe(2);
		expect(err().trimEnd().split('\n')).toHaveLength(1);
		expect(err()).toMatch(/^kubetutor sandbox: unknown option --colour\. Usage: kubetutor sandbox/);
	});

	test('a bad --cloud value', async () => {
		const {ctx, err} = context(['--cloud', 'aws'], dir);
		expect(await sandbox(ctx)).toBe(2);
		expect(err()).toMatch(/^kubetutor sandbox: --cloud must be "none" or "kind", got "aws"\./);
	});
});
