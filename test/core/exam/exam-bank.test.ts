import {describe, expect, it} from 'vitest';
import {loadAllContent} from '../../../src/adapters/content-files.js';
import {checkTask} from '../../../src/core/lessons/check-task.js';
import {runCommands} from '../../../src/core/lessons/task-sandbox.js';
import {startExamSandbox} from '../../../src/core/exam/exam-script.js';
import type {ExamTask} from '../../../src/core/exam/exam-task.js';

const loaded = loadAllContent([], process.cwd());
const bank = loaded.exams;
const noFiles = {readFile: () => undefined};

/** Why a task's checks fail, for a message that says what went wrong. */
function failing(task: ExamTask, shell: ReturnType<typeof startExamSandbox>['shell']): string[] {
	return checkTask(shell.cluster, task).checks.filter(check => !check.passed).map(check => `${check.label}: ${check.why ?? ''}`);
}

function solvedBy(task: ExamTask, script: string): string[] {
	const sandbox = startExamSandbox([task], 11, noFiles);
	expect(sandbox.setup.exitCode, sandbox.setup.output).toBe(0);
	const ran = runCommands(sandbox.shell, script);
	expect(ran.exitCode, ran.output).toBe(0);
	return failing(task, sandbox.shell);
}

describe('the exam bank', () => {
	it('loads at least 40 hands-on tasks without a problem, each in its own namespace', () => {
		expect(loaded.problems.filter(problem => problem.file.includes('exams'))).toEqual([]);
		expect(bank.length).toBeGreaterThanOrEqual(40);
		expect(new Set(bank.map(task => task.namespace)).size).toBe(bank.length);
		for (const task of bank) expect(task.statement).toContain(task.namespace);
	});

	it.each(bank.map(task => [task.id, task] as const))('%s fails from its start and passes with its reference solution and every alternative', (_id, task) => {
		const start = startExamSandbox([task], 11, noFiles);
		expect(start.setup.exitCode, start.setup.output).toBe(0);
		expect(checkTask(start.shell.cluster, task).passed).toBe(false);
		expect(solvedBy(task, task.solution)).toEqual([]);
		for (const alternative of task.alternatives) {
			expect(alternative.trim()).not.toBe(task.solution.trim());
			expect(solvedBy(task, alternative)).toEqual([]);
		}
	});

	it('sets every task up in one cluster without one breaking another, and the solutions repair them all', () => {
		const sandbox = startExamSandbox(bank, 5, noFiles);
		expect(sandbox.setup.exitCode, sandbox.setup.output).toBe(0);
		for (const task of bank) expect(checkTask(sandbox.shell.cluster, task).passed, task.id).toBe(false);
		for (const task of bank) expect(runCommands(sandbox.shell, task.solution).exitCode, task.id).toBe(0);
		const broken = bank.filter(task => !checkTask(sandbox.shell.cluster, task).passed).map(task => `${task.id}: ${failing(task, sandbox.shell).join('; ')}`);
		expect(broken).toEqual([]);
	});
});
