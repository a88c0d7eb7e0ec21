/** `kubectl delete TYPE NAME…|TYPE/NAME…|-f FILE|-l SEL|--all`: one line per deleted object (v1.34 wording). */
import {deleteObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedResource, qualifiedSingular, type ResourceType} from '../../resource-types.js';
import {settle} from '../../controllers/settle.js';
import {MAX_WAIT_SECONDS, parseTimeout, waitUntil} from './wait.js';
import {ALL_NAMESPACES_FLAG, FILE_FLAGS, OUTPUT_FLAG, SELECTOR_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {fileNamespace, readFileItems} from '../file-objects.js';
import {checkErr, renderApiError, renderSourcedApiError} from '../render-api-error.js';
import {NO_RESOURCES_GIVEN} from '../resolve-targets.js';
import {parseResourceArgs} from '../resource-args.js';
import {listObjects, scopeOf} from '../select-objects.js';

interface Target {
	type: ResourceType;
	namespace: string;
	name: string;
	source?: string;
}

export const deleteCommand: KubectlCommand = {
	name: 'delete',
	short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
	flags: [
		...FILE_FLAGS,
		SELECTOR_FLAG,
		ALL_NAMESPACES_FLAG,
		OUTPUT_FLAG,
		...longFlags('bool', 'all', 'ignore-not-found', 'now', 'force'),
		{name: 'wait', type: 'string', bare: 'true'},
		{name: 'grace-period', type: 'int'},
		{name: 'cascade', type: 'string', bare: 'background'},
		{name: 'timeout', type: 'string'},
	],
	run: runDelete,
};

function runDelete(context: KubectlContext): ShellResult {
	const out = new Output();
	const {flags} = context;
	const scoped = scopeOf(context);
	if (!scoped.ok) return out.err(scoped.message).done(1);
	const {scope} = scoped;
	const targets: Target[] = [];
	let failed = false;
	// kubectl reports what it could not read from the files after deleting the rest
	const fileErrors: string[] = [];
	if (flags.array('filename').length > 0) {
		if (flags.args.length > 0) return out.err("error: Unexpected args: [" + flags.args.join(' ') + "]\nSee 'kubectl delete -h' for help and examples\n").done(1);
		const fromFiles = targetsFromFiles(context, out);
		if (!fromFiles) return out.done(1);
		targets.push(...fromFiles.targets);
		fileErrors.push(...fromFiles.errors);
	} else {
		if (flags.args.length === 0) return out.err(NO_RESOURCES_GIVEN).done(1);
		const parsed = parseResourceArgs(flags.args);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\n`).done(1);
		const byName = parsed.requests.some(request => request.names.length > 0);
		if (!byName && !flags.bool('all') && !scope.selector) return out.err('error: resource(s) were provided, but no name was specified\n').done(1);
		for (const request of parsed.requests) {
			if (request.names.length > 0) {
				for (const name of request.names) targets.push({type: request.type, namespace: context.namespace, name});
				continue;
			}
			for (const object of listObjects(context.env.cluster, request.type, scope)) {
				targets.push({type: request.type, namespace: object.metadata.namespace ?? '', name: object.metadata.name});
			}
		}
		if (!byName && targets.length === 0) {
			out.out('No resources found\n');
			return out.done(0);
		}
	}
	let deleted = 0;
	const grace = gracePeriod(context);
	if (typeof grace === 'string') return out.err(grace).done(1);
	const force = grace === 0;
	if (force && targets.length > 0) {
		out.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
	}
	const gone: Target[] = [];
	for (const target of targets) {
		const namespace = target.type.namespaced ? target.namespace : undefined;
		const result = deleteObject(context.env.cluster, target.type.kind, namespace, target.name, grace === undefined ? {} : {gracePeriodSeconds: grace});
		for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
		if (!result.ok) {
			if (result.error.reason === 'NotFound' && flags.bool('ignore-not-found')) continue;
			out.err(target.source ? renderSourcedApiError(result.error, 'deleting', target.source) : renderApiError(result.error));
			failed = true;
			continue;
		}
		deleted++;
		gone.push(target);
		const line = deletedLine(target.type, result.value, flags.string('output') === 'name');
		out.out(force ? line.replace('" deleted', '" force deleted') : line);
	}
	if (deleted === 0 && targets.length === 0 && !failed && fileErrors.length === 0) out.out('No resources found\n');
	if (flags.string('wait') !== 'false' && !waitForDeletion(context, gone, out)) failed = true;
	if (fileErrors.length > 0) out.err(checkErr(fileErrors.map(message => `${message}\n`)));
	return out.done(failed || fileErrors.length > 0 ? 1 : 0);
}

/**
 * kubectl's grace period for the request: `--grace-period=0` means 1 unless `--force` (which
 * alone means 0), `--now` means 1; undefined leaves each pod its own.
 */
function gracePeriod(context: KubectlContext): number | undefined | string {
	const {flags} = context;
	let grace = flags.has('grace-period') ? flags.int('grace-period', -1) : -1;
	if (flags.bool('now')) {
		if (grace !== -1) return 'error: --now and --grace-period cannot be specified together\n';
		grace = 1;
	}
	if (grace === 0 && !flags.bool('force')) grace = 1;
	if (flags.bool('force') && grace < 0) grace = 0;
	return grace < 0 ? undefined : grace;
}

/**
 * `--wait` (the default): simulated time passes until every deleted object is gone, a
 * terminating pod through its grace period; `--timeout` (0 = a week, one simulated hour here).
 */
function waitForDeletion(context: KubectlContext, targets: readonly Target[], out: Output): boolean {
	const {cluster} = context.env;
	const present = (target: Target) => cluster.store.has(target.type.kind, target.type.namespaced ? target.namespace || 'default' : undefined, target.name);
	const timeout = parseTimeout(context.flags.string('timeout'), MAX_WAIT_SECONDS);
	// The kubelet removes a pod whose processes stop at once within the moment of the deletion.
	if (targets.length > 0) settle(cluster);
	if (!waitUntil(cluster, timeout, () => !targets.some(present))) {
		for (const target of targets.filter(present)) out.err(`error: timed out waiting for the condition on ${qualifiedResource(target.type)}/${target.name}\n`);
		return false;
	}
	return true;
}

/** `service "web" deleted from default namespace` (kubectl 1.34); cluster-scoped kinds name no namespace. */
export function deletedLine(type: ResourceType, object: KubeObject, asName: boolean): string {
	const kind = qualifiedSingular(type);
	if (asName) return `${kind}/${object.metadata.name}\n`;
	const where = type.namespaced ? ` from ${object.metadata.namespace ?? 'default'} namespace` : '';
	return `${kind} "${object.metadata.name}" deleted${where}\n`;
}

function targetsFromFiles(context: KubectlContext, out: Output): {targets: Target[]; errors: string[]} | undefined {
	const read = readFileItems(context);
	if (!read.ok) {
		out.err(read.message);
		return undefined;
	}
	const targets: Target[] = [];
	const errors: string[] = [];
	for (const item of read.items) {
		if (item.kind === 'error') errors.push(item.message);
		else if (item.kind === 'object') targets.push({type: item.type, namespace: fileNamespace(item, context) ?? '', name: item.manifest.metadata.name, source: item.source});
	}
	return {targets, errors};
}
