/**
 * The wall-clock budget for one sandbox command (docs/simulation.md, "Time budget"): the core
 * cannot read the clock, so the edge makes a fresh budget per command and the shell's loops ask it.
 */
import {performance} from 'node:perf_hooks';
import type {Budget, BudgetFactory} from '../core/cluster/budget.js';

/** Real time one command may take before it is stopped. */
export const COMMAND_BUDGET_MS = 5000;

/** Asks the clock only every so many checks: the loops check often and the clock is not free. */
const CHECKS_PER_CLOCK_READ = 64;

export function timeBudget(ms: number = COMMAND_BUDGET_MS, now: () => number = () => performance.now()): BudgetFactory {
	return (): Budget => {
		const end = now() + ms;
		let checks = 0;
		let spent = false;
		return {
			limit: `${ms / 1000} s`,
			spent: () => {
				if (!spent && ++checks % CHECKS_PER_CLOCK_READ === 0) spent = now() >= end;
				return spent;
			},
		};
	};
}
