import {learnerFiles} from '../adapters/learner-files.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {TaskCheckReport} from '../core/app/actions.js';
import {outputText} from '../core/cluster/command-result.js';
import {createCluster} from '../core/cluster/create-cluster.js';
import {createShell, type Shell} from '../core/cluster/shell/shell.js';
import type {Lesson} from '../core/content/lesson.js';
import {tryItManifests, type TryItManifest} from '../core/content/lesson-manifest.js';
import {checkTask} from '../core/lessons/check-task.js';
import {noteCompletingManifest, startLessonPractice} from '../core/lessons/lesson-practice.js';
import {parseTasks} from '../core/lessons/parse-tasks.js';
import {startTasksSandbox} from '../core/lessons/task-sandbox.js';
import type {Task} from '../core/lessons/task.js';
import {parseTutorCommand, runTutorCommand, type PracticeState} from '../core/practice/practice-session.js';
import type {LessonSandbox} from '../core/progress/progress-schema.js';
import type {SandboxSession} from './app-services.js';

export interface SandboxSessionOptions {
	seed?: number;
	cloud?: 'kind' | 'none';
	/** Worker nodes (1 to 100, `--workers N`). */
	workers?: number;
	/** Where relative paths typed by the learner (`kubectl apply -f web.yaml`) start. */
	cwd?: string;
	/** Wall-clock milliseconds; the simulated clock follows it between commands (tests pin it). */
	now?: () => number;
}

/**
 * At most this much wall-clock time is simulated between two commands: enough for AGE columns
 * and LoadBalancer addresses to move on their own, without simulating a whole lunch break.
 */
const MAX_IDLE_MS = 10 * 60_000;


function report(shell: Shell, task: Task, practice: PracticeState | undefined, index: number): TaskCheckReport {
	const result = checkTask(shell.cluster, task);
	const failing = result.checks.find(check => !check.passed);
	const hint = practice?.hints[index];
	return {id: task.id, passed: result.passed, ...(failing ? {why: failing.why ?? `not yet: ${failing.label}`} : {}), ...(hint ? {hint} : {})};
}

/**
 * A lesson's own cluster and the shell on it, with the wall-clock time of its last step, and the
 * practice session that answers `check`, `hint`, `solution`… typed at its prompt.
 */
interface LessonCluster {
	shell: Shell;
	tasks: Task[];
	lastRun: number;
	practice?: PracticeState;
	manifests: TryItManifest[];
}

/**
 * The app's sandboxes: one per lesson with tasks, kept across screens and lessons (docs/architecture.md,
 * "One sandbox per lesson"), and a free one for the sandbox opened before any lesson. A lesson's
 * cluster starts in its tasks' starting state, so tasks never pass or fail because of what another
 * lesson left behind; after a restart it is rebuilt from the steps kept in progress.
 */
export async function createSandboxSession(options: SandboxSessionOptions): Promise<SandboxSession> {
	const files = {...learnerFiles(options.cwd ?? process.cwd()), budget: timeBudget()};
	const now = options.now ?? Date.now;
	const free: LessonCluster = {shell: createShell({cluster: createCluster({seed: options.seed, cloud: options.cloud, workers: options.workers}), ...files, interactive: true}), tasks: [], lastRun: now(), manifests: []};
	const lessons = new Map<string, LessonCluster>();
	let current: {lesson?: string; cluster: LessonCluster} = {cluster: free};
	// Interactive time passes as it does on a real cluster; batch mode keeps a purely simulated clock.
	// The simulated time that passed is returned, so the lesson's history can replay it exactly.
	const catchUp = (cluster: LessonCluster): {text: string; waited: number} => {
		const elapsed = Math.min(now() - cluster.lastRun, MAX_IDLE_MS);
		cluster.lastRun = now();
		if (elapsed < 1000) return {text: '', waited: 0};
		const waited = Math.floor(elapsed / 1000) * 1000;
		return {text: outputText(cluster.shell.passTime(waited)), waited};
	};
	// The shell hands stdin to the stage that reads a here-document; the app collected the body
	// itself (pasted YAML, a lesson manifest), so the line says where it goes.
	const runOn = (shell: Shell, command: string, stdin?: string) => (stdin === undefined || command.includes('<<') ? shell.run(command, stdin) : shell.run(`${command} <<EOF`, stdin));
	const fresh = (lesson: Lesson): {cluster: LessonCluster; setup: string} => {
		const practice = startLessonPractice(lesson);
		// Setup stays out of the learner's history and reads no file: a pack never sees the learner's files.
		const sandbox = startTasksSandbox(practice.tasks, {seed: options.seed, cloud: options.cloud, workers: options.workers, ...files, source: `lesson "${lesson.id}"`, interactive: true});
		return {cluster: {shell: sandbox.shell, tasks: [...practice.tasks], lastRun: now(), practice, manifests: tryItManifests(lesson.body)}, setup: sandbox.setup.output};
	};
	const setupNote = (lesson: Lesson, output: string, what: string): string => {
		const setup = parseTasks(lesson.tasks).tasks.some(task => task.setup.trim());
		const note = `# ${what} for "${lesson.title}"${setup ? ', in its starting state:' : '.'}`;
		return [note, ...output.trimEnd().split('\n').filter(Boolean).map(line => `#   ${line}`)].join('\n') + '\n';
	};
	return {
		prompt: () => current.cluster.shell.prompt(),
		seed: options.seed,
		async run(command, stdin) {
			const cluster = current.cluster;
			const waited = catchUp(cluster);
			const lesson = current.lesson === undefined ? {} : {lesson: current.lesson, waited: waited.waited};
			// The tutor's commands typed at the prompt (docs/architecture.md, "Practice sessions"): they
			// change no object, so only the time that passed is kept in the lesson's history.
			const tutor = cluster.practice && stdin === undefined ? parseTutorCommand(command) : undefined;
			if (cluster.practice && tutor) {
				const reply = runTutorCommand(cluster.practice, cluster.shell.cluster, tutor);
				cluster.practice = reply.state;
				return {output: waited.text + reply.output, exitCode: reply.exitCode, ...lesson, tutor: true};
			}
			const result = runOn(cluster.shell, command, stdin);
			if (cluster.practice) cluster.practice = noteCompletingManifest(cluster.practice, cluster.manifests, stdin);
			const running = cluster.shell.foreground();
			const editing = cluster.shell.editing();
			const editor = editing ? {editor: {title: editing.title, text: editing.file}} : {};
			return {output: waited.text + outputText(result), exitCode: result.exitCode, ...(result.clear ? {clear: true} : {}), ...(result.leave ? {leave: true} : {}), ...(running ? {running} : {}), ...editor, ...lesson};
		},
		async edit(text) {
			const {shell} = current.cluster;
			const result = shell.finishEdit(text);
			current.cluster.lastRun = now();
			const title = shell.editing()?.title ?? '';
			return {output: outputText(result), exitCode: result.exitCode, ...(result.reopen !== undefined ? {editor: {title, text: result.reopen}} : {})};
		},
		async job(signal) {
			// the job lives on the simulated clock, which follows the wall clock while it runs
			const cluster = current.cluster;
			const elapsed = Math.min(now() - cluster.lastRun, MAX_IDLE_MS);
			const step = signal === 'interrupt' ? cluster.shell.interrupt() : cluster.shell.advanceForeground(elapsed);
			if (signal === 'tick') cluster.lastRun = now();
			const running = cluster.shell.foreground();
			return {output: step.output.map(chunk => chunk.text).join(''), exitCode: step.exitCode ?? 0, ...(running ? {running} : {})};
		},
		async complete(input) {
			const completion = current.cluster.shell.complete(input);
			return {input: completion.replacement, candidates: completion.candidates};
		},
		async setUpTasks(lesson: Lesson, kept?: LessonSandbox) {
			const known = lessons.get(lesson.id);
			if (known) {
				current = {lesson: lesson.id, cluster: known};
				const waited = catchUp(known);
				return {transcript: `# Back in the cluster of "${lesson.title}", as you left it.\n${waited.text}`, waited: waited.waited};
			}
			const made = fresh(lesson);
			lessons.set(lesson.id, made.cluster);
			current = {lesson: lesson.id, cluster: made.cluster};
			const steps = kept?.steps ?? [];
			if (steps.length === 0) return {transcript: setupNote(lesson, made.setup, 'A fresh cluster'), waited: 0};
			// The simulator is deterministic given its seed: the same steps give the same cluster.
			for (const step of steps) {
				if (step.wait) made.cluster.shell.passTime(step.wait);
				if (step.run !== undefined) runOn(made.cluster.shell, step.run, step.stdin);
				// A command that stayed in the foreground (sleep, rollout status) runs to its end as it did;
				// one that never ends by itself (port-forward) was stopped with Ctrl+C, after at most a minute.
				for (let second = 0; made.cluster.shell.foreground() && second < 60; second++) made.cluster.shell.advanceForeground(1000);
				if (made.cluster.shell.foreground()) made.cluster.shell.interrupt();
				if (step.run !== undefined && made.cluster.practice) made.cluster.practice = noteCompletingManifest(made.cluster.practice, made.cluster.manifests, step.stdin);
			}
			const commands = steps.filter(step => step.run !== undefined).length;
			return {transcript: `# The cluster of "${lesson.title}" as you left it (${commands} command${commands === 1 ? '' : 's'} replayed; R in the lesson resets it).\n`, waited: 0};
		},
		async resetTasks(lesson: Lesson) {
			const made = fresh(lesson);
			lessons.set(lesson.id, made.cluster);
			current = {lesson: lesson.id, cluster: made.cluster};
			return setupNote(lesson, made.setup, 'The cluster was reset');
		},
		async checkNow(lesson: Lesson) {
			const cluster = lessons.get(lesson.id);
			if (!cluster) return {tasks: [], waited: 0};
			const waited = catchUp(cluster);
			return {tasks: cluster.tasks.map((task, index) => report(cluster.shell, task, cluster.practice, index)), waited: waited.waited};
		},
		checkTasks(lesson: Lesson) {
			const cluster = lessons.get(lesson.id);
			return cluster ? cluster.tasks.map((task, index) => report(cluster.shell, task, cluster.practice, index)) : [];
		},
		practice: () => current.cluster.practice,
	};
}
