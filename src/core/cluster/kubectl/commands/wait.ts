/**
 * `kubectl wait --for=condition=Ready pod/x` and `kubectl rollout status deploy/x`: both let
 * simulated time pass (one second at a time, up to the timeout) until the object is there.
 */
import type {Cluster} from '../../cluster.js';
import {updateObject} from '../../api/api-server.js';
import {advanceTime} from '../../controllers/settle.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedResource, qualifiedSingular, typeForName} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets, type Target} from '../resolve-targets.js';
import {findObject, notFoundMessage} from '../select-objects.js';

export const MAX_WAIT_SECONDS = 3600;

/** `30s`, `2m`, `1m30s`, `60` → seconds. */
export function parseTimeout(text: string, fallback: number): number {
	if (!text) return fallback;
	let total = 0;
	if (/^\d+$/.test(text)) total = Number(text);
	else for (const [, value, unit] of text.matchAll(/(\d+)(h|m|s)/g)) total += Number(value) * (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1);
	// one simulated hour at most, so a typo like --timeout=99999h cannot stall the sandbox
	return Math.min(total || fallback, MAX_WAIT_SECONDS);
}

function conditionTrue(object: KubeObject | undefined, condition: string): boolean {
	const conditions = ((object?.status as {conditions?: Array<{type: string; status: string}>} | undefined)?.conditions ?? []);
	const [type, wanted = 'true'] = condition.split('=');
	return conditions.some(entry => entry.type.toLowerCase() === type.toLowerCase() && entry.status.toLowerCase() === wanted.toLowerCase());
}

export const waitCommand: KubectlCommand = {
	name: 'wait',
	short: 'Wait for a specific condition on one or many resources',
	flags: [...FILE_FLAGS, {name: 'for', type: 'string'}, {name: 'timeout', type: 'string'}, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, {name: 'all', type: 'bool'}],
	run: context => {
		const out = new Output();
		const forText = context.flags.string('for');
		if (!forText) return out.err('error: --for must be specified\n').done(1);
		const deletion = forText === 'delete';
		const condition = /^condition=(.+)$/.exec(forText)?.[1];
		if (!deletion && !condition) return out.err(`error: unrecognized condition: "${forText}"\n`).done(1);
		const resolved = resolveTargets(context, context.flags.args, true);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		if (resolved.errors.length > 0) return out.err(resolved.errors.join('')).done(1);
		if (resolved.targets.length === 0) return out.err('error: no matching resources found\n').done(1);
		const timeout = parseTimeout(context.flags.string('timeout'), 30);
		const {cluster} = context.env;
		const met = (target: Target) => {
			const live = findObject(cluster, target.type, target.object.metadata.namespace ?? '', target.object.metadata.name);
			return deletion ? !live : conditionTrue(live, condition as string);
		};
		let failed = false;
		for (const target of resolved.targets) {
			const label = `${qualifiedSingular(target.type)}/${target.object.metadata.name}`;
			if (waitUntil(cluster, timeout, () => met(target))) out.out(`${label} condition met\n`);
			else {
				out.err(`error: timed out waiting for the condition on ${qualifiedResource(target.type)}/${target.object.metadata.name}\n`);
				failed = true;
			}
		}
		return out.done(failed ? 1 : 0);
	},
};

/** Lets simulated time pass a second at a time until `done`, for at most `seconds`. */
export function waitUntil(cluster: Cluster, seconds: number, done: () => boolean): boolean {
	for (let second = 0; second <= seconds; second++) {
		if (done()) return true;
		if (second < seconds) advanceTime(cluster, 1000);
	}
	return false;
}

const rolloutStatus: KubectlCommand = {
	name: 'status',
	short: 'Show the status of the rollout',
	flags: [{name: 'timeout', type: 'string'}, {name: 'watch', short: 'w', type: 'bool'}],
	run: rolloutStatusRun,
};

function rolloutStatusRun(context: KubectlContext): ShellResult {
	const out = new Output();
	const args = context.flags.args;
	const word = args.length === 1 && args[0].includes('/') ? args[0] : args.join('/');
	const [typeWord, name] = word.split('/');
	const type = typeForName(typeWord ?? '');
	if (!type || !name) return out.err("error: required resource not specified\n").done(1);
	if (!['Deployment', 'StatefulSet', 'DaemonSet'].includes(type.kind)) return out.err(`error: no status viewer has been implemented for ${type.kind}\n`).done(1);
	const {cluster} = context.env;
	const timeout = parseTimeout(context.flags.string('timeout'), 60);
	let lastMessage = '';
	for (let second = 0; second <= timeout; second++) {
		const object = findObject(cluster, type, context.namespace, name);
		if (!object) return out.err(notFoundMessage(type, name)).done(1);
		const spec = (object.spec ?? {}) as {replicas?: number};
		const status = (object.status ?? {}) as {updatedReplicas?: number; availableReplicas?: number; readyReplicas?: number};
		const wanted = spec.replicas ?? 1;
		const available = status.availableReplicas ?? status.readyReplicas ?? 0;
		const updated = status.updatedReplicas ?? available;
		if (available >= wanted && updated >= wanted) {
			out.out(type.kind === 'Deployment' ? `deployment "${name}" successfully rolled out\n` : `partitioned roll out complete: ${wanted} new pods have been updated...\n`);
			return out.done(0);
		}
		const message = `Waiting for deployment "${name}" rollout to finish: ${available} of ${wanted} updated replicas are available...\n`;
		if (message !== lastMessage) out.out(message);
		lastMessage = message;
		if (second < timeout) advanceTime(cluster, 1000);
	}
	return out.err('error: timed out waiting for the condition\n').done(1);
}

const rolloutRestart: KubectlCommand = {
	name: 'restart',
	short: 'Restart a resource',
	flags: [SELECTOR_FLAG],
	run: rolloutRestartRun,
};

/** Like kubectl: stamps the pod template with `kubectl.kubernetes.io/restartedAt`, so the controller rolls new pods. */
function rolloutRestartRun(context: KubectlContext): ShellResult {
	const out = new Output();
	const resolved = resolveTargets(context, context.flags.args, false);
	if (!resolved.ok) return out.err(resolved.message).done(1);
	for (const error of resolved.errors) out.err(error);
	let failed = resolved.errors.length > 0;
	const at = context.env.cluster.clock.timestamp();
	for (const target of resolved.targets) {
		if (!['Deployment', 'StatefulSet', 'DaemonSet'].includes(target.type.kind)) {
			out.err('error: restarting is not supported\n');
			failed = true;
			continue;
		}
		const spec = (target.object.spec ?? {}) as {template?: {metadata?: {annotations?: Record<string, string>}}};
		const template = spec.template ?? {};
		const restarted = {
			...target.object,
			spec: {...spec, template: {...template, metadata: {...template.metadata, annotations: {...template.metadata?.annotations, 'kubectl.kubernetes.io/restartedAt': at}}}},
		} as KubeObject;
		const result = updateObject(context.env.cluster, restarted);
		if (!result.ok) {
			out.err(renderApiError(result.error));
			failed = true;
			continue;
		}
		out.out(`${qualifiedSingular(target.type)}/${target.object.metadata.name} restarted\n`);
	}
	return out.done(failed ? 1 : 0);
}

export const rolloutCommand: KubectlCommand = {
	name: 'rollout',
	short: 'Manage the rollout of a resource',
	flags: [],
	run: context => new Output().err(`error: unknown command "${context.flags.args[0] ?? ''}" for "kubectl rollout"\n`).done(1),
	subcommands: [rolloutStatus, rolloutRestart],
};
