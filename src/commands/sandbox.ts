/**
 * `kubetutor sandbox [--script FILE] [--seed N] [--cloud none] [--workers N]`: batch mode for a script (file or
 * piped stdin), the interactive sandbox on a terminal.
 */
import {learnerFiles} from '../adapters/learner-files.js';
import {readScriptFile, readScriptStdin} from '../adapters/script-input.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {CommandContext} from '../cli/command.js';
import {parseWorkers} from '../cli/workers-flag.js';
import {runScript} from '../core/cluster/shell/batch.js';

interface SandboxArgs {
	script?: string;
	seed?: number;
	cloud?: 'kind' | 'none';
	workers?: number;
}

const USAGE_HINT = "Usage: kubetutor sandbox [--script FILE] [--seed N] [--cloud none] [--workers N] (see 'kubetutor sandbox --help')";

function parseArgs(args: readonly string[]): SandboxArgs | string {
	const out: SandboxArgs = {};
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const eq = arg.indexOf('=');
		const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg;
		const takeValue = (): string | undefined => (eq !== -1 && arg.startsWith('--') ? arg.slice(eq + 1) : args[++i]);
		if (name === '--script') {
			const value = takeValue();
			if (!value) return `kubetutor sandbox: --script needs a file name. ${USAGE_HINT}`;
			out.script = value;
		} else if (name === '--seed') {
			const value = takeValue();
			if (!value || !/^\d+$/.test(value)) return `kubetutor sandbox: --seed needs a whole number, got "${value ?? ''}". ${USAGE_HINT}`;
			out.seed = Number(value);
		} else if (name === '--cloud') {
			const value = takeValue();
			if (value !== 'none' && value !== 'kind') return `kubetutor sandbox: --cloud must be "none" or "kind", got "${value ?? ''}". ${USAGE_HINT}`;
			out.cloud = value;
		} else if (name === '--workers') {
			const workers = parseWorkers(takeValue());
			if (typeof workers !== 'number') return `kubetutor sandbox: ${workers.problem}. ${USAGE_HINT}`;
			out.workers = workers;
		} else return `kubetutor sandbox: unknown option ${arg}. ${USAGE_HINT}`;
	}
	return out;
}

export default async function sandbox(context: CommandContext): Promise<number> {
	const parsed = parseArgs(context.args);
	if (typeof parsed === 'string') {
		context.stderr.write(`${parsed}\n`);
		return 2;
	}
	let text: string;
	if (parsed.script !== undefined || !context.stdin.isTTY) {
		const read = parsed.script !== undefined ? readScriptFile('sandbox', context.cwd, parsed.script) : await readScriptStdin('sandbox', context.stdin);
		if (!read.ok) {
			context.stderr.write(`${read.message}\n`);
			return 2;
		}
		text = read.text;
	} else {
		const {startInteractiveSandbox} = await import('../ui/start-sandbox.js');
		return startInteractiveSandbox({seed: parsed.seed, cloud: parsed.cloud, workers: parsed.workers}, context);
	}
	// The transcript streams as each command finishes (docs/simulation.md, "Batch mode").
	const result = runScript(text, {seed: parsed.seed, cloud: parsed.cloud, workers: parsed.workers, ...learnerFiles(context.cwd), budget: timeBudget(), write: part => context.stdout.write(part)});
	return result.exitCode;
}
