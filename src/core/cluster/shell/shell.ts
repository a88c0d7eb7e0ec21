/**
 * The sandbox shell: runs what the learner types at the current vantage point (laptop, node,
 * pod), with pipes, redirections and here-documents, and keeps history and the last trace. It is
 * the one command runner: after every command the controllers settle (docs/architecture.md, "How
 * a command becomes cluster state"). Nothing escapes: an unexpected error becomes one
 * `kubetutor: internal error …` line, a failing controller one `kubetutor: controller …` line.
 */
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import {ControllerError} from '../controllers/controller-error.js';
import {advanceTime, settle} from '../controllers/settle.js';
import {runKubectl} from '../kubectl/kubectl.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {TraceHop} from '../network/trace.js';
import {LAPTOP, type Vantage} from '../vantage.js';
import {completeLine, type Completion} from './complete.js';
import {isFileRefused} from './file-refused.js';
import {NETWORK_TOOLS, type NetworkTool} from './network-tools.js';
import {parseLine, type Expansion, type Pipeline, type Stage} from './parse-line.js';
import {promptFor} from './prompt.js';
import {splitScript} from './split-script.js';
import {enterIfAsked, type Session} from './session.js';
import {runAtVantage} from './vantage-commands.js';

export interface ShellOptions {
	cluster: Cluster;
	/** Reads a learner's file (relative to where kubetutor started); undefined when missing. */
	readFile: (path: string) => string | undefined;
	/** Names in a directory, or undefined when `path` is not one (`kubectl apply -f DIR`). */
	listDir?: (path: string) => string[] | undefined;
	/** Writes `save DIR`'s files; without it `save` says the sandbox cannot write files. */
	writeFiles?: (dir: string, files: Readonly<Record<string, string>>) => string | undefined;
	/** Replaces the network tools (tests). */
	tools?: Readonly<Record<string, NetworkTool>>;
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
}

export function createShell(options: ShellOptions): Shell {
	return new SandboxShell(options);
}

class SandboxShell implements Shell {
	readonly cluster: Cluster;
	readonly history: string[] = [];
	private readonly session: Session;
	/** `$?` */
	private lastExitCode = 0;

	constructor(options: ShellOptions) {
		this.cluster = options.cluster;
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
			kubeconfig: {namespace: 'default'},
			variables: new Map(),
			kubectl: (env, argv) => runKubectl(env, argv),
		};
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
			advanceTime(this.cluster, ms);
			return {output: [], exitCode: 0};
		} catch (error) {
			return internalError('sandbox', error);
		}
	}

	run(line: string, stdin?: string): ShellResult {
		try {
			if (stdin === undefined && line.includes('\n')) return this.runScriptText(line);
			if (line.trim()) this.history.push(line.trim());
			const result = this.execute(line, stdin);
			this.lastExitCode = result.exitCode;
			return result;
		} catch (error) {
			return internalError(commandName(line), error);
		}
	}

	private runScriptText(text: string): ShellResult {
		const chunks: OutputChunk[] = [];
		let last: ShellResult = {output: [], exitCode: 0};
		for (const command of splitScript(text)) {
			this.history.push(command.line.trim());
			if (command.warning) chunks.push({stream: 'stderr', text: command.warning});
			try {
				last = this.execute(command.line, command.stdin);
			} catch (error) {
				last = internalError(commandName(command.line), error);
			}
			this.lastExitCode = last.exitCode;
			chunks.push(...last.output);
		}
		return {...last, output: chunks};
	}

	private execute(line: string, heredoc: string | undefined): ShellResult {
		// `$(…)` runs first; what it prints on stderr still reaches the terminal
		const substituted: OutputChunk[] = [];
		const expansion: Expansion = {
			variable: name => (name === '?' ? String(this.lastExitCode) : this.session.variables.get(name) ?? ''),
			command: text => {
				const inner = this.execute(text, undefined);
				substituted.push(...inner.output.filter(chunk => chunk.stream === 'stderr'));
				return inner.output.filter(chunk => chunk.stream === 'stdout').map(chunk => chunk.text).join('');
			},
		};
		const parsed = parseLine(line, expansion);
		const shellName = this.session.vantage.kind === 'pod' ? 'sh' : 'bash';
		if (!parsed.ok) return {output: [{stream: 'stderr', text: `${parsed.message.replace(/^bash:/, `${shellName}:`)}\n`}], exitCode: 2};
		let result: ShellResult = {output: [], exitCode: 0};
		const chunks: OutputChunk[] = [...substituted];
		// Text given without a here-document in the line (pasted YAML for `kubectl apply -f -`) is the first command's stdin.
		const first = parsed.pipelines[0]?.stages[0];
		if (first && !parsed.heredoc && heredoc !== undefined && first.input === undefined) first.heredoc = true;
		for (const pipeline of parsed.pipelines) {
			if (pipeline.after === '&&' && result.exitCode !== 0) continue;
			if (pipeline.after === '||' && result.exitCode === 0) continue;
			result = this.runPipeline(pipeline, heredoc);
			chunks.push(...result.output);
			if (result.trace) this.session.lastTrace = result.trace;
			enterIfAsked(this.session, result);
			if (result.enter || result.leave) break;
		}
		return {...result, output: chunks};
	}

	private runPipeline(pipeline: Pipeline, heredoc: string | undefined): ShellResult {
		const terminal: OutputChunk[] = [];
		let piped: string | undefined;
		let last: ShellResult = {output: [], exitCode: 0};
		pipeline.stages.forEach((stage, index) => {
			const stdin = stage.heredoc ? heredoc ?? '' : stage.input !== undefined ? this.session.readFile(stage.input) : piped;
			if (stage.input !== undefined && stdin === undefined) {
				last = {output: [{stream: 'stderr', text: `bash: ${stage.input}: No such file or directory\n`}], exitCode: 1};
				terminal.push(...last.output);
				piped = '';
				return;
			}
			last = runAtVantage(this.session, this.session.vantage, stage.argv, stdin);
			const routed = route(stage, last.output, index < pipeline.stages.length - 1, this.session);
			terminal.push(...routed.terminal);
			piped = routed.piped;
			const failed = settleAfterCommand(this.cluster, stage.argv[0] ?? 'shell');
			if (failed) {
				terminal.push(...failed.output);
				last = {...last, exitCode: last.exitCode || failed.exitCode};
			}
		});
		return {...last, output: terminal};
	}
}

/** Sends a stage's output where its redirections and the pipe say. */
function route(stage: Stage, output: readonly OutputChunk[], toPipe: boolean, session: Session): {terminal: OutputChunk[]; piped: string} {
	const stdoutTarget = [...stage.redirects].reverse().find(redirect => redirect.fd === 1);
	const stderrTarget = [...stage.redirects].reverse().find(redirect => redirect.fd === 2);
	const terminal: OutputChunk[] = [];
	let piped = '';
	const files = new Map<string, string>();
	const send = (chunk: OutputChunk, target: string | undefined, append: boolean) => {
		if (target === undefined) {
			if (toPipe && chunk.stream === 'stdout') piped += chunk.text;
			else terminal.push(chunk);
			return;
		}
		if (target === '/dev/null') return;
		const previous = files.get(target) ?? (append ? session.readFile(target) ?? '' : '');
		files.set(target, previous + chunk.text);
	};
	for (const chunk of output) {
		if (chunk.stream === 'stdout') send(chunk, stdoutTarget?.target, stdoutTarget?.append ?? false);
		else if (stderrTarget?.target === '&1') send({stream: 'stdout', text: chunk.text}, stdoutTarget?.target, stdoutTarget?.append ?? false);
		else send(chunk, stderrTarget?.target, stderrTarget?.append ?? false);
	}
	for (const redirect of stage.redirects) {
		if (redirect.target !== '&1' && redirect.target !== '/dev/null' && !files.has(redirect.target)) {
			files.set(redirect.target, redirect.append ? session.readFile(redirect.target) ?? '' : '');
		}
	}
	for (const [path, text] of files) session.files.set(path, text);
	return {terminal, piped};
}

/** The controllers react to what the command wrote; undefined when they all settled cleanly. */
function settleAfterCommand(cluster: Cluster, name: string): ShellResult | undefined {
	try {
		settle(cluster);
		return undefined;
	} catch (error) {
		return internalError(name, error);
	}
}

function commandName(line: string): string {
	return line.trim().split(/\s+/)[0] || 'shell';
}

export function internalError(name: string, error: unknown): ShellResult {
	if (isFileRefused(error)) return {output: [{stream: 'stderr', text: `${name}: ${error.message}\n`}], exitCode: 1};
	if (error instanceof ControllerError) return {output: error.lines().map(line => ({stream: 'stderr', text: `${line}\n`})), exitCode: 1};
	const message = error instanceof Error ? error.message : String(error);
	return {output: [{stream: 'stderr', text: `kubetutor: internal error in ${name}: ${message.split('\n')[0]}\n`}], exitCode: 1};
}

export type {TraceHop};
