/**
 * `kubectl apply -f` and `kubectl create -f`: every object of every source is sent on its own;
 * failures are collected and reported after the successes, in kubectl's layout.
 */
import {applyObject, createObject} from '../../api/api-server.js';
import type {ApiError} from '../../api/api-error.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedSingular} from '../../resource-types.js';
import {DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {dryRunSuffix, parseDryRun, type DryRun} from '../dry-run.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {withLastApplied} from '../../api/apply-merge.js';
import {toKubectlJson, toKubectlYaml} from '../object-format.js';
import {readFileItems, type FileItem} from '../file-objects.js';
import {clientError, renderFileApiError, renderSourcedApiError} from '../render-api-error.js';

export type FailedItem = {kind: 'api'; error: ApiError; source: string; verb: string} | {kind: 'client'; message: string};

export const applyCommand: KubectlCommand = {
	name: 'apply',
	short: 'Apply a configuration to a resource by file name or stdin',
	flags: [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, {name: 'server-side', type: 'bool'}, {name: 'force', type: 'bool'}, {name: 'validate', type: 'string', bare: 'strict'}],
	run: context => runFromFiles(context, 'apply'),
};

export function runFromFiles(context: KubectlContext, mode: 'apply' | 'create'): ShellResult {
	const out = new Output();
	const dryRun = parseDryRun(context.flags.has('dry-run') ? context.flags.string('dry-run') : undefined);
	if (!dryRun.ok) return out.err(clientError(dryRun.message)).done(1);
	const format = context.flags.string('output');
	if (format && !['yaml', 'json', 'name'].includes(format)) {
		return out.err(clientError(`unable to match a printer suitable for the output format "${format}", allowed formats are: json,name,yaml`)).done(1);
	}
	if (context.flags.args.length > 0 && mode === 'apply') {
		return out.err(clientError(`Unexpected args: [${context.flags.args.join(' ')}]\nSee 'kubectl apply -h' for help and examples`)).done(1);
	}
	const filenames = context.flags.array('filename');
	if (filenames.length === 0) {
		return out.err('error: must specify one of -f and -k\n').done(1);
	}
	const read = readFileItems(context);
	if (!read.ok) return out.err(read.message).done(1);
	const failures: FailedItem[] = [];
	const printed: KubeObject[] = [];
	for (const item of read.items) {
		if (item.kind === 'error') {
			failures.push({kind: 'client', message: item.message});
			continue;
		}
		const result = sendOne(context, mode, dryRun.mode, item, out);
		if (result.failed) failures.push(result.failed);
		else if (result.object) printed.push(result.object);
	}
	if (format === 'yaml' || format === 'json') printObjects(out, printed, format);
	if (failures.length === 0 && printed.length === 0) {
		return out.err(`error: no objects passed to ${mode}\n`).done(1);
	}
	out.err(renderFailures(failures));
	return out.done(failures.length > 0 ? 1 : 0);
}

interface SendResult {
	object?: KubeObject;
	failed?: FailedItem;
}

function sendOne(context: KubectlContext, mode: 'apply' | 'create', dryRun: DryRun, item: Extract<FileItem, {kind: 'object'}>, out: Output): SendResult {
	const {type, manifest, source} = item;
	const givenNamespace = manifest.metadata.namespace ?? '';
	const object: KubeObject = {...manifest, metadata: {...manifest.metadata}};
	if (type.namespaced) {
		if (givenNamespace && context.namespaceGiven && givenNamespace !== context.namespace) {
			return {
				failed: {
					kind: 'client',
					message: `the namespace from the provided object "${givenNamespace}" does not match the namespace "${context.namespace}". You must pass '--namespace=${givenNamespace}' to perform this operation.`,
				},
			};
		}
		object.metadata.namespace = givenNamespace || context.namespace;
	} else delete object.metadata.namespace;
	const name = object.metadata.name;
	if (!name && mode === 'apply') {
		const gv = type.group ? `${type.group}/${type.version}` : `/${type.version}`;
		return {
			failed: {
				kind: 'client',
				message: `error when retrieving current configuration of:\nResource: "${gv}, Resource=${type.resource}", GroupVersionKind: "${gv}, Kind=${type.kind}"\nName: "", Namespace: "${object.metadata.namespace ?? ''}"\nfrom server for: "${source}": resource name may not be empty`,
			},
		};
	}
	const label = `${qualifiedSingular(type)}/${name}`;
	const format = context.flags.string('output');
	const options = {dryRun: dryRun !== 'none'};
	if (dryRun === 'client') {
		// A client dry run never reaches the server: kubectl only prints what it would send.
		const exists = context.env.cluster.store.has(type.kind, object.metadata.namespace, name);
		const outcome = mode === 'apply' && exists ? 'configured' : 'created';
		if (format === 'name') out.out(`${label}\n`);
		else if (!format) out.out(`${label} ${outcome} (dry run)\n`);
		return {object: mode === 'apply' ? withLastApplied(object) : object};
	}
	if (mode === 'apply') {
		const result = applyObject(context.env.cluster, object, options);
		for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
		if (!result.ok) return {failed: {kind: 'api', error: result.error, source, verb: 'creating'}};
		if (format === 'name') out.out(`${label}\n`);
		else if (!format) out.out(`${label} ${result.value.outcome}${dryRunSuffix(dryRun)}\n`);
		return {object: result.value.object};
	}
	const result = createObject(context.env.cluster, object, options);
	for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
	if (!result.ok) return {failed: {kind: 'api', error: result.error, source, verb: 'creating'}};
	if (format === 'name') out.out(`${label}\n`);
	else if (!format) out.out(`${label} created${dryRunSuffix(dryRun)}\n`);
	return {object: result.value};
}

function printObjects(out: Output, objects: KubeObject[], format: 'yaml' | 'json'): void {
	if (objects.length === 0) return;
	if (objects.length === 1) {
		out.out(format === 'yaml' ? toKubectlYaml(objects[0]) : toKubectlJson(objects[0]));
		return;
	}
	const list = {apiVersion: 'v1', items: objects, kind: 'List', metadata: {resourceVersion: ''}};
	out.out(format === 'yaml' ? toKubectlYaml(list) : toKubectlJson(list));
}

/** kubectl's CheckErr: one error in its own layout; several as one line each, sources named. */
export function renderFailures(failures: readonly FailedItem[]): string {
	if (failures.length === 0) return '';
	if (failures.length === 1) {
		const only = failures[0];
		return only.kind === 'api' ? renderFileApiError(only.error, only.verb, only.source) : clientError(only.message);
	}
	return failures.map(item => (item.kind === 'api' ? renderSourcedApiError(item.error, item.verb, item.source) : `${item.message}\n`)).join('');
}
