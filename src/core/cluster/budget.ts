/**
 * The time budget for one sandbox command (docs/simulation.md, "Time budget"). The core never
 * reads the clock: the edge (batch mode, the interactive sandbox) hands the shell a factory that
 * makes a fresh budget for each command, and loops where work can grow (the command runner, the
 * controllers' fixed-point loop) ask it whether it is spent. A spent budget throws BudgetExceeded,
 * which the shell's command boundary prints as one line; the cluster stays usable.
 */

export interface Budget {
	/** True once the command has used up its budget. */
	spent(): boolean;
	/** How the bound is said in the message: `5 s`. */
	readonly limit: string;
}

export type BudgetFactory = () => Budget;

/** No bound (unit tests that drive the core directly). */
export const UNLIMITED: Budget = {spent: () => false, limit: 'no limit'};

import type {OutputChunk} from './command-result.js';

export class BudgetExceeded extends Error {
	/** What the command printed before it was stopped: the learner still sees it. */
	readonly output: OutputChunk[] = [];

	constructor(readonly limit: string) {
		super(`stopped after ${limit}`);
		this.name = 'BudgetExceeded';
	}
}

export function checkBudget(budget: Budget): void {
	if (budget.spent()) throw new BudgetExceeded(budget.limit);
}

/** A budget of `steps` checks, said as `limit`: deterministic, for the core's own callers and tests. */
export function stepBudget(steps: number, limit = `${steps} steps`): Budget {
	let left = steps;
	return {limit, spent: () => --left < 0};
}

/** The line the learner sees: `kubetutor: "kubectl scale …" stopped after 5 s (the sandbox's time budget for one command)`. */
export function budgetMessage(line: string, error: BudgetExceeded): string {
	const command = line.trim().split('\n')[0] ?? '';
	const shown = command.length > 60 ? `${command.slice(0, 57)}...` : command;
	return `kubetutor: "${shown}" stopped after ${error.limit} (the sandbox's time budget for one command)\n`;
}
