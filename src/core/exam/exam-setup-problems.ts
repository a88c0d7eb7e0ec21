/**
 * `validate`'s checks of an exam bank file that need the simulator: each task's setup runs in a
 * scratch cluster with the content reader and must read no file and succeed, and the task must not
 * pass before the learner has done anything (docs/content.md, "Exams").
 */
import {createCluster} from '../cluster/create-cluster.js';
import type {ContentFile} from '../content/lesson.js';
import type {ContentProblem} from '../content/content-problem.js';
import {parseContentYaml} from '../content/content-yaml.js';
import {positionOf} from '../content/yaml-position.js';
import {checkTask} from '../lessons/check-task.js';
import {runContentSetup} from '../lessons/task-sandbox.js';
import type {ExamTask} from './exam-task.js';

export function examSetupProblems(file: ContentFile, tasks: readonly ExamTask[]): ContentProblem[] {
	const {doc, counter, value} = parseContentYaml(file.text);
	const lines = file.text.split('\n');
	const raw = (value as {tasks?: Array<{id?: unknown}>} | undefined)?.tasks ?? [];
	// One cluster for the file's tasks, as an exam sets its tasks up in one: quicker, and a task that
	// disturbs another shows here too.
	const cluster = createCluster({seed: 1});
	const ran = tasks.map(task => ({task, ...runContentSetup(cluster, task.setup, `exam task "${task.id}"`)}));
	return ran.flatMap(({task, refused: attempts, exitCode, output}) => {
		const index = raw.findIndex(entry => entry?.id === task.id);
		const setupAt = positionOf(doc, counter, ['tasks', index, 'setup']);
		// A block scalar's lines start on the line after its `|`, at their own indentation.
		const block = /^[|>]/.test(lines[setupAt.line - 1]?.slice(setupAt.col - 1) ?? '');
		const at = (line: number) => (block ? {file: file.file, line: setupAt.line + line, col: (/^\s*/.exec(lines[setupAt.line + line - 1] ?? '')?.[0].length ?? 0) + 1} : {file: file.file, ...setupAt});
		const refused = attempts.map(attempt => ({...at(Number(/\d+$/.exec(attempt.where ?? '')?.[0] ?? 1)), message: `task "${task.id}": setup reads the file "${attempt.path}"; content may not read files, only commands the learner types may`}));
		if (refused.length > 0) return refused;
		if (exitCode !== 0) return [{file: file.file, ...setupAt, message: `task "${task.id}": a setup command fails: ${firstFailure(output)}`}];
		if (checkTask(cluster, task).passed) return [{file: file.file, ...setupAt, message: `task "${task.id}": its checks pass right after setup; the task must start broken or missing`}];
		return [];
	});
}

/** The transcript's first error line, to name what failed. */
function firstFailure(transcript: string): string {
	return transcript.split('\n').find(line => /^(error|Error)/.test(line)) ?? 'see the setup';
}
