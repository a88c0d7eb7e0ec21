/**
 * Runs a command line as sh does: lists (`;`, `&&`, `||`), loops, pipes and redirections, with
 * `$?` and variables expanded when each command runs. The learner's shell and every `sh -c`
 * (`kubectl exec … -- sh -c '…'`) use it; after each command the controllers settle
 * (docs/architecture.md, "How a command becomes cluster state").
 */
import {type Budget, BudgetExceeded, checkBudget} from '../budget.js';
import type {Cluster} from '../cluster.js';
import type {OutputChunk} from '../command-result.js';
import {ControllerError} from '../controllers/controller-error.js';
import {settle} from '../controllers/settle.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {Vantage} from '../vantage.js';
import {ArithmeticError, evaluateArithmetic} from './arithmetic.js';
import {parseList, type ListNode} from './command-list.js';
import {isFileRefused} from './file-refused.js';
import {startBackground, withoutJob} from './job-control.js';
import {parseLine, tokenize, type Expansion, type Pipeline, type Stage} from './parse-line.js';
import {enterIfAsked, type Session} from './session.js';
import {environmentOf} from './system-files.js';
import {runAtVantage, shellName} from './vantage-commands.js';

/** Loops stop here, so `while true; do …; done` cannot hang the sandbox. */
export const MAX_LOOP_ITERATIONS = 10_000;

export interface RunContext {
	session: Session;
	/** The learner's own shell follows the session (ssh, exec); `sh -c` stays where it started. */
	vantage: () => Vantage;
	/** `$?` */
	status: number;
	variables: Map<string, string>;
	/** The learner's shell moves (ssh, exec, exit); a nested `sh -c` never does. */
	moves: boolean;
	/**
	 * Set when the kubelet runs a command inside its own step (a container's process, an exec
	 * probe): nothing settles and the clock stays, and what would have waited is added up here
	 * instead (pod-command.ts).
	 */
	measured?: Measured;
}

/** How long a measured command line would run: `sleep` totals; forever once something never ends. */
export interface Measured {
	ms: number;
	forever: boolean;
}

interface Run {
	context: RunContext;
	chunks: OutputChunk[];
	/** The here-document body, or pasted text the first command reads. */
	heredoc: string | undefined;
	pasted: boolean;
	iterations: number;
	stopped: boolean;
	last: ShellResult;
	/** The line is one command in the learner's interactive shell: a job it starts may stay in the foreground. */
	foreground: boolean;
}

export function runCommandLine(context: RunContext, line: string, heredoc: string | undefined): ShellResult {
	const shell = shellName(context.session, context.vantage());
	const checked = parseLine(line);
	const list = checked.ok ? parseList(line, shell) : checked;
	if (!list.ok) {
		context.status = 2;
		return {output: [{stream: 'stderr', text: `${list.message.replace(/^bash:/, `${shell}:`)}\n`}], exitCode: 2};
	}
	const foreground = context.moves && context.session.interactive && list.nodes.length === 1 && list.nodes[0].kind === 'simple';
	const run: Run = {context, chunks: [], heredoc, pasted: checked.ok && !checked.heredoc && heredoc !== undefined, iterations: 0, stopped: false, last: {output: [], exitCode: 0}, foreground};
	try {
		runNodes(run, list.nodes);
	} catch (error) {
		// a command stopped by its time budget keeps what it printed before
		if (error instanceof BudgetExceeded) error.output.unshift(...run.chunks);
		throw error;
	}
	return {...run.last, output: run.chunks, exitCode: context.status};
}

function runNodes(run: Run, nodes: readonly ListNode[]): void {
	for (const node of nodes) {
		if (run.stopped || run.context.measured?.forever) return;
		checkBudget(run.context.session.budget);
		if (node.after === '&&' && run.context.status !== 0) continue;
		if (node.after === '||' && run.context.status === 0) continue;
		if (node.kind === 'simple') runSimple(run, node.text, node.background ?? false);
		else if (node.kind === 'for') runFor(run, node);
		else runWhile(run, node);
	}
}

/** Counts one loop iteration; false (with sh's message) once the bound is reached. */
function iterate(run: Run): boolean {
	if (++run.iterations <= MAX_LOOP_ITERATIONS) return true;
	const shell = shellName(run.context.session, run.context.vantage());
	run.chunks.push({stream: 'stderr', text: `${shell}: loop stopped after ${MAX_LOOP_ITERATIONS} iterations\n`});
	run.context.status = 1;
	run.stopped = true;
	return false;
}

function runFor(run: Run, node: Extract<ListNode, {kind: 'for'}>): void {
	const words = expandWords(run, node.words);
	if (words === undefined) return;
	run.context.status = 0;
	for (const word of words) {
		if (run.stopped || !iterate(run)) return;
		run.context.variables.set(node.name, word);
		runNodes(run, node.body);
	}
}

function runWhile(run: Run, node: Extract<ListNode, {kind: 'while'}>): void {
	let status = 0;
	while (!run.stopped) {
		runNodes(run, node.condition);
		if (run.stopped || (run.context.status === 0) === node.until) break;
		if (!iterate(run)) return;
		runNodes(run, node.body);
		status = run.context.status;
	}
	if (!run.stopped) run.context.status = status;
}

function expandWords(run: Run, text: string): string[] | undefined {
	try {
		const lexed = tokenize(text, expansion(run));
		if (lexed.ok) return lexed.tokens.map(token => token.value);
		fail(run, lexed.message);
	} catch (error) {
		if (!(error instanceof ArithmeticError)) throw error;
		fail(run, arithmeticMessage(run, error));
	}
	return undefined;
}

function fail(run: Run, message: string): void {
	const shell = shellName(run.context.session, run.context.vantage());
	run.chunks.push({stream: 'stderr', text: `${message.replace(/^bash:/, `${shell}:`)}\n`});
	run.context.status = 1;
}

function arithmeticMessage(run: Run, error: ArithmeticError): string {
	return shellName(run.context.session, run.context.vantage()) === 'sh' ? `sh: ${error.ash}` : `bash: ${error.bash}`;
}

function expansion(run: Run): Expansion {
	const {context} = run;
	const variable = (name: string): string => {
		if (name === '?') return String(context.status);
		return context.variables.get(name) ?? environmentOf(context.session.cluster, context.vantage()).get(name) ?? '';
	};
	return {
		variable,
		command: text => {
			// `$(…)` runs in a subshell: its stdout is the text, its stderr still reaches the terminal
			const inner = runCommandLine({...context, variables: new Map(context.variables), moves: false}, text, undefined);
			run.chunks.push(...inner.output.filter(chunk => chunk.stream === 'stderr'));
			context.status = inner.exitCode;
			return inner.output.filter(chunk => chunk.stream === 'stdout').map(chunk => chunk.text).join('');
		},
		arithmetic: text => evaluateArithmetic(text.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|\?)\}?/g, (_, name: string) => variable(name)), variable),
	};
}

function runSimple(run: Run, text: string, background: boolean): void {
	const {context} = run;
	let parsed;
	try {
		parsed = parseLine(text, expansion(run));
	} catch (error) {
		if (!(error instanceof ArithmeticError)) throw error;
		fail(run, arithmeticMessage(run, error));
		return;
	}
	if (!parsed.ok) return fail(run, parsed.message);
	const pipeline = parsed.pipelines[0];
	if (!pipeline) return;
	const first = pipeline.stages[0];
	if (!context.moves && pipeline.stages.length === 1 && first?.argv[0] === 'exit') return exitScript(run, first.argv.slice(1));
	// Text given without a here-document (pasted YAML for `kubectl apply -f -`) is the first command's stdin.
	if (run.pasted && first && first.input === undefined) first.heredoc = true;
	run.pasted = false;
	const result = holdJob(run, runPipeline(context, pipeline, run.heredoc), background, text);
	run.chunks.push(...result.output);
	run.last = result;
	context.status = result.exitCode;
	if (result.trace) context.session.lastTrace = result.trace;
	if (!context.moves) return;
	enterIfAsked(context.session, result);
	if (result.enter || result.leave) run.stopped = true;
}

/** `exit [N]` in a script (`sh -c`): the script ends there with status N, or with `$?`. */
function exitScript(run: Run, args: readonly string[]): void {
	const code = args[0];
	if (code !== undefined && !/^\d+$/.test(code)) {
		const shell = shellName(run.context.session, run.context.vantage());
		const text = shell === 'sh' ? `sh: exit: Illegal number: ${code}\n` : `bash: line 1: exit: ${code}: numeric argument required\n`;
		run.chunks.push({stream: 'stderr', text});
		run.context.status = 2;
	} else if (code !== undefined) run.context.status = Number(code) & 255;
	run.stopped = true;
}

/**
 * A command that keeps running becomes a job: in the background with `&`, in the foreground of the
 * interactive sandbox (the shell hands it on), anywhere else run to its end (job-control.ts).
 */
function holdJob(run: Run, result: ShellResult, background: boolean, text: string): ShellResult {
	if (result.edit && !run.foreground) {
		const {edit: _editor, ...rest} = result;
		return {...rest, output: [...rest.output, {stream: 'stderr', text: 'error: kubetutor has no editor here: give kubectl edit the edited object as a here-document (kubectl edit svc web <<EOF … EOF)\n'}], exitCode: 1};
	}
	const {job: started, ...rest} = result;
	if (!started) return result;
	if (run.context.measured) return measure(run.context.measured, result);
	// `jobs` and `fg` name a job by the line as typed
	const job = started.resumed ? started : {...started, command: text.trim()};
	const {session} = run.context;
	if (background) {
		const started = startBackground(session.jobs, job, session.cluster.clock.now());
		return {...rest, output: [...started.output, ...rest.output], exitCode: 0};
	}
	if (run.foreground) return {...rest, job};
	return withoutJob(session.cluster, {...rest, job}, session.budget);
}

/** A job in a measured run: its time is counted and it ends there (a job that never ends makes the run endless). */
function measure(measured: Measured, result: ShellResult): ShellResult {
	const {job, ...rest} = result;
	if (!job) return result;
	if (job.endsAfterMs === undefined) measured.forever = true;
	else measured.ms += job.endsAfterMs;
	job.stop();
	return rest;
}

function runPipeline(context: RunContext, pipeline: Pipeline, heredoc: string | undefined): ShellResult {
	const {session} = context;
	const terminal: OutputChunk[] = [];
	let piped: string | undefined;
	let last: ShellResult = {output: [], exitCode: 0};
	let trace: ShellResult['trace'];
	const stages = () => pipeline.stages.forEach((stage, index) => {
		checkBudget(session.budget);
		const stdin = stage.heredoc ? heredoc ?? '' : stage.input !== undefined ? session.readFile(stage.input) : piped;
		if (stage.input !== undefined && stdin === undefined) {
			last = {output: [{stream: 'stderr', text: `${shellName(session, context.vantage())}: ${stage.input}: No such file or directory\n`}], exitCode: 1};
			terminal.push(...last.output);
			piped = '';
			return;
		}
		last = runAtVantage(session, context.vantage(), stage.argv, stdin, context.variables);
		// a redirection must see the answer of a command that waits for one (a curl timing out)
		if (pipeline.stages.length > 1 || (stage.redirects.length > 0 && last.job?.answers)) last = context.measured ? measure(context.measured, last) : withoutJob(session.cluster, last, session.budget);
		// `curl … | grep x`: the request is still the one trace explains
		if (last.trace) trace = last.trace;
		const routed = route(stage, last.output, index < pipeline.stages.length - 1, session);
		terminal.push(...routed.terminal);
		piped = routed.piped;
		const failed = context.measured ? undefined : settleAfterCommand(session.cluster, stage.argv[0] ?? 'shell', session.budget);
		if (failed) {
			terminal.push(...failed.output);
			last = {...last, exitCode: last.exitCode || failed.exitCode};
		}
	});
	try {
		stages();
	} catch (error) {
		if (error instanceof BudgetExceeded) error.output.unshift(...terminal);
		throw error;
	}
	return {...last, output: terminal, ...(trace ? {trace} : {})};
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
function settleAfterCommand(cluster: Cluster, name: string, budget: Budget): ShellResult | undefined {
	try {
		settle(cluster, budget);
		return undefined;
	} catch (error) {
		if (error instanceof BudgetExceeded) throw error;
		return internalError(name, error);
	}
}

export function internalError(name: string, error: unknown): ShellResult {
	if (isFileRefused(error)) return {output: [{stream: 'stderr', text: `${name}: ${error.message}\n`}], exitCode: 1};
	if (error instanceof ControllerError) return {output: error.lines().map(line => ({stream: 'stderr', text: `${line}\n`})), exitCode: 1};
	const message = error instanceof Error ? error.message : String(error);
	return {output: [{stream: 'stderr', text: `kubetutor: internal error in ${name}: ${message.split('\n')[0]}\n`}], exitCode: 1};
}
