/**
 * The sandbox shell: runs what the learner types at the current vantage point (laptop, node,
 * pod), with pipes, redirections and here-documents, and keeps history and the last trace. It is
 * the one command runner: after every command the controllers settle (docs/architecture.md, "How
 * a command becomes cluster state"). Nothing escapes: an unexpected error becomes one
 * `kubetutor: internal error …` line, a failing controller one `kubetutor: controller …` line.
 */
import {type Budget, BudgetExceeded, type BudgetFactory, budgetMessage, UNLIMITED} from '../budget.js';
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import {advanceTime, settle} from '../controllers/settle.js';
import {runKubectl} from '../kubectl/kubectl.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {TraceHop} from '../network/trace.js';
import {LAPTOP, type Vantage} from '../vantage.js';
import {completeLine, type Completion} from './complete.js';
import {NETWORK_TOOLS, type NetworkTool} from './network-tools.js';
import {internalError, runCommandLine, type RunContext} from './interpreter.js';
import {INTERRUPTED_STATUS} from './job.js';
import {drainBackground, newJobTable, reportEnded} from './job-control.js';
import {promptFor} from './prompt.js';
import {splitScript} from './split-script.js';
import type {Session} from './session.js';

export interface ShellOptions {
	cluster: Cluster;
	/** Reads a learner's file (relative to where kubetutor started); undefined when missing. */
	readFile: (path: string) => string | undefined;
	/** Names in a directory, or undefined when `path` is not one (`kubectl apply -f DIR`). */
	listDir?: (path: string) => string[] | undefined;
	/** Writes `save DIR`'s files; without it `save` says the sandbox cannot write files. */
	writeFiles?: (dir: string, files: Readonly<Record<string, string>>) => string | undefined;
	/**
	 * Makes a fresh time budget for each command (docs/simulation.md, "Time budget"); without it
	 * commands are unbounded (the core never reads the clock, so the edge supplies one).
	 */
	budget?: BudgetFactory;
	/** Replaces the network tools (tests). */
	tools?: Readonly<Record<string, NetworkTool>>;
	/**
	 * The interactive sandbox: a command that keeps running (port-forward, `logs -f`, `sleep`) stays
	 * in the foreground, following the wall clock through `advanceForeground`, until it ends or
	 * `interrupt` (Ctrl+C) stops it. Batch mode runs such a command to its end at once (shell/job-control.ts).
	 */
	interactive?: boolean;
}

/** What a foreground job printed while time passed; `exitCode` once it is over. */
export interface ForegroundStep {
	output: OutputChunk[];
	exitCode?: number;
}

export interface Shell {
	readonly cluster: Cluster;
	readonly vantage: Vantage;
	readonly history: readonly string[];
	/**
	 * Runs one command line (or several lines, here-documents included). `stdin` is the body of the
	 * line's here-document, or — when the line has none — what the first command reads (pasted YAML).
	 */
	run(line: string, stdin?: string): ShellResult;
	/** `you@laptop:~$ `, `root@kind-worker:/# `, `root@web-7d4b9c7f8-x2k4p:/# `. */
	prompt(): string;
	complete(line: string): Completion;
	/** Simulated time passes between commands (the interactive sandbox follows the wall clock). */
	passTime(ms: number): ShellResult;
	/** The command running in the foreground (interactive only), as `jobs` would name it. */
	foreground(): string | undefined;
	/** Simulated time passes with the foreground job running. */
	advanceForeground(ms: number): ForegroundStep;
	/** Ctrl+C: the foreground job stops; `$?` is 130. */
	interrupt(): ForegroundStep;
	/** The file `kubectl edit` waits on the interactive sandbox's editor for. */
	editing(): {title: string; file: string} | undefined;
	/** The editor closed with `text`: kubectl's result, or the file reopened with its errors. */
	finishEdit(text: string): ShellResult & {reopen?: string};
}

export function createShell(options: ShellOptions): Shell {
	return new SandboxShell(options);
}

class SandboxShell implements Shell {
	readonly cluster: Cluster;
	readonly history: string[] = [];
	private readonly session: Session;
	/** `$?`, the variables and where commands run. */
	private readonly context: RunContext;
	private readonly newBudget: BudgetFactory;

	constructor(options: ShellOptions) {
		this.cluster = options.cluster;
		this.newBudget = options.budget ?? (() => UNLIMITED);
		const files = new Map<string, string>();
		this.session = {
			cluster: options.cluster,
			vantage: LAPTOP,
			entered: undefined,
			files,
			readFile: path => files.get(path) ?? options.readFile(path),
			listDir: options.listDir,
			writeFiles: options.writeFiles,
			tools: options.tools ?? NETWORK_TOOLS,
			history: this.history,
			lastTrace: undefined,
			budget: UNLIMITED,
			kubeconfig: {namespace: 'default'},
			variables: new Map(),
			kubectl: (env, argv) => runKubectl(env, argv),
			interactive: options.interactive ?? false,
			jobs: newJobTable(),
			foreground: undefined,
			editing: undefined,
			startShell: (vantage, variables) => {
				const context: RunContext = {session: this.session, vantage: () => vantage, status: 0, variables, moves: false};
				return (line, stdin) => runCommandLine(context, line, stdin);
			},
		};
		this.context = {session: this.session, vantage: () => this.session.vantage, status: 0, variables: this.session.variables, moves: true};
	}

	get vantage(): Vantage {
		return this.session.vantage;
	}

	prompt(): string {
		return promptFor(this.session.vantage);
	}

	complete(line: string): Completion {
		try {
			return completeLine(this.session, line);
		} catch {
			return {replacement: line, candidates: []};
		}
	}

	passTime(ms: number): ShellResult {
		try {
			advanceTime(this.cluster, ms, this.newBudget());
			const {during, after} = drainBackground(this.session.jobs, this.cluster.clock.now());
			return {output: [...during, ...after, ...reportEnded(this.session.jobs)], exitCode: 0};
		} catch (error) {
			if (error instanceof BudgetExceeded) return {output: [{stream: 'stderr', text: budgetMessage('the cluster catching up with the clock', error)}], exitCode: 1};
			return internalError('sandbox', error);
		}
	}

	editing(): {title: string; file: string} | undefined {
		const session = this.session.editing;
		return session ? {title: session.title, file: session.file} : undefined;
	}

	finishEdit(text: string): ShellResult & {reopen?: string} {
		const session = this.session.editing;
		if (!session) return {output: [], exitCode: this.context.status};
		try {
			this.session.budget = this.newBudget();
			const outcome = session.submit(text);
			if ('reopen' in outcome) return {output: [], exitCode: 0, reopen: outcome.reopen};
			this.session.editing = undefined;
			const failed = settleQuietly(this.cluster, this.session.budget);
			const result = {...outcome.done, output: [...outcome.done.output, ...failed]};
			this.context.status = result.exitCode;
			return result;
		} catch (error) {
			this.session.editing = undefined;
			return commandFailed('kubectl edit', error);
		}
	}

	foreground(): string | undefined {
		return this.session.foreground?.job.command;
	}

	advanceForeground(ms: number): ForegroundStep {
		const running = this.session.foreground;
		if (!running) return {output: [], exitCode: this.context.status};
		const {job} = running;
		const left = job.endsAfterMs === undefined ? ms : Math.min(ms, job.endsAfterMs - (this.cluster.clock.now() - running.startedAtMs));
		const passed = this.passTime(Math.max(0, left));
		const step = job.drain();
		const timeUp = job.endsAfterMs !== undefined && this.cluster.clock.now() - running.startedAtMs >= job.endsAfterMs;
		const output = [...passed.output, ...step.output];
		if (step.exitCode === undefined && !timeUp) return {output};
		return this.endForeground(output, step.exitCode ?? 0);
	}

	interrupt(): ForegroundStep {
		const running = this.session.foreground;
		if (!running) return {output: [], exitCode: this.context.status};
		const step = running.job.drain();
		running.job.stop();
		return this.endForeground(step.output, INTERRUPTED_STATUS);
	}

	private endForeground(output: OutputChunk[], exitCode: number): ForegroundStep {
		this.session.foreground = undefined;
		this.context.status = exitCode;
		return {output: [...output, ...reportEnded(this.session.jobs)], exitCode};
	}

	run(line: string, stdin?: string): ShellResult {
		try {
			if (stdin === undefined && line.includes('\n')) return this.runScriptText(line);
			if (line.trim()) this.history.push(line.trim());
			this.session.budget = this.newBudget();
			const result = this.afterCommand(this.execute(line, stdin));
			this.context.status = result.exitCode;
			return result;
		} catch (error) {
			const result = commandFailed(line, error);
			this.context.status = result.exitCode;
			return result;
		}
	}

	private runScriptText(text: string): ShellResult {
		const chunks: OutputChunk[] = [];
		let last: ShellResult = {output: [], exitCode: 0};
		for (const command of splitScript(text)) {
			this.history.push(command.line.trim());
			if (command.warning) chunks.push({stream: 'stderr', text: command.warning});
			try {
				this.session.budget = this.newBudget();
				last = this.afterCommand(this.execute(command.line, command.stdin));
			} catch (error) {
				last = commandFailed(command.line, error);
			}
			this.context.status = last.exitCode;
			chunks.push(...last.output);
		}
		return {...last, output: chunks};
	}

	private execute(line: string, heredoc: string | undefined): ShellResult {
		return runCommandLine(this.context, line, heredoc);
	}

	/**
	 * A job the line left in the foreground is held until it ends (its first lines shown now); what
	 * background jobs printed meanwhile, and the ones that ended, come before the next prompt.
	 */
	private afterCommand(result: ShellResult): ShellResult {
		const {job, edit, ...rest} = result;
		if (edit) this.session.editing = edit;
		const {during, after} = drainBackground(this.session.jobs, this.cluster.clock.now());
		if (!job) return {...rest, output: [...during, ...rest.output, ...after, ...reportEnded(this.session.jobs)]};
		const first = job.drain();
		const output = [...during, ...rest.output, ...after, ...first.output];
		// a job that is over at its first look (a condition already met) never holds the terminal
		if (first.exitCode !== undefined) return {...rest, output: [...output, ...reportEnded(this.session.jobs)], exitCode: first.exitCode};
		this.session.foreground = {job, startedAtMs: this.cluster.clock.now()};
		return {...rest, output, job};
	}
}

function commandName(line: string): string {
	return line.trim().split(/\s+/)[0] || 'shell';
}

export {internalError};

export type {TraceHop};

/** The controllers take up what the edit stored; a failing controller is one line. */
function settleQuietly(cluster: Cluster, budget: Budget): OutputChunk[] {
	try {
		settle(cluster, budget);
		return [];
	} catch (error) {
		if (error instanceof BudgetExceeded) throw error;
		return internalError('kubectl edit', error).output;
	}
}

/** What a command that threw prints: the budget's one line, or the internal error's. */
function commandFailed(line: string, error: unknown): ShellResult {
	if (error instanceof BudgetExceeded) return {output: [...error.output, {stream: 'stderr', text: budgetMessage(line, error)}], exitCode: 1};
	return internalError(commandName(line), error);
}
