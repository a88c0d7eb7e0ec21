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
import {startTasksSandbox} from '../core/lessons/task-sandbox.js';
import type {Task} from '../core/lessons/task.js';
import {parseTutorCommand, runTutorCommand, type PracticeState} from '../core/practice/practice-session.js';
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


function report(shell: Shell, task: Task, practice: PracticeState, index: number): TaskCheckReport {
	const result = checkTask(shell.cluster, task);
	const failing = result.checks.find(check => !check.passed);
	return {id: task.id, passed: result.passed, ...(failing ? {why: failing.why ?? `not yet: ${failing.label}`} : {}), hint: practice.hints[index]};
}

/** The lesson whose tasks the sandbox is in: the practice session that answers `check`, `hint`, `solution`… */
interface LessonTasks {
	lesson: string;
	practice: PracticeState;
	manifests: TryItManifest[];
}

/**
 * The app's one sandbox: a simulated cluster and the learner's shell on it, kept across screens.
 * Starting a lesson's tasks gives a fresh cluster in that lesson's starting state, so tasks never
 * pass or fail because of what an earlier lesson left behind.
 */
export async function createSandboxSession(options: SandboxSessionOptions): Promise<SandboxSession> {
	const files = {...learnerFiles(options.cwd ?? process.cwd()), budget: timeBudget()};
	const fresh = (): Shell => createShell({cluster: createCluster({seed: options.seed, cloud: options.cloud, workers: options.workers}), ...files, interactive: true});
	let shell = fresh();
	let tasks: LessonTasks | undefined;
	const now = options.now ?? Date.now;
	let lastRun = now();
	// Interactive time passes as it does on a real cluster; batch mode keeps a purely simulated clock.
	const catchUp = (): string => {
		const elapsed = Math.min(now() - lastRun, MAX_IDLE_MS);
		lastRun = now();
		return elapsed >= 1000 ? outputText(shell.passTime(Math.floor(elapsed / 1000) * 1000)) : '';
	};
	return {
		prompt: () => shell.prompt(),
		async run(command, stdin) {
			const waited = catchUp();
			// The tutor's commands typed at the prompt (docs/architecture.md, "Practice sessions").
			const tutor = tasks && stdin === undefined ? parseTutorCommand(command) : undefined;
			if (tasks && tutor) {
				const reply = runTutorCommand(tasks.practice, shell.cluster, tutor);
				tasks = {...tasks, practice: reply.state};
				return {output: waited + reply.output, exitCode: reply.exitCode};
			}
			// The shell hands stdin to the stage that reads a here-document; the app collected the
			// body itself (pasted YAML, a lesson manifest), so the line says where it goes.
			const result = stdin === undefined || command.includes('<<') ? shell.run(command, stdin) : shell.run(`${command} <<EOF`, stdin);
			if (tasks) tasks = {...tasks, practice: noteCompletingManifest(tasks.practice, tasks.manifests, stdin)};
			const running = shell.foreground();
			const editing = shell.editing();
			const editor = editing ? {editor: {title: editing.title, text: editing.file}} : {};
			return {output: waited + outputText(result), exitCode: result.exitCode, ...(result.clear ? {clear: true} : {}), ...(result.leave ? {leave: true} : {}), ...(running ? {running} : {}), ...editor};
		},
		async edit(text) {
			const result = shell.finishEdit(text);
			lastRun = now();
			const title = shell.editing()?.title ?? '';
			return {output: outputText(result), exitCode: result.exitCode, ...(result.reopen !== undefined ? {editor: {title, text: result.reopen}} : {})};
		},
		async job(signal) {
			// the job lives on the simulated clock, which follows the wall clock while it runs
			const elapsed = Math.min(now() - lastRun, MAX_IDLE_MS);
			const step = signal === 'interrupt' ? shell.interrupt() : shell.advanceForeground(elapsed);
			if (signal === 'tick') lastRun = now();
			const running = shell.foreground();
			return {output: step.output.map(chunk => chunk.text).join(''), exitCode: step.exitCode ?? 0, ...(running ? {running} : {})};
		},
		async complete(input) {
			const completion = shell.complete(input);
			return {input: completion.replacement, candidates: completion.candidates};
		},
		async setUpTasks(lesson: Lesson) {
			const practice = startLessonPractice(lesson);
			const parsed = practice.tasks;
			tasks = {lesson: lesson.id, practice, manifests: tryItManifests(lesson.body)};
			const setup = parsed.some(task => task.setup.trim());
			// A fresh cluster in the tasks' starting state; setup stays out of the learner's history and
			// reads no file: a pack never sees the learner's files.
			const sandbox = startTasksSandbox(parsed, {seed: options.seed, cloud: options.cloud, workers: options.workers, ...files, source: `lesson "${lesson.id}"`, interactive: true});
			shell = sandbox.shell;
			const ran = sandbox.setup;
			const note = `# A fresh cluster for "${lesson.title}"${setup ? ', in its starting state:' : '.'}`;
			return [note, ...ran.output.trimEnd().split('\n').filter(Boolean).map(line => `#   ${line}`)].join('\n') + '\n';
		},
		checkTasks(lesson: Lesson) {
			if (tasks?.lesson !== lesson.id) return [];
			const {practice} = tasks;
			return practice.tasks.map((task, index) => report(shell, task, practice, index));
		},
		practice: () => tasks?.practice,
	};
}
