import {describe, expect, it} from 'vitest';
import {loadAllContent} from '../../../src/adapters/content-files.js';
import {drawExam} from '../../../src/core/exam/draw-exam.js';
import {examResults} from '../../../src/core/exam/exam-results.js';
import {runExamScript, solutionScript} from '../../../src/core/exam/exam-script.js';
import {runScript} from '../../../src/core/cluster/shell/batch.js';

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
		// kubectl's own help, word for word as the sandbox prints it outside an exam.
		expect(result.output).toContain(runScript('kubectl expose --help | head -1\n', noFiles).transcript);
		expect(result.output).toMatch(/\$ k get ns default\nNAME +STATUS +AGE\ndefault +Active/);
	});
});
