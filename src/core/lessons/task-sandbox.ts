/**
 * A task's own sandbox: a fresh cluster brought to the task's starting state by its `setup`
 * commands, and a shell for the learner on it. Setup runs in a throwaway shell so its commands
 * stay out of the learner's history.
 */
import type {BudgetFactory} from '../cluster/budget.js';
import type {Cluster, ClusterOptions} from '../cluster/cluster.js';
import {createCluster} from '../cluster/create-cluster.js';
import {createShell, type Shell} from '../cluster/shell/shell.js';
import {runScriptIn} from '../cluster/shell/batch.js';
import {contentReader} from '../cluster/shell/content-reader.js';
import type {Task} from './task.js';

export interface TaskSandboxOptions extends ClusterOptions {
	/** The learner's files, for the commands they type; a setup comes from content and never sees them. */
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
	/** A fresh time budget for each of the learner's commands (docs/simulation.md, "Time budget"). */
	budget?: BudgetFactory;
	/** Names the content in refusals: `lesson "exfil", task "steal"`. */
	source?: string;
	/** The learner's shell is the interactive sandbox's (jobs stay in the foreground, shell/shell.ts). */
	interactive?: boolean;
}

export interface TaskSandbox {
	cluster: Cluster;
	shell: Shell;
	/** What the setup printed; a non-zero exit means the task's starting state is broken. */
	setup: {output: string; exitCode: number};
}

export function startTaskSandbox(task: Pick<Task, 'setup'>, options: TaskSandboxOptions): TaskSandbox {
	return startTasksSandbox([task], options);
}

/**
 * One cluster for several tasks (a lesson's): each task's setup runs in turn, and a refusal names
 * the task (`lesson "exfil", task "steal"`) and the line of its own setup.
 */
export function startTasksSandbox(tasks: ReadonlyArray<Pick<Task, 'setup'> & {id?: string}>, options: TaskSandboxOptions): TaskSandbox {
	const cluster = createCluster({seed: options.seed, cloud: options.cloud, workers: options.workers});
	const setup = {output: '', exitCode: 0};
	for (const task of tasks.filter(entry => entry.setup.trim())) {
		const source = [options.source ?? 'a task setup', ...(task.id ? [`task "${task.id}"`] : [])].join(', ');
		const ran = runContentSetup(cluster, task.setup, source);
		setup.output += ran.output;
		setup.exitCode = Math.max(setup.exitCode, ran.exitCode);
	}
	return {cluster, shell: createShell({cluster, readFile: options.readFile, ...(options.listDir ? {listDir: options.listDir} : {}), ...(options.budget ? {budget: options.budget} : {}), ...(options.interactive ? {interactive: true} : {})}), setup};
}

/**
 * Runs a block of commands (here-documents included) as batch mode would; the exit code is 1 when
 * any command failed, as in batch mode.
 */
export function runCommands(shell: Shell, text: string): {output: string; exitCode: number} {
	const {transcript, exitCode} = runScriptIn(shell, text);
	return {output: transcript, exitCode};
}

/**
 * Runs content's setup commands on a cluster with the content reader (docs/content.md, "What
 * content may not do"): a command that names a file is refused with the content and the setup
 * line in its message, and `refused` lists what it tried to read.
 */
export function runContentSetup(cluster: Cluster, text: string, source: string): {output: string; exitCode: number; refused: ReadonlyArray<{path: string; where: string | undefined}>} {
	const reader = contentReader(source);
	const {transcript, exitCode} = runScriptIn(createShell({cluster, ...reader}), text, {before: command => reader.at(`setup line ${command.lineNumber}`)});
	return {output: transcript, exitCode, refused: reader.attempts};
}
