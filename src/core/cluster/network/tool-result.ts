import type {Cluster} from '../cluster.js';
import type {CommandResult} from '../command-result.js';
import {advanceTime} from '../controllers/settle.js';
import type {Vantage} from '../vantage.js';
import type {TraceHop} from './trace.js';

/**
 * What a network tool printed, plus the hop-by-hop story for the shell's `trace` builtin.
 * `waitMs`: only when the tool was asked to defer its wait — how long it waits for a reply that
 * never comes (a timeout) before it prints all this; the time has not passed yet.
 */
export type ToolResult = CommandResult & {trace?: TraceHop[]; waitMs?: number};

/**
 * How a tool lets the time it waits for a timeout pass: `now` (the default) moves the simulated
 * clock before it returns; `deferred` leaves the last wait to the shell, which makes it a job the
 * learner can interrupt (docs/simulation.md, "Jobs").
 */
export type Waiting = 'now' | 'deferred';

/** Every network tool has this shape; argv excludes the program name. */
export type NetworkTool = (cluster: Cluster, vantage: Vantage, argv: readonly string[], waiting?: Waiting) => ToolResult;

/** Lets `ms` pass now, or returns it for the caller to wait (the last request of a deferred tool). */
export function waitNowOrLater(cluster: Cluster, ms: number, later: boolean): number {
	if (!(ms > 0)) return 0;
	if (later) return ms;
	advanceTime(cluster, ms);
	return 0;
}
