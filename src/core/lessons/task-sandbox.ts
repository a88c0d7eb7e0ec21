/**
 * A task's own sandbox: a fresh cluster brought to the task's starting state by its `setup`
 * commands, and a shell for the learner on it. Setup runs in a throwaway shell so its commands
 * stay out of the learner's history.
 */
import type {Cluster, ClusterOptions} from '../cluster/cluster.js';
import {createCluster} from '../cluster/create-cluster.js';
import {createShell, type Shell} from '../cluster/shell/shell.js';
import {runScriptIn} from '../cluster/shell/batch.js';
import type {Task} from './task.js';

export interface TaskSandboxOptions extends ClusterOptions {
	/** The learner's files, for the commands they type; a setup comes from content and never sees them. */
	readFile: (path: string) => string | undefined;
	listDir?: (path: string) => string[] | undefined;
}

export interface TaskSandbox {
	cluster: Cluster;
	shell: Shell;
	/** What the setup printed; a non-zero exit means the task's starting state is broken. */
	setup: {output: string; exitCode: number};
}

export function startTaskSandbox(task: Pick<Task, 'setup'>, options: TaskSandboxOptions): TaskSandbox {
	const cluster = createCluster({seed: options.seed, cloud: options.cloud});
	const setup = runCommands(createShell({cluster, readFile: () => undefined, listDir: () => undefined}), task.setup);
	return {cluster, shell: createShell({cluster, readFile: options.readFile, ...(options.listDir ? {listDir: options.listDir} : {})}), setup};
}

/**
 * Runs a block of commands (here-documents included) as batch mode would; the exit code is 1 when
 * any command failed, as in batch mode.
 */
export function runCommands(shell: Shell, text: string): {output: string; exitCode: number} {
	const {transcript, exitCode} = runScriptIn(shell, text);
	return {output: transcript, exitCode};
}
