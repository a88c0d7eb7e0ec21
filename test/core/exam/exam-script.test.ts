import {describe, expect, it} from 'vitest';
import {loadAllContent} from '../../../src/adapters/content-files.js';
import {drawExam} from '../../../src/core/exam/draw-exam.js';
import {runExamScript, solutionScript} from '../../../src/core/exam/exam-script.js';
import {clockText, dueWarning} from '../../../src/core/exam/exam-clock.js';
import {examTick, examKey, startExamScreen} from '../../../src/core/exam/exam-screen.js';
import {startExam} from '../../../src/core/exam/exam-session.js';
import {startExamSandbox} from '../../../src/core/exam/exam-script.js';
import {examResults} from '../../../src/core/exam/exam-results.js';

const bank = loadAllContent([], process.cwd()).exams;
const noFiles = {readFile: () => undefined};
const settings = (seed: number) => ({seed, minutes: 60, realistic: false});

describe('a seeded exam run through --script', () => {
	const tasks = drawExam(bank, 16, 42);

	it('draws the same sixteen tasks for the same seed, and others for another', () => {
		expect(tasks).toHaveLength(16);
		expect(drawExam(bank, 16, 42).map(task => task.id)).toEqual(tasks.map(task => task.id));
		expect(drawExam(bank, 16, 43).map(task => task.id)).not.toEqual(tasks.map(task => task.id));
	});

	it('passes every task with the printed solution, exit status 0, and scores each domain', () => {
		const script = solutionScript(tasks);
		expect(script.split('\n').filter(line => line.startsWith('# task ')).map(line => line.split(':')[0])).toEqual(tasks.map((_, index) => `# task ${index + 1}`));
		const result = runExamScript(tasks, settings(42), script, noFiles);
		expect(result.exitCode).toBe(0);
		const total = tasks.reduce((sum, task) => sum + task.weight, 0);
		expect(result.output).toContain(`Score: ${total} of ${total} (100%)`);
		for (const domain of new Set(tasks.map(task => task.domain))) expect(result.output).toMatch(new RegExp(`\\n${domain.replace(/[&]/g, '\\&')} +\\d+ of \\d+ +100%\\n`));
	});

	it('grades what is there: two tasks solved, flagged and submitted, the rest failed, exit status 1', () => {
		const script = `task 2\n${tasks[1].solution}check\nflag\ntask 5\n${tasks[4].alternatives[0]}submit\n${tasks[0].solution}`;
		const result = runExamScript(tasks, settings(42), script, noFiles);
		expect(result.exitCode).toBe(1);
		expect(result.output).toContain(`$ task 2\nTask 2 of 16 (namespace ${tasks[1].namespace}): ${tasks[1].title}\n`);
		expect(result.output).toContain(`$ check\nTask 2: ${tasks[1].title}\n  ✓ passes\n$ flag\nTask 2 flagged for review\n`);
		expect(result.output).toContain('$ submit\nSubmitted: 2 of 16 tasks pass\n');
		// Nothing after submit runs: task 1's solution comes too late.
		expect(result.output).not.toContain(`$ ${tasks[0].solution.split('\n')[0]}`);
		const grades = examResults(result.state).tasks;
		expect(grades.filter(task => task.passed).map(task => task.number)).toEqual([2, 5]);
		expect(grades[1].flagged).toBe(true);
		const points = tasks[1].weight + tasks[4].weight;
		const total = tasks.reduce((sum, task) => sum + task.weight, 0);
		expect(result.output).toContain(`Score: ${points} of ${total} (${Math.round((points / total) * 100)}%)`);
		expect(grades[0].failing.length).toBeGreaterThan(0);
	});

	it('refuses hints, solutions, trace and the tutor\'s help in the realistic exam, and keeps kubectl --help and k', () => {
		const result = runExamScript(tasks.slice(0, 1), {...settings(42), realistic: true}, 'hint\nsolution\ncheck\ntrace\nhelp\nkubectl expose --help | head -1\nk get ns default\n', noFiles);
		expect(result.output).toContain('$ hint\nhint: no hints in this mode\n$ solution\nsolution: no solutions before the end in this mode\n');
		expect(result.output).toContain('$ check\ncheck: nothing is graded before the end in this mode; submit grades every task\n');
		expect(result.output).toContain('$ trace\ntrace: not available in the realistic exam (it is on the results screen)\n');
		expect(result.output).toContain("$ help\nhelp: not available in the realistic exam; kubectl's own --help is (kubectl expose --help)\n");
		expect(result.output).toContain('$ kubectl expose --help | head -1\nTake a replication controller, service, deployment or pod and expose it as a new Kubernetes service.\n');
		expect(result.output).toMatch(/\$ k get ns default\nNAME +STATUS +AGE\ndefault +Active/);
	});
});

describe('the exam clock', () => {
	const tasks = drawExam(bank, 3, 7);
	const minute = 60_000;

	it('shows the time left, and warns at 15 and at 5 minutes left, once each', () => {
		const clock = {startedAt: 0, durationMs: 60 * minute};
		expect(clockText(60 * minute)).toBe('1:00:00');
		expect(clockText(14 * minute + 59_500)).toBe('15:00');
		expect(dueWarning(clock, 44 * minute, [])).toBeUndefined();
		expect(dueWarning(clock, 45 * minute, [])).toBe(15);
		expect(dueWarning(clock, 50 * minute, [15])).toBeUndefined();
		expect(dueWarning(clock, 55 * minute, [15])).toBe(5);
	});

	it('grades what is there when time runs out: a task solved before passes, the others fail', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		let screen = startExamScreen(startExam(tasks, settings(7), 0));
		const context = (now: number) => ({shell: sandbox.shell, now});
		for (const key of [...tasks[0].alternatives[0]]) screen = examKey(screen, key === ' ' ? 'space' : key === '\n' ? 'enter' : key, context(1000));
		screen = examTick(screen, context(45 * minute));
		expect(screen.notice).toBe('15 minutes left');
		expect(screen.transcript.at(-1)).toEqual({text: '# 15 minutes left', kind: 'note'});
		screen = examTick(screen, context(55 * minute));
		expect(screen.notice).toBe('5 minutes left');
		screen = examTick(screen, context(60 * minute));
		expect(screen.view).toBe('results');
		expect(screen.exam.endedBy).toBe('time');
		expect(screen.notice).toBe(`Time is up: 1 of ${tasks.length} tasks pass`);
		expect(examResults(screen.exam).tasks.map(task => task.passed)).toEqual([true, false, false]);
		// Typing after time is up changes nothing in the graded cluster's grades.
		const after = examKey(screen, 'x', context(61 * minute));
		expect(after.exam).toBe(screen.exam);
	});

	it('asks before submitting, and n keeps the exam running', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		let screen = startExamScreen(startExam(tasks, settings(7), 0));
		const context = {shell: sandbox.shell, now: 1000};
		screen = examKey(screen, 'ctrl+x', context);
		expect(screen.view).toBe('confirm');
		screen = examKey(screen, 'n', context);
		expect(screen.view).toBe('work');
		expect(screen.exam.endedBy).toBeUndefined();
		screen = examKey(examKey(screen, 'ctrl+x', context), 'y', context);
		expect(screen.view).toBe('results');
		expect(screen.exam.endedBy).toBe('submit');
	});

	it('in the realistic exam refuses trace while it runs, and offers it on the graded cluster', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		const context = {shell: sandbox.shell, now: 1000};
		const type = (screen: ReturnType<typeof startExamScreen>, line: string) => [...line, '\n'].reduce((next, key) => examKey(next, key === ' ' ? 'space' : key === '\n' ? 'enter' : key, context), screen);
		let screen = type(startExamScreen(startExam(tasks, {...settings(7), realistic: true}, 0)), 'trace');
		expect(screen.transcript.at(-1)).toEqual({text: 'trace: not available in the realistic exam (it is on the results screen)', kind: 'stderr'});
		screen = type(screen, 'hint');
		expect(screen.transcript.at(-1)).toEqual({text: 'hint: no hints in this mode', kind: 'stderr'});
		screen = examKey(examKey(examKey(screen, 'ctrl+x', context), 'y', context), 's', context);
		expect(screen.view).toBe('final-sandbox');
		screen = type(screen, 'trace');
		expect(screen.transcript.at(-1)?.text).not.toContain('not available');
		screen = examKey(screen, 'escape', context);
		expect(screen.view).toBe('results');
	});
});
