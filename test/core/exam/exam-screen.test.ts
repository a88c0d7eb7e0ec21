import {describe, expect, it} from 'vitest';
import {loadAllContent} from '../../../src/adapters/content-files.js';
import {drawExam} from '../../../src/core/exam/draw-exam.js';
import {clockText, dueWarning} from '../../../src/core/exam/exam-clock.js';
import {examResults} from '../../../src/core/exam/exam-results.js';
import {examKey, examTick, openExamScreen} from '../../../src/core/exam/exam-screen.js';
import {startExamSandbox} from '../../../src/core/exam/exam-script.js';
import {startExam} from '../../../src/core/exam/exam-session.js';
import {examFooter, examHeader, resultScreenLines, taskPanelLines} from '../../../src/core/exam/exam-layout.js';

const bank = loadAllContent([], process.cwd()).exams;
const noFiles = {readFile: () => undefined};
const settings = (seed: number) => ({seed, minutes: 60, realistic: false});

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
		let screen = openExamScreen(startExam(tasks, settings(7), 0));
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

	it('completes a word with Tab, as the sandbox does', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		const context = {shell: sandbox.shell, now: 1000};
		const typed = [...'kubectl expo'].reduce((next, key) => examKey(next, key === ' ' ? 'space' : key, context), openExamScreen(startExam(tasks, settings(7), 0)));
		expect(examKey(typed, 'tab', context).input).toBe('kubectl expose ');
	});

	it('lists the tutor\'s commands and the keys for ? on an empty line, and types ? otherwise', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		const context = {shell: sandbox.shell, now: 1000};
		const screen = examKey(openExamScreen(startExam(tasks, settings(7), 0)), '?', context);
		expect(screen.transcript.map(line => line.text)).toEqual(expect.arrayContaining(['# hint: the next hint · solution: one way to do it (the task counts as assisted)', '# Ctrl+X: submit the exam (asks first)', '# Ctrl+T: hide or show the task text']));
		expect(examKey(examKey(screen, 'a', context), '?', context).input).toBe('a?');
		const realistic = examKey(openExamScreen(startExam(tasks, {...settings(7), realistic: true}, 0)), '?', context);
		expect(realistic.input).toBe('?');
	});

	it('asks before submitting, and n keeps the exam running', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		let screen = openExamScreen(startExam(tasks, settings(7), 0));
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
		const type = (screen: ReturnType<typeof openExamScreen>, line: string) => [...line, '\n'].reduce((next, key) => examKey(next, key === ' ' ? 'space' : key === '\n' ? 'enter' : key, context), screen);
		let screen = type(openExamScreen(startExam(tasks, {...settings(7), realistic: true}, 0)), 'trace');
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

describe('what the exam screen shows', () => {
	const tasks = drawExam(bank, 3, 7);

	it('names the task, its points and namespace beside the time left, and fits the footer to the width', () => {
		const screen = openExamScreen(startExam(tasks, settings(7), 0));
		expect(examHeader(screen, 61_000)).toEqual({title: `Exam · Task 1/3 · ${tasks[0].weight} pts · ns ${tasks[0].namespace}`, clock: '⏱ 58:59 left', urgent: false});
		expect(examHeader(screen, 56 * 60_000).urgent).toBe(true);
		expect(examFooter(screen, 80)).toBe('Ctrl+X submit · Ctrl+N next · Ctrl+P prev · Ctrl+F flag · Ctrl+T task text');
		expect(examFooter(screen, 60)).toBe('Ctrl+X submit · Ctrl+N next · Ctrl+P prev · ? help');
		expect(examFooter(openExamScreen(startExam(tasks, {...settings(7), realistic: true}, 0)), 60)).toBe('Ctrl+X submit · Ctrl+N next · Ctrl+P prev · Ctrl+F flag');
		const panel = taskPanelLines(screen, 60, 4);
		expect(panel[0]).toBe(`${tasks[0].title} (${tasks[0].domain})`);
		expect(panel.length).toBeLessThanOrEqual(4);
		expect(panel.every(line => line.length <= 60 || line === panel[0])).toBe(true);
	});

	it('lists every task with its verdict on the results, and the open one in full', () => {
		const sandbox = startExamSandbox(tasks, 7, noFiles);
		const context = {shell: sandbox.shell, now: 1000};
		const screen = examKey(examKey(examKey(openExamScreen(startExam(tasks, settings(7), 0)), 'ctrl+f', context), 'ctrl+x', context), 'y', context);
		const {rows, details} = resultScreenLines(screen, 78);
		expect(rows[0]).toMatch(new RegExp(`^› +1 ✗ failed +${tasks[0].weight}p \\[flagged\\] `));
		expect(rows[1]).toMatch(/^ +2 ✗ failed /);
		expect(details[0]).toBe(`Task 1 · ${tasks[0].domain} · ${tasks[0].weight} points · namespace ${tasks[0].namespace}: not passed`);
		expect(details).toContain('Reference solution:');
		expect(examHeader(screen, 2000)).toEqual({title: `Exam results: 0% (0 of ${tasks.reduce((sum, task) => sum + task.weight, 0)} points)`, clock: 'submitted'});
		expect(examFooter(screen, 80)).toBe('↓ task · ↑ previous task · s sandbox + trace · q quit');
	});
});
