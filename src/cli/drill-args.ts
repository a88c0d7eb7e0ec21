/** The words after `kubetutor drill`, as the parser hands them on (`--seed 5`), checked. */
import {FAULT_KINDS} from '../core/drills/drill-catalogue.js';
import type {DrillLevel} from '../core/drills/drill-catalogue.js';
import {parseWorkers} from './workers-flag.js';

export interface DrillArgs {
	seed?: number;
	level: DrillLevel;
	workers: number;
	script?: string;
	printSolution: boolean;
	review: boolean;
	fault?: string;
}

export const DRILL_USAGE = "Usage: kubetutor drill [--seed N] [--level 1|2|3] [--workers N] [--script FILE] [--print-solution] (see 'kubetutor drill --help')";

export function parseDrillArgs(args: readonly string[]): DrillArgs | {problem: string} {
	const out: DrillArgs = {level: 1, workers: 2, printSolution: false, review: false};
	const problem = (text: string) => ({problem: `kubetutor drill: ${text}. ${DRILL_USAGE}`});
	for (let i = 0; i < args.length; i++) {
		const flag = args[i];
		switch (flag) {
			case '--seed': {
				const value = args[++i] ?? '';
				if (!/^\d{1,9}$/.test(value) || Number(value) < 1) return problem(`--seed needs a whole number from 1, got "${value}"`);
				out.seed = Number(value);
				break;
			}
			case '--level': {
				const value = args[++i];
				if (value !== '1' && value !== '2' && value !== '3') return problem(`--level must be 1, 2 or 3, got "${value ?? ''}"`);
				out.level = Number(value) as DrillLevel;
				break;
			}
			case '--workers': {
				const workers = parseWorkers(args[++i]);
				if (typeof workers !== 'number') return problem(workers.problem);
				out.workers = workers;
				break;
			}
			case '--fault': {
				const value = args[++i] ?? '';
				if (!FAULT_KINDS.some(fault => fault.kind === value)) return problem(`no fault kind "${value}" (one of: ${FAULT_KINDS.map(fault => fault.kind).join(', ')})`);
				out.fault = value;
				break;
			}
			case '--script':
				out.script = args[++i];
				break;
			case '--print-solution':
				out.printSolution = true;
				break;
			case '--review':
				out.review = true;
				break;
			default:
				return problem(`unexpected argument "${flag}"`);
		}
	}
	if (out.review && out.fault) return problem('--review picks the fault kind itself; leave out --fault');
	return out;
}
