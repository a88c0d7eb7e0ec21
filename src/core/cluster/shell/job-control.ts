/**
 * bash's job control, as far as the sandbox needs it (docs/simulation.md, "Jobs"): `cmd &` starts
 * a background job (`[1] 5001`), `jobs` lists them, `kill %1` and `fg` act on them, and before
 * the next prompt a job that ended is reported (`[1]+  Done                    sleep 5`).
 * A job started where it cannot run on (inside a pipeline or a list, batch mode without `&`) runs
 * to its end at once, or is stopped with a line saying why.
 */
import {type Budget, UNLIMITED} from '../budget.js';
import type {OutputChunk} from '../command-result.js';
import {advanceTime} from '../controllers/settle.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import type {ToolResult} from '../network/tool-result.js';
import {answerAfterJob, type BackgroundJob, INTERRUPTED_STATUS, type Job} from './job.js';

/** bash's status column is 24 characters wide. */
const STATUS_WIDTH = 24;
/** The first process id a background job gets: a number that looks like a process, always the same. */
const FIRST_PID = 5001;

type Ending = 'Done' | 'Terminated' | `Exit ${number}`;

export interface JobTable {
	jobs: BackgroundJob[];
	nextPid: number;
	/** Ended jobs not yet reported, with bash's word for how they ended. */
	ended: Array<{entry: BackgroundJob; how: Ending}>;
}

export function newJobTable(): JobTable {
	return {jobs: [], nextPid: FIRST_PID, ended: []};
}

/** `cmd &`: bash prints the job number and process id on stderr; the job's first lines follow. */
export function startBackground(table: JobTable, job: Job, now: number): ShellResult {
	const id = (table.jobs.at(-1)?.id ?? 0) + 1;
	const entry: BackgroundJob = {id, pid: table.nextPid++, job, startedAtMs: now};
	table.jobs.push(entry);
	return {output: [{stream: 'stderr', text: `[${id}] ${entry.pid}\n`}, ...job.drain().output], exitCode: 0};
}

/**
 * What the background jobs printed since last asked: `during` what happened while the last command
 * ran (a connection it made), `after` the last words of jobs that ended because of it (a forward
 * whose pod was deleted). Jobs whose time is up end too; `reportEnded` names them.
 */
export function drainBackground(table: JobTable, now: number): {during: OutputChunk[]; after: OutputChunk[]} {
	const during: OutputChunk[] = [];
	const after: OutputChunk[] = [];
	for (const entry of [...table.jobs]) {
		const step = entry.job.drain();
		(step.exitCode === undefined ? during : after).push(...step.output);
		const timeUp = entry.job.endsAfterMs !== undefined && now - entry.startedAtMs >= entry.job.endsAfterMs;
		if (step.exitCode !== undefined || timeUp) end(table, entry, step.exitCode ? `Exit ${step.exitCode}` : 'Done');
	}
	return {during, after};
}

function end(table: JobTable, entry: BackgroundJob, how: Ending): void {
	table.jobs = table.jobs.filter(other => other !== entry);
	table.ended.push({entry, how});
}

/** bash's marks: `+` for the current (newest) job, `-` for the one before. */
function mark(table: JobTable, entry: BackgroundJob): string {
	const ids = [...table.jobs.map(job => job.id), ...table.ended.map(ended => ended.entry.id)].sort((a, b) => a - b);
	if (entry.id === ids.at(-1)) return '+';
	return entry.id === ids.at(-2) ? '-' : ' ';
}

function statusLine(table: JobTable, entry: BackgroundJob, status: string, command: string): string {
	return `[${entry.id}]${mark(table, entry)}  ${status.padEnd(STATUS_WIDTH)}${command}\n`;
}

/** `[1]+  Done                    sleep 5`, printed before the prompt after a job ended. */
export function reportEnded(table: JobTable): OutputChunk[] {
	const lines = table.ended.map(({entry, how}) => statusLine(table, entry, how, entry.job.command)).join('');
	table.ended = [];
	return lines ? [{stream: 'stderr', text: lines}] : [];
}

/** `jobs` */
export function listJobs(table: JobTable): ShellResult {
	const text = table.jobs.map(entry => statusLine(table, entry, 'Running', `${entry.job.command} &`)).join('');
	return {output: [...reportEnded(table), ...(text ? [{stream: 'stdout' as const, text}] : [])], exitCode: 0};
}

type Found = {ok: true; entry: BackgroundJob} | {ok: false; message: string};

/** `%1`, `%%`, `%+`, `%-`, `%kubectl` or a process id, as bash finds a job. */
function findJob(table: JobTable, spec: string | undefined, builtin: string): Found {
	const current = table.jobs.at(-1);
	if (spec === undefined || spec === '%%' || spec === '%+' || spec === '%') {
		return current ? {ok: true, entry: current} : {ok: false, message: `bash: ${builtin}: ${spec ?? 'current'}: no such job\n`};
	}
	let entry: BackgroundJob | undefined;
	if (spec === '%-') entry = table.jobs.at(-2);
	else if (/^%\d+$/.test(spec)) entry = table.jobs.find(job => job.id === Number(spec.slice(1)));
	else if (spec.startsWith('%')) entry = table.jobs.find(job => job.job.command.startsWith(spec.slice(1)));
	else if (/^\d+$/.test(spec)) entry = table.jobs.find(job => job.pid === Number(spec));
	if (entry) return {ok: true, entry};
	if (/^\d+$/.test(spec)) return {ok: false, message: `bash: kill: (${spec}) - No such process\n`};
	return {ok: false, message: `bash: ${builtin}: ${spec}: no such job\n`};
}

/** `kill %1` (SIGTERM); `-9`, `-INT`, `-s TERM` are taken and end the job the same way. */
export function killJobs(table: JobTable, args: readonly string[]): ShellResult {
	const specs = args.filter((arg, index) => !arg.startsWith('-') && !(index > 0 && ['-s', '-n'].includes(args[index - 1])));
	if (specs.length === 0) return {output: [{stream: 'stderr', text: 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n'}], exitCode: 2};
	const output: OutputChunk[] = [];
	let exitCode = 0;
	for (const spec of specs) {
		const found = findJob(table, spec, 'kill');
		if (!found.ok) {
			output.push({stream: 'stderr', text: found.message});
			exitCode = 1;
			continue;
		}
		found.entry.job.stop();
		end(table, found.entry, 'Terminated');
	}
	return {output, exitCode};
}

/** `fg [%N]`: bash prints the command line, then the job runs in the foreground. */
export function takeForeground(table: JobTable, spec: string | undefined): {ok: true; job: Job; output: OutputChunk[]; startedAtMs: number} | {ok: false; result: ShellResult} {
	const found = findJob(table, spec, 'fg');
	if (!found.ok) return {ok: false, result: {output: [{stream: 'stderr', text: found.message}], exitCode: 1}};
	table.jobs = table.jobs.filter(other => other !== found.entry);
	return {ok: true, job: found.entry.job, startedAtMs: found.entry.startedAtMs, output: [{stream: 'stdout', text: `${found.entry.job.command}\n`}]};
}

/** A command's result with the job it started run to its end (or stopped) after what it printed. */
export function withoutJob(cluster: Parameters<typeof advanceTime>[0], result: ShellResult, budget: Budget = UNLIMITED): ShellResult {
	const {job, ...rest} = result;
	if (!job) return result;
	const ended = runToEnd(cluster, job, budget);
	return {...rest, output: [...rest.output, ...ended.output], exitCode: ended.exitCode};
}

/**
 * A job that cannot stay in the foreground here (batch mode, a pipeline, a list): one that ends by
 * itself runs to its end in simulated time; one that never ends is stopped with a line saying so.
 */
export function runToEnd(cluster: Parameters<typeof advanceTime>[0], job: Job, budget: Budget = UNLIMITED, ranMs = 0): ShellResult {
	if (job.finish) return job.finish();
	if (job.endsAfterMs !== undefined) {
		advanceTime(cluster, Math.max(0, job.endsAfterMs - ranMs), budget);
		const step = job.drain();
		return {output: step.output, exitCode: step.exitCode ?? 0};
	}
	const step = job.drain();
	job.stop();
	const note = `kubetutor: "${job.command}" runs until Ctrl+C; here it stopped at once (end the line with & to keep it running)\n`;
	return {output: [...step.output, {stream: 'stderr', text: note}], exitCode: INTERRUPTED_STATUS};
}

/**
 * A network tool that deferred its wait for a timeout: its answer becomes a job that prints it when
 * the time is up, so the interactive sandbox shows it waiting and Ctrl+C can stop it; everywhere
 * else `withoutJob` lets the time pass at once, as the tool itself would have.
 */
export function answerLater(cluster: Parameters<typeof advanceTime>[0], command: string, result: ToolResult): ShellResult {
	const {waitMs, trace, ...answer} = result;
	const traced = trace ? {trace} : {};
	if (!waitMs) return {...answer, ...traced};
	return {output: [], exitCode: 0, ...traced, job: answerAfterJob(command, waitMs, answer, cluster.clock)};
}
