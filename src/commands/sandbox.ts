/**
 * `kubetutor sandbox [--script FILE] [--seed N] [--cloud none] [--workers N]`: batch mode for a script (file or
 * piped stdin), the interactive sandbox on a terminal.
 */
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {learnerFiles} from '../adapters/learner-files.js';
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

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}


export default async function sandbox(context: CommandContext): Promise<number> {
	const parsed = parseArgs(context.args);
	if (typeof parsed === 'string') {
		context.stderr.write(`${parsed}\n`);
		return 2;
	}
	let text: string;
	if (parsed.script !== undefined) {
		try {
			text = readFileSync(resolve(context.cwd, parsed.script), 'utf8');
		} catch (error) {
			const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory' : 'it cannot be read';
			context.stderr.write(`kubetutor sandbox: cannot read script ${parsed.script}: ${reason}\n`);
			return 2;
		}
	} else if (!context.stdin.isTTY) {
		try {
			text = await readStream(context.stdin);
		} catch {
			context.stderr.write('kubetutor sandbox: cannot read the script from standard input\n');
			return 2;
		}
	} else {
		const {startInteractiveSandbox} = await import('../ui/start-sandbox.js');
		return startInteractiveSandbox({seed: parsed.seed, cloud: parsed.cloud, workers: parsed.workers}, context);
	}
	const result = runScript(text, {seed: parsed.seed, cloud: parsed.cloud, workers: parsed.workers, ...learnerFiles(context.cwd)});
	context.stdout.write(result.transcript);
	return result.exitCode;
}
