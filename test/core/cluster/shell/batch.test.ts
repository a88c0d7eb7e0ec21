import {describe, expect, test} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

const noFiles = () => undefined;
const run = (script: string, files: Record<string, string> = {}) => runScript(script, {seed: 42, readFile: path => files[path]});

describe('batch transcript layout (docs/simulation.md, "Batch mode")', () => {
	test('each command is echoed after "$ ", followed by its output', () => {
		expect(run('echo hello\necho world\n')).toEqual({transcript: '$ echo hello\nhello\n$ echo world\nworld\n', exitCode: 0});
	});

	test('blank lines and # comments are skipped', () => {
		expect(run('# a comment\n\necho one\n   \n# another\n').transcript).toBe('$ echo one\none\n');
	});

	test('a continued command is echoed by its first line and runs joined', () => {
		expect(run('echo a \\\n  b\n').transcript).toBe('$ echo a \\\na b\n');
	});

	test('a here-document feeds the command and is not echoed', () => {
		expect(run('cat <<END\nline 1\nline 2\nEND\necho next\n').transcript).toBe('$ cat <<END\nline 1\nline 2\n$ echo next\nnext\n');
	});

	test('stdout and stderr are merged in order', () => {
		expect(run('kubectl get svcs\n').transcript).toBe('$ kubectl get svcs\nerror: the server doesn\'t have a resource type "svcs"\n');
	});

	test('exit status 1 when any command failed, and every command still runs', () => {
		const result = run('kubeclt get pods\necho still here\n');
		expect(result.transcript).toBe('$ kubeclt get pods\nbash: kubeclt: command not found\n$ echo still here\nstill here\n');
		expect(result.exitCode).toBe(1);
	});

	test('output without a final newline still ends its line', () => {
		expect(run('echo -n no-newline\necho next\n').transcript).toBe('$ echo -n no-newline\nno-newline\n$ echo next\nnext\n');
	});

	test('the same script with the same seed prints the same transcript', () => {
		const script = 'kubectl create deployment web --image=nginx --replicas=3\nkubectl expose deployment web --port=80\nsleep 2\nkubectl get pods,svc -o wide\n';
		const first = runScript(script, {seed: 7, readFile: noFiles});
		const second = runScript(script, {seed: 7, readFile: noFiles});
		expect(second.transcript).toBe(first.transcript);
	});

	test('an empty script prints nothing and succeeds', () => {
		expect(run('')).toEqual({transcript: '', exitCode: 0});
	});
});

describe('batch mode streams', () => {
	test('hands each command line and its output on as it goes, the same text as the transcript', () => {
		const parts: string[] = [];
		const result = runScript('echo one\nkubectl get nope\necho two\n', {seed: 1, readFile: () => undefined, write: part => parts.push(part)});
		expect(parts).toEqual(['$ echo one\n', 'one\n', '$ kubectl get nope\n', 'error: the server doesn\'t have a resource type "nope"\n', '$ echo two\n', 'two\n']);
		expect(parts.join('')).toBe(result.transcript);
	});
});
