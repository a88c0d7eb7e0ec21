import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../../src/cli/main.js';
import {cliIo} from '../cli/cli-io.js';

const config = () => ({KUBETUTOR_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'kubetutor-exam-'))});

describe('kubetutor exam --script', () => {
	it('passes every task with the solution --print-solution wrote, exits 0, and keeps the attempt in progress', async () => {
		const env = config();
		const printed = cliIo(env);
		expect(await runCli(['exam', '--seed', '9', '--tasks', '5', '--print-solution'], printed.io)).toBe(0);
		expect(printed.out().match(/^# task \d+/gm)).toEqual(['# task 1', '# task 2', '# task 3', '# task 4', '# task 5']);
		const dir = mkdtempSync(join(tmpdir(), 'kubetutor-exam-script-'));
		writeFileSync(join(dir, 'solution.sh'), printed.out());
		const run = cliIo(env, dir);
		expect(await runCli(['exam', '--seed', '9', '--tasks', '5', '--script', 'solution.sh'], run.io)).toBe(0);
		expect(run.out()).toMatch(/\nTASK +RESULT +WEIGHT +GOAL\n(\d +passed +\d+ +.+\n){5}Score: (\d+) of \2 \(100%\)\n/);
		const progress = cliIo(env);
		expect(await runCli(['progress', '--json'], progress.io)).toBe(0);
		const json = JSON.parse(progress.out()) as {exams: {attempts: Array<{seed: number; percent: number; tasks: unknown[]}>}; examScores: {best: number}};
		expect(json.exams.attempts).toHaveLength(1);
		expect(json.exams.attempts[0]).toMatchObject({seed: 9, percent: 100});
		expect(json.exams.attempts[0].tasks).toHaveLength(5);
		expect(json.examScores.best).toBe(100);
	});

	it('exits 1 when a task still fails, and names a bad flag value', async () => {
		const t = cliIo(config());
		expect(await runCli(['exam', '--seed', '9', '--tasks', '2'], t.io)).toBe(1);
		expect(t.out()).toContain('Score: 0 of ');
		const bad = cliIo(config());
		expect(await runCli(['exam', '--tasks', 'many'], bad.io)).toBe(2);
		expect(bad.err()).toContain('kubetutor exam: --tasks needs a whole number from 1 to 100, got "many".');
	});
});
