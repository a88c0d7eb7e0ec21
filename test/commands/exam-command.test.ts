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

describe('kubetutor exam --review', () => {
	it('sits the exam tasks missed more than a day ago again in a fresh cluster, and says so when none is due', async () => {
		const env = config();
		const none = cliIo(env);
		expect(await runCli(['exam', '--review'], none.io)).toBe(0);
		expect(none.out()).toBe('No exam task is due for review. Run kubetutor exam for a new exam.\n');
		const attempt = {id: 'a', at: '2026-01-01T10:00:00.000Z', seed: 1, minutes: 60, realistic: false, endedBy: 'submit', points: 4, total: 8, percent: 50, domains: [], tasks: [
			{task: 'selector-typo', domain: 'Troubleshooting', weight: 4, passed: false, assisted: false, flagged: false},
			{task: 'clusterip-expose', domain: 'Services & Networking', weight: 4, passed: true, assisted: false, flagged: false},
		]};
		writeFileSync(join(env.KUBETUTOR_CONFIG_DIR, 'config.json'), JSON.stringify({version: 1, lessons: {}, answers: [], exams: {attempts: [attempt]}}));
		const report = cliIo(env);
		expect(await runCli(['progress'], report.io)).toBe(0);
		expect(report.out()).toContain('  run `kubetutor exam --review` to sit the missed exam tasks again in a fresh cluster\n');
		const review = cliIo(env);
		expect(await runCli(['exam', '--review', '--seed', '1'], review.io)).toBe(1);
		expect(review.out()).toMatch(/^Review: an exam task missed before, in a fresh cluster: selector-typo\n\nTASK +RESULT +WEIGHT +GOAL\n1 +failed +4 +Service web has no endpoints/);
	});
});
