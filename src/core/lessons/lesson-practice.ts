/**
 * A lesson's tasks as a practice session (docs/architecture.md, "Practice sessions"): the same
 * `check`, `hint`, `solution` and `task K` as exams and drills, plus the lesson's own rule that
 * applying a try-it manifest the lesson marks as completing a task makes that task assisted.
 */
import type {Lesson} from '../content/lesson.js';
import {sameManifest, tryItManifests, type TryItManifest} from '../content/lesson-manifest.js';
import {runPracticeScript, type PracticeScriptResult} from '../practice/practice-script.js';
import {checkAll, markAssisted, startPractice, type PracticeState} from '../practice/practice-session.js';
import {parseTasks} from './parse-tasks.js';
import {startTasksSandbox, type TaskSandbox, type TaskSandboxOptions} from './task-sandbox.js';

export function startLessonPractice(lesson: Pick<Lesson, 'tasks'>): PracticeState {
	return startPractice(parseTasks(lesson.tasks).tasks);
}

/** After a command ran: the tasks a completing manifest it applied (as its stdin) counts as assisted. */
export function noteCompletingManifest(state: PracticeState, manifests: readonly TryItManifest[], stdin: string | undefined): PracticeState {
	if (stdin === undefined) return state;
	let next = state;
	for (const manifest of manifests) {
		if (manifest.completes.length === 0 || !sameManifest(manifest.yaml, stdin)) continue;
		for (const id of manifest.completes) {
			const index = next.tasks.findIndex(task => task.id === id);
			if (index >= 0) next = markAssisted(next, index);
		}
	}
	return next;
}

export interface LessonScriptResult extends PracticeScriptResult {
	/** What the tasks' setups printed; non-zero when the lesson's starting state is broken. */
	setup: TaskSandbox['setup'];
}

/**
 * Runs a learner's script in a fresh sandbox in the lesson's starting state, then checks every task
 * as the cluster is at the end (the grade table shows those results).
 */
export function runLessonScript(lesson: Pick<Lesson, 'id' | 'tasks' | 'body'>, text: string, options: TaskSandboxOptions & {write?: (part: string) => void}): LessonScriptResult {
	const start = startLessonPractice(lesson);
	const sandbox = startTasksSandbox(start.tasks, {...options, source: `lesson "${lesson.id}"`});
	const manifests = tryItManifests(lesson.body);
	const ran = runPracticeScript(sandbox.shell, start, text, options.write ? {write: options.write} : {}, (state, command) => noteCompletingManifest(state, manifests, command.stdin));
	return {transcript: ran.transcript, state: checkAll(ran.state, sandbox.cluster), setup: sandbox.setup};
}
