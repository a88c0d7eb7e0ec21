/**
 * A command that keeps running after it has started (docs/simulation.md, "Jobs"): `kubectl
 * port-forward`, `kubectl proxy`, `kubectl logs -f`, and `sleep` in the interactive sandbox. The
 * shell drives it: simulated time passes while it runs, it prints as it goes, and Ctrl+C or `kill`
 * stops it. The job itself never moves the clock; whoever holds it (the shell for `&`, the
 * interactive sandbox for a foreground job) does.
 */
import type {CommandResult, OutputChunk} from '../command-result.js';

export interface Job {
	/** The command line as `jobs` lists it. */
	readonly command: string;
	/** Brought back by `fg`: it keeps the command line it was started with. */
	readonly resumed?: boolean;
	/** Simulated ms until it ends on its own (`sleep 30`); undefined: it runs until stopped. */
	readonly endsAfterMs?: number;
	/**
	 * What it prints is the command's answer, all at its end (a curl timing out), so a redirection
	 * must see it: with `>` or `2>` it runs to its end at once.
	 */
	readonly answers?: true;
	/** What it printed since the last call, and its exit status once it has ended by itself. */
	drain(): {output: OutputChunk[]; exitCode?: number};
	/** Ctrl+C or `kill`: it lets go of what it held (a port on the laptop). */
	stop(): void;
	/**
	 * Runs to its end at once, moving simulated time itself, where it cannot stay in the foreground
	 * (batch mode, a list): a job that waits for something (`kubectl wait`) and so has no fixed end.
	 */
	finish?(): {output: OutputChunk[]; exitCode: number};
}

/** A job in the background (`cmd &`): bash's job number and the process id it printed. */
export interface BackgroundJob {
	id: number;
	pid: number;
	job: Job;
	/** When it started, on the simulated clock. */
	startedAtMs: number;
}

/** The exit status of a command stopped by SIGINT (128 + 2), as sh reports it. */
export const INTERRUPTED_STATUS = 130;

/** A job that only waits: `sleep N`. */
export function waitingJob(command: string, ms: number): Job {
	return {command, endsAfterMs: ms, drain: () => ({output: []}), stop: () => undefined};
}

/**
 * A command whose answer comes only after a wait: a curl, wget or nc whose packets are dropped
 * waits for its timeout. When the time is up it prints `answer`; Ctrl+C stops it first, and then it
 * prints nothing, as curl does on SIGINT. It reads the clock to know when it is over, since the
 * one who drains it decides when time passes.
 */
export function answerAfterJob(command: string, ms: number, answer: CommandResult, clock: {now(): number}): Job {
	const startedAtMs = clock.now();
	return {
		command,
		endsAfterMs: ms,
		answers: true,
		drain: () => (clock.now() - startedAtMs >= ms ? answer : {output: []}),
		stop: () => undefined,
	};
}
