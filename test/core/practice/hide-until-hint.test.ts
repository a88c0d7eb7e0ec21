import {describe, expect, it} from 'vitest';
import {startTaskSandbox} from '../../../src/core/lessons/task-sandbox.js';
import {runPracticeScript} from '../../../src/core/practice/practice-script.js';
import {startPractice, type PracticeTask} from '../../../src/core/practice/practice-session.js';

const task: PracticeTask = {
	id: 'expose',
	title: 'Expose web',
	setup: 'kubectl create deployment web --image=nginx\n',
	checks: [{kind: 'endpoints', service: 'web', namespace: 'default', min: 1}],
	hints: ['A Service finds pods by their labels.', 'kubectl expose makes one.', 'kubectl expose deployment web --port=80'],
	solution: 'kubectl expose deployment web --port=80\n',
};

describe("a session that hides why until a hint (hideWhy: 'until-hint', drills)", () => {
	it('says only not yet, and what still fails once a hint was asked for', () => {
		const sandbox = startTaskSandbox(task, {seed: 1, readFile: () => undefined});
		const {transcript} = runPracticeScript(sandbox.shell, startPractice([task], {hideWhy: 'until-hint'}), 'check\nhint\ncheck\n');
		expect(transcript).toBe([
			'$ check',
			'Task 1: Expose web',
			'  ✗ not yet',
			'$ hint',
			'Hint 1 of 3: A Service finds pods by their labels.',
			'$ check',
			'Task 1: Expose web',
			'  ✗ Service web has at least 1 ready endpoint: There is no Service web in namespace default',
			'  not yet: 1 of 1 checks still fail',
			'',
		].join('\n'));
	});
});
