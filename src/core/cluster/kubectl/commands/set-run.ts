/**
 * The loop every `kubectl set` subcommand shares: each changes a copy of every target (live objects, or
 * the file's with `--local`), skips a target it left as it was, and then prints the object (client
 * dry run, `--local`) or writes it and prints `deployment.apps/web image updated`. Errors are
 * collected and printed last, as kubectl aggregates them.
 */
import {updateObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import type {ResourceType} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, SELECTOR_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun} from '../dry-run.js';
import {readFileItems} from '../file-objects.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {goJson} from '../manifest.js';
import {noPodTemplate, podSpecOf, type PodSpecFields} from '../pod-template.js';
import {checkErr, renderApiError} from '../render-api-error.js';
import {resolveTargets} from '../resolve-targets.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

/** cli-runtime's LocalResourceError. */
const LOCAL_RESOURCE_ERROR = "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n";

/** The flags every `set` subcommand takes. */
export const SET_FLAGS = [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, ...longFlags('bool', 'all', 'local', 'show-managed-fields'), ...longFlags('string', 'field-manager')];

/** What one subcommand does to one object's copy; a returned string is that object's error. */
export type Mutation = (copy: KubeObject, errors: string[]) => string | undefined;

export interface SetRun {
	context: KubectlContext;
	/** The resource words before the changes (`deploy/web`, `deploy web`). */
	resources: readonly string[];
	/** `image updated`, `env updated`, … */
	verb: string;
	mutate: Mutation;
	/** kubectl's Validate, which runs after the builder found the targets: a message ready to print. */
	validate?: () => string | undefined;
	/** `set env --list`: change the copies to show them, write and print nothing. */
	listOnly?: boolean;
	/** `set selector` reports an object's error bare, the others name the object first. */
	bareErrors?: boolean;
	/** Where the subcommand's own lines (listings, warnings) already went. */
	out?: Output;
}

/** The shared loop: validate flags, find targets, change, print or write, report. */
export function runSet(run: SetRun): ShellResult {
	const out = run.out ?? new Output();
	const {context} = run;
	const {flags} = context;
	const mode = parseDryRun(flags.has('dry-run') ? flags.string('dry-run') : undefined);
	if (!mode.ok) return out.err(`error: ${mode.message}\n`).done(1);
	const local = flags.bool('local');
	if (local && mode.mode === 'server') return out.err('error: cannot specify --local and --dry-run=server - did you mean --dry-run=client?\n').done(1);
	if (flags.bool('all') && flags.has('selector')) return out.err('error: cannot set --all and --selector at the same time\n').done(1);
	const format = flags.string('output');
	if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
	const found = findTargets(context, run.resources, local);
	if (!found.ok) return out.err(found.message).done(1);
	const invalid = run.validate?.();
	if (invalid) return out.err(invalid).done(1);
	const errors = [...found.errors];
	let failed = false;
	for (const target of found.targets) {
		const copy = structuredClone(target.object) as KubeObject;
		const failure = run.mutate(copy, errors);
		if (failure) {
			errors.push(run.bareErrors ? `error: ${failure}\n` : `error: ${objectName(target, local)} ${failure}\n`);
			continue;
		}
		if (run.listOnly || goJson(copy) === goJson(target.object)) continue;
		if (local || mode.mode === 'client') {
			if (!printMutation(out, copy, run.verb, format, mode.mode, context.env.readFile)) failed = true;
			continue;
		}
		const written = updateObject(context.env.cluster, copy, {dryRun: mode.mode === 'server'});
		for (const warning of written.warnings) out.err(`Warning: ${warning}\n`);
		if (!written.ok) errors.push(renderApiError(written.error));
		else if (!printMutation(out, written.value, run.verb, format, mode.mode, context.env.readFile)) failed = true;
	}
	if (errors.length > 0) out.err(checkErr(errors));
	return out.done(errors.length > 0 || failed ? 1 : 0);
}

interface SetTarget {
	type: ResourceType;
	object: KubeObject;
}

type TargetsFound = {ok: true; targets: SetTarget[]; errors: string[]} | {ok: false; message: string};

function findTargets(context: KubectlContext, resources: readonly string[], local: boolean): TargetsFound {
	if (!local) {
		const resolved = resolveTargets(context, resources, true);
		if (!resolved.ok && resolved.message.startsWith('error: You must provide')) return {ok: false, message: resolved.message};
		return resolved;
	}
	if (resources.length > 0 || context.flags.array('filename').length === 0) return {ok: false, message: LOCAL_RESOURCE_ERROR};
	const read = readFileItems(context);
	if (!read.ok) return read;
	const targets: SetTarget[] = [];
	const errors: string[] = [];
	for (const item of read.items) {
		if (item.kind === 'object') targets.push({type: item.type, object: item.manifest});
		else errors.push(`${item.message}\n`);
	}
	return {ok: true, targets, errors};
}

/** resource.Info's ObjectName: the resource with a mapping (`deployments/web`), the kind without (`--local`: `deployment/web`). */
function objectName(target: SetTarget, local: boolean): string {
	const kind = target.object.kind.toLowerCase();
	if (!local) return `${target.type.resource}/${target.object.metadata.name}`;
	return `${target.type.group ? `${kind}.${target.type.group}` : kind}/${target.object.metadata.name}`;
}

/** cmdutil.GetResourcesAndPairs: resource words first, then `KEY=VALUE`/`KEY-` pairs. */
export function resourcesAndPairs(args: readonly string[], pairType: string): {ok: true; resources: string[]; pairs: string[]} | {ok: false; message: string} {
	const resources: string[] = [];
	const pairs: string[] = [];
	for (const arg of args) {
		const pair = (arg.includes('=') && !arg.startsWith('=')) || (arg.endsWith('-') && arg !== '-');
		if (pair) pairs.push(arg);
		else if (pairs.length > 0) return {ok: false, message: `all resources must be specified before ${pairType} changes: ${arg}`};
		else resources.push(arg);
	}
	return {ok: true, resources, pairs};
}

/** The pod spec of a copy, or the error kubectl gives a kind without one. */
export function withPodSpec(copy: KubeObject, change: (spec: PodSpecFields) => string | undefined): string | undefined {
	const spec = podSpecOf(copy);
	if (!spec) return noPodTemplate(copy);
	return change(spec);
}

