/**
 * `validate`'s dev check of a lesson's tasks (docs/content.md, "Checking a pack"), as rustlings'
 * `dev check` runs every exercise: in a fresh sandbox in the lesson's starting state, each task's
 * checks must fail, and must pass once its solution ran; every try-it manifest must apply and
 * must not complete a task the lesson does not mark (```` ```yaml completes=TASK-ID ````).
 * Problems point at the task's field or the manifest's fence, as `file:line:col`.
 */
import type {ContentProblem} from '../content/content-problem.js';
import type {ContentFile, Lesson} from '../content/lesson.js';
import {tryItManifests, type TryItManifest} from '../content/lesson-manifest.js';
import {frontMatterPosition} from '../content/load-content.js';
import {checkTask} from './check-task.js';
import {parseTasks} from './parse-tasks.js';
import {runCommands, startTasksSandbox, type TaskSandbox} from './task-sandbox.js';
import type {Task, TaskResult} from './task.js';

export function lessonDevProblems(file: ContentFile, lesson: Lesson): ContentProblem[] {
	const tasks = parseTasks(lesson.tasks).tasks;
	if (tasks.length === 0) return [];
	const fresh = (): TaskSandbox => startTasksSandbox(tasks, {seed: 1, readFile: () => undefined, source: `lesson "${lesson.id}"`});
	const raw = Array.isArray(lesson.tasks) ? (lesson.tasks as unknown[]) : [];
	const at = (task: Task, field: string) => {
		const index = raw.findIndex(entry => (entry as {id?: unknown} | null)?.id === task.id);
		return {file: file.file, ...frontMatterPosition(file.text, ['tasks', index, field], true)};
	};
	const problems: ContentProblem[] = [];
	for (const task of tasks) {
		const sandbox = fresh();
		if (sandbox.setup.exitCode !== 0) continue;
		if (checkTask(sandbox.cluster, task).passed) problems.push({...at(task, 'setup'), message: `task "${task.id}": its checks already pass in the starting state, before the learner does anything`});
		const ran = runCommands(sandbox.shell, task.solution);
		const result = checkTask(sandbox.cluster, task);
		if (!result.passed) problems.push({...at(task, 'solution'), message: `task "${task.id}": its solution does not pass: ${failing(result)}${ran.exitCode !== 0 ? ` (a solution command failed: ${firstError(ran.output)})` : ''}`});
	}
	problems.push(...manifestProblems(file, lesson, tasks, fresh));
	return problems;
}

function manifestProblems(file: ContentFile, lesson: Lesson, tasks: readonly Task[], fresh: () => TaskSandbox): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const sandbox = fresh();
	const passedBefore = new Set(tasks.filter(task => checkTask(sandbox.cluster, task).passed).map(task => task.id));
	for (const manifest of tryItManifests(lesson.body)) {
		const where = {file: file.file, line: lesson.bodyLine + manifest.bodyLine - 1, col: 1};
		for (const id of manifest.completes) {
			if (!tasks.some(task => task.id === id)) problems.push({...where, message: `try-it manifest [${manifest.number}]: completes=${id} names no task of this lesson`});
		}
		const applied = runCommands(sandbox.shell, applyCommand(manifest));
		if (applied.exitCode !== 0) {
			problems.push({...where, message: `try-it manifest [${manifest.number}] does not apply in the lesson's sandbox: ${firstError(applied.output)}`});
			continue;
		}
		for (const task of tasks) {
			if (passedBefore.has(task.id) || manifest.completes.includes(task.id) || !checkTask(sandbox.cluster, task).passed) continue;
			passedBefore.add(task.id);
			problems.push({...where, message: `try-it manifest [${manifest.number}] completes task "${task.id}": give the example its own names, or mark the block \`\`\`yaml completes=${task.id} (applying it then counts as assisted)`});
		}
	}
	return problems;
}

const applyCommand = (manifest: TryItManifest): string => `kubectl apply -f - <<'KUBETUTOR_MANIFEST'\n${manifest.yaml}KUBETUTOR_MANIFEST\n`;

function failing(result: TaskResult): string {
	const check = result.checks.find(entry => !entry.passed);
	return check ? `${check.label}${check.why ? `: ${check.why}` : ''}` : 'no check ran';
}

/** What a failed command printed, on one line, without the transcript's `$ ` lines. */
function firstError(transcript: string): string {
	const printed = transcript.split('\n').filter(line => line.trim() && !line.startsWith('$ ')).map(line => line.trim());
	return printed.length > 0 ? printed.join(' ') : 'it exited non-zero';
}
