/**
 * What kubectl needs from its surroundings. The shell provides it; core code never touches the
 * file system itself (`readFile`/`listDir` are injected).
 */
import type {Cluster} from '../cluster.js';
import type {CommandResult, OutputChunk} from '../command-result.js';
import type {TraceHop} from '../network/trace.js';
import type {Job} from '../shell/job.js';
import type {EditSession} from './edit-session.js';
import type {Vantage} from '../vantage.js';

export type PodVantage = Extract<Vantage, {kind: 'pod'}>;

/** The shell should move to another vantage point (exec -it, run -it). */
export interface EnterRequest {
	vantage: PodVantage;
	/** `kubectl run --rm`: delete this pod when the learner exits its shell. */
	removeOnExit?: boolean;
}

/** A command's result plus what the shell needs to know afterwards. */
export interface ShellResult extends CommandResult {
	trace?: TraceHop[];
	enter?: EnterRequest;
	/** `clear` asked for a clean screen. */
	clear?: boolean;
	/** `exit` typed on the laptop: the front end may leave the sandbox. */
	leave?: boolean;
	/** The container runtime could not start the command (kubectl exec prints no exit-code line). */
	execFailed?: boolean;
	/** The command keeps running (port-forward, logs -f): the shell holds it as a job (shell/job.ts). */
	job?: Job;
	/** `kubectl edit` in the interactive sandbox: the editor opens this file (edit-session.ts). */
	edit?: EditSession;
}

export interface KubectlEnv {
	cluster: Cluster;
	readFile: (path: string) => string | undefined;
	/** File names in a directory, or undefined when `path` is not a directory. */
	listDir?: (path: string) => string[] | undefined;
	/** What was piped or here-doc'ed into kubectl (`-f -`). */
	stdin?: string;
	/** Runs one command inside a pod (`kubectl exec POD -- CMD`), as the pod's shell would. */
	runInPod: (vantage: PodVantage, argv: string[], stdin?: string) => ShellResult;
	/** The kubeconfig's context namespace (`kubectl config set-context --current --namespace=dev`); `namespaceSet` once the context names one, as kind's kubeconfig starts without. */
	kubeconfig?: {namespace: string; namespaceSet?: boolean};
}

/** Collects output in order, as a terminal shows it. */
export class Output {
	readonly chunks: OutputChunk[] = [];
	trace?: TraceHop[];
	enter?: EnterRequest;
	job?: Job;
	edit?: EditSession;

	out(text: string): this {
		if (text) this.chunks.push({stream: 'stdout', text});
		return this;
	}

	err(text: string): this {
		if (text) this.chunks.push({stream: 'stderr', text});
		return this;
	}

	append(result: CommandResult): this {
		this.chunks.push(...result.output);
		return this;
	}

	done(exitCode: number): ShellResult {
		const result: ShellResult = {output: this.chunks, exitCode};
		if (this.trace) result.trace = this.trace;
		if (this.enter) result.enter = this.enter;
		if (this.job) result.job = this.job;
		if (this.edit) result.edit = this.edit;
		return result;
	}
}
