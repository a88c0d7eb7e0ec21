import {describe, expect, it} from 'vitest';
import type {TaskView, TasksState} from '../../../src/core/app/app-state.js';
import {panelHead, taskPanel} from '../../../src/core/app/task-panel.js';
import {checklistLines, helpLine, tasksFor, withRecord} from '../../../src/core/app/tasks-view.js';
import {expandTabs} from '../../../src/core/app/wrap-text.js';
import {lesson} from './helpers.js';

const base = {hints: ['nudge', 'concept', 'command'], solution: 'kubectl expose deployment web --port 80\n', hint: {level: 0, solutionRevealed: false}};
const state = (tasks: TaskView[], extra: Partial<TasksState> = {}): TasksState => ({lesson: 'svc', started: true, checked: false, scroll: 0, tasks, ...extra});

describe('the task checklist', () => {
	const tasks: TaskView[] = [
		{id: 'a', title: 'Create the Deployment', passed: true, done: {assisted: false}, ...base},
		{id: 'b', title: 'Expose it', passed: false, why: 'There is no Service web in namespace default', ...base, hint: {level: 2, solutionRevealed: true}},
	];

	it('shows the goals only until the learner asks for a check: no diagnosis before', () => {
		expect(checklistLines(state(tasks))).toEqual([
			'✓ done  Create the Deployment',
			'✗ to do  Expose it',
			'    hint 1: nudge',
			'    hint 2: concept',
			'    solution:',
			'      kubectl expose deployment web --port 80',
		]);
	});

	it('says what is still wrong once checked', () => {
		expect(checklistLines(state(tasks, {checked: true})).slice(0, 3)).toEqual(['✓ done  Create the Deployment', '✗ to do  Expose it', '    still wrong: There is no Service web in namespace default']);
	});

	it('keeps a task done that fails now, and says both', () => {
		const broken: TaskView[] = [{id: 'a', title: 'Expose web', passed: false, done: {assisted: false}, why: 'Service web has no endpoints', ...base}];
		expect(checklistLines(state(broken))).toEqual(['✓ done · now failing  Expose web']);
		expect(checklistLines(state(broken, {checked: true}))).toEqual(['✓ done · now failing: Service web has no endpoints  Expose web']);
		expect(checklistLines(state([{...broken[0], done: {assisted: true}}]))).toEqual(['✓ assisted · now failing  Expose web']);
	});

	it('shows a goal\'s and a hint\'s `code` without the Markdown backticks', () => {
		expect(checklistLines(state([{id: 'g', title: 'From your laptop, `curl http://172.18.0.2:30100` answers', passed: false, ...base}]))).toEqual(['✗ to do  From your laptop, curl http://172.18.0.2:30100 answers']);
		const task = {id: 'a', title: 'Reach web', passed: false, hints: ['The client wants to call plain `http://web` on port 80.'], solution: 'x', hint: {level: 1, solutionRevealed: false}};
		expect(checklistLines(state([task]))).toEqual(['✗ to do  Reach web', '    hint 1: The client wants to call plain http://web on port 80.']);
	});

	it('wraps a solution line under itself and expands its tabs to 8-column stops', () => {
		const task = {...base, id: 'a', title: 'T', passed: false, solution: 'kubectl create service nodeport web --tcp=80:80 --node-port=30080\nx\t10.96.0.10', hint: {level: 0, solutionRevealed: true}};
		expect(checklistLines(state([task]), 40)).toEqual(['✗ to do  T', '    solution:', '      kubectl create service nodeport', '        web --tcp=80:80', '        --node-port=30080', '      x       10.96.0.10']);
	});
});

describe('expandTabs', () => {
	it('moves to the next multiple of 8 and loses no character', () => {
		expect(expandTabs('NAME\t10.96.0.10')).toBe('NAME    10.96.0.10');
		expect(expandTabs('12345678\tx')).toBe('12345678        x');
		expect(expandTabs('\t\ta')).toBe(`${' '.repeat(16)}a`);
	});
});

describe('a lesson opened again', () => {
	const tasks = [{id: 'make-svc', title: 'Create Service web', setup: '', checks: [{service: {name: 'web'}}], hints: ['one', 'two', 'three'], solution: 'x'}];

	it('starts as progress left it: tasks passed stay done, hints and solution shown stay shown', () => {
		const opened = tasksFor(lesson('svc', 1, {tasks}), {tasks: {'make-svc': {passed: true, assisted: true, at: 't'}}, help: {'make-svc': {hints: 2, solution: 't'}}});
		expect(opened?.tasks[0]).toMatchObject({done: {assisted: true}, passed: false, hint: {level: 2, solutionRevealed: true}});
	});

	it('never takes help back when progress arrives later with less', () => {
		const shown = [{id: 'a', title: 'T', passed: false, ...base, hint: {level: 3, solutionRevealed: true}}];
		expect(withRecord(shown, {tasks: {}, help: {a: {hints: 1}}})[0].hint).toEqual({level: 3, solutionRevealed: true});
	});
});

describe('the task panel', () => {
	const long: TaskView[] = [{id: 'a', title: 'Make web reachable', passed: false, ...base, hints: ['one', 'two', 'three'], hint: {level: 3, solutionRevealed: true}, solution: Array.from({length: 12}, (_, i) => `line ${i + 1}`).join('\n')}];

	it('heads with what is done and the keys', () => {
		expect(panelHead(state(long), 'c check · h hint · r solution')).toBe('Tasks: 0 of 1 done · c check · h hint · r solution');
		expect(panelHead(state([{...long[0], done: {assisted: false}}]), 'c check')).toBe('Tasks: 1 of 1 done — all done');
		expect(panelHead(state(long, {started: false}), 'c check')).toBe('Tasks: 0 of 1 done (setting up…) · c check');
	});

	it('scrolls what does not fit behind a marker that says where it is, at 80x24', () => {
		const panel = taskPanel(state(long), {columns: 80, rows: 24}, 'c check');
		expect(panel.height).toBe(10);
		expect(panel.lines).toEqual(['✗ to do  Make web reachable', '    hint 1: one', '    hint 2: two', '    hint 3: three', '    solution:', '      line 1', '      line 2', '      line 3']);
		expect(panel.marker).toBe('▼ lines 1–8 of 17 · [ ] scroll');
		const end = taskPanel(state(long, {scroll: 99}), {columns: 80, rows: 24}, 'c check');
		expect(end.scroll).toBe(9);
		expect(end.lines.at(-1)).toBe('      line 12');
		expect(end.marker).toBe('▲ lines 10–17 of 17 · [ ] scroll');
	});

	it('finds where the newest hint and the solution start, for the panel to scroll there', () => {
		expect(helpLine(state(long), 80, 'hint')).toBe(3);
		expect(helpLine(state(long), 80, 'solution')).toBe(4);
	});
});
