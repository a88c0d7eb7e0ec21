import {describe, expect, it} from 'vitest';
import {startTaskSandbox} from '../../../src/core/lessons/task-sandbox.js';
import {renderGradeTable, gradesOf, allPassed} from '../../../src/core/practice/grade-table.js';
import {runPracticeScript} from '../../../src/core/practice/practice-script.js';
import {parseTutorCommand, startPractice, type PracticeTask} from '../../../src/core/practice/practice-session.js';

const task: PracticeTask = {
	id: 'expose',
	title: 'Expose web',
	goal: 'A Service web in namespace default sends port 80 to the web pods',
	setup: 'kubectl create deployment web --image=nginx --replicas=2\n',
	checks: [
		{kind: 'service', name: 'web', namespace: 'default', port: {port: 80}},
		{kind: 'endpoints', service: 'web', namespace: 'default', min: 2},
	],
	hints: ['A Service finds pods by their labels.', 'kubectl expose makes a Service from a Deployment.', 'kubectl expose deployment web --port=…'],
	solution: 'kubectl expose deployment web --port=80\n',
};

function run(script: string, options = {}) {
	const sandbox = startTaskSandbox(task, {seed: 1, readFile: () => undefined});
	return runPracticeScript(sandbox.shell, startPractice([task], options), script);
}

describe('a practice script', () => {
	it('checks on demand and says what is still wrong', () => {
		const {transcript} = run('check\n');
		expect(transcript).toBe([
			'$ check',
			'Task 1: A Service web in namespace default sends port 80 to the web pods',
			'  ✗ Service web is port 80: There is no Service web in namespace default',
			'  ✗ Service web has at least 2 ready endpoints: There is no Service web in namespace default',
			'  not yet: 2 of 2 checks still fail',
			'',
		].join('\n'));
	});

	it('passes once the learner solves the task, and the grade is unassisted', () => {
		const {transcript, state} = run('kubectl expose deployment web --port=80\ncheck\n');
		expect(transcript).toContain('$ kubectl expose deployment web --port=80\nservice/web exposed\n$ check\nTask 1: A Service web in namespace default sends port 80 to the web pods\n  ✓ passes\n');
		expect(gradesOf(state)[0]).toMatchObject({passed: true, assisted: false});
		expect(allPassed(gradesOf(state))).toBe(true);
	});

	it('gives hints one at a time, then the solution, which makes the task assisted', () => {
		const {transcript, state} = run('hint\nhint\nhint\nhint\nsolution\nkubectl expose deployment web --port=80\ncheck\n');
		expect(transcript).toContain('$ hint\nHint 1 of 3: A Service finds pods by their labels.\n');
		expect(transcript).toContain('$ hint\nHint 3 of 3: kubectl expose deployment web --port=…\n$ hint\nNo more hints: type solution to see one way to do it (it counts as assisted)\n');
		expect(transcript).toContain('$ solution\nSolution for task 1 (this task now counts as assisted):\n  kubectl expose deployment web --port=80\n');
		expect(transcript).toContain('  ✓ passes (assisted: the solution was shown)\n');
		expect(renderGradeTable(gradesOf(state))).toBe([
			'TASK   RESULT     WEIGHT   GOAL',
			'1      assisted   1        A Service web in namespace default sends port 80 to the web pods',
			'Score: 1 of 1 (100%)',
			'',
		].join('\n'));
	});

	it('hides which check fails when the session keeps the fault secret', () => {
		expect(run('check\n', {hideWhy: true}).transcript).toBe('$ check\nTask 1: A Service web in namespace default sends port 80 to the web pods\n  ✗ not yet\n');
	});

	it('refuses hints and solutions in a no-help session', () => {
		expect(run('hint\nsolution\n', {noHelp: true}).transcript).toBe('$ hint\nhint: no hints in this mode\n$ solution\nsolution: no solutions before the end in this mode\n');
	});

	it('ends at submit and grades every task as the cluster is then', () => {
		const {transcript, state} = run('submit\nkubectl expose deployment web --port=80\n', {submittable: true});
		expect(transcript).toBe('$ submit\nSubmitted: 0 of 1 tasks pass\n');
		expect(state.submitted).toBe(true);
	});

	it('answers a mistyped tutor command instead of sending it to the shell', () => {
		expect(parseTutorCommand('task two')).toEqual({kind: 'usage', message: 'task: usage: task K (a task number; type tasks to list them)'});
		expect(run('task 3\n').transcript).toBe('$ task 3\ntask: no task 3: there is 1 task\n');
		expect(parseTutorCommand('kubectl get pods')).toBeUndefined();
	});
});
