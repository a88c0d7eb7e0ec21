import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {learnerFiles} from '../../src/adapters/learner-files.js';
import {runScript} from '../../src/core/cluster/shell/batch.js';
import sandbox from '../../src/commands/sandbox.js';
import validate from '../../src/commands/validate.js';
import {commandContext} from '../commands/command-context.js';

const dir = mkdtempSync(join(tmpdir(), 'kubetutor-files-'));
execFileSync('mkfifo', [join(dir, 'pipe')]);
writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(4 * 1024 * 1024 + 1));
writeFileSync(join(dir, 'web.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n');
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const run = (script: string) => runScript(script, {seed: 1, ...learnerFiles(dir)}).transcript;

describe('files the learner names', () => {
	it('reads a regular file', () => {
		expect(run('kubectl apply -f web.yaml\n')).toBe('$ kubectl apply -f web.yaml\nconfigmap/web created\n');
	});

	it('refuses a FIFO, a device and /proc without blocking or growing', () => {
		expect(run('cat pipe\nkubectl apply -f pipe\nwc -c /dev/zero\nkubectl apply -f /dev/zero\ncat /proc/self/environ\n')).toBe(
			[
				'$ cat pipe',
				'cat: pipe: not a regular file',
				'$ kubectl apply -f pipe',
				'error: pipe: not a regular file',
				'$ wc -c /dev/zero',
				'wc: /dev/zero: not a regular file',
				'$ kubectl apply -f /dev/zero',
				'error: /dev/zero: not a regular file',
				'$ cat /proc/self/environ',
				'cat: /proc/self/environ: not a regular file',
				'',
			].join('\n'),
		);
	});

	it('refuses a file larger than the bound, naming it', () => {
		expect(run('cat big.yaml\n')).toBe('$ cat big.yaml\ncat: big.yaml: larger than 4 MiB, the most the sandbox reads\n');
	});

	it('a missing file is still missing', () => {
		expect(run('cat nope.yaml\n')).toBe('$ cat nope.yaml\ncat: nope.yaml: No such file or directory\n');
	});
});

describe('scripts and content files', () => {
	it('sandbox --script refuses /dev/zero and a FIFO with exit 2', async () => {
		for (const [name, shown] of [['/dev/zero', '/dev/zero'], [join(dir, 'pipe'), join(dir, 'pipe')]]) {
			const {ctx, stderr} = commandContext({args: ['--script', name], cwd: dir});
			expect(await sandbox(ctx)).toBe(2);
			expect(stderr()).toBe(`kubetutor sandbox: cannot read script ${shown}: not a regular file\n`);
		}
	});

	it('validate reports /dev/zero and a FIFO as files it cannot read', async () => {
		const {ctx, stdout} = commandContext({args: ['/dev/zero', 'pipe'], cwd: dir});
		expect(await validate(ctx)).toBe(1);
		expect(stdout()).toContain('/dev/zero:1:1 cannot read this file: not a regular file\npipe:1:1 cannot read this file: not a regular file\n');
	});
});
