/** The start every `kubectl create KIND NAME` shares: `--dry-run`, `-o`, exactly one NAME, then send. */
import {createObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {DRY_RUN_FLAG, OUTPUT_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun, type DryRun} from '../dry-run.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

export interface CreateMode {
	dryRun: DryRun;
	format: string;
}

/** Flags shared by the create subcommands; returns an error result or the dry-run mode and format. */
function common(context: KubectlContext, out: Output): CreateMode | ShellResult {
	const dryRun = parseDryRun(context.flags.has('dry-run') ? context.flags.string('dry-run') : undefined);
	if (!dryRun.ok) return out.err(`error: ${dryRun.message}\n`).done(1);
	const format = context.flags.string('output');
	if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
	return {dryRun: dryRun.mode, format};
}

function exactlyOneName(context: KubectlContext, out: Output): string | ShellResult {
	const names = context.flags.dashAt === -1 ? context.flags.args : context.flags.args.slice(0, context.flags.dashAt);
	if (names.length !== 1) return out.err(`error: exactly one NAME is required, got ${names.length}\nSee '${context.path} -h' for help and examples\n`).done(1);
	return names[0];
}

export interface Named {
	name: string;
	/** Left out of a client dry run's object unless `-n` was given, as kubectl leaves it out. */
	namespace: string | undefined;
	mode: CreateMode;
}

/** What every `kubectl create KIND NAME` checks first: `--dry-run`, `-o`, and exactly one NAME. */
export function named(build: (context: KubectlContext, out: Output, named: Named) => ShellResult): KubectlCommand['run'] {
	return context => {
		const out = new Output();
		const mode = common(context, out);
		if ('exitCode' in mode) return mode;
		const name = exactlyOneName(context, out);
		if (typeof name !== 'string') return name;
		return build(context, out, {name, namespace: mode.dryRun === 'client' && !context.namespaceGiven ? undefined : context.namespace, mode});
	};
}

/** Sends a client-built object (or only prints it on a client dry run); `wrap` words a failure as kubectl does. */
export function send(context: KubectlContext, out: Output, object: KubeObject, mode: CreateMode, wrap: (message: string) => string | undefined = () => undefined): ShellResult {
	if (mode.dryRun === 'client') {
		return out.done(printMutation(out, object, 'created', mode.format, 'client', context.env.readFile) ? 0 : 1);
	}
	const result = createObject(context.env.cluster, object, {dryRun: mode.dryRun === 'server'});
	for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
	if (!result.ok) {
		const wrapped = wrap(result.error.message);
		return out.err(wrapped ? `error: ${wrapped}\n` : renderApiError(result.error)).done(1);
	}
	return out.done(printMutation(out, result.value, 'created', mode.format, mode.dryRun, context.env.readFile) ? 0 : 1);
}

export const OUTPUT_FLAGS = [OUTPUT_FLAG, DRY_RUN_FLAG, {name: 'save-config', type: 'bool' as const}, {name: 'validate', type: 'string' as const, bare: 'strict'}];

/** `error: MESSAGE` and exit 1: how kubectl's CheckErr reports a create subcommand's bad input. */
export function usageError(out: Output, message: string): ShellResult {
	return out.err(`error: ${message}\n`).done(1);
}
