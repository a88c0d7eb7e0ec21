/**
 * `kubectl wait --for=condition=Ready pod/x` and `kubectl rollout status deploy/x`: both let
 * simulated time pass (one second at a time, up to the timeout) until the object is there; in the
 * interactive sandbox both are jobs that wait on the wall clock (shell/job.ts).
 */
import type {Cluster} from '../../cluster.js';
import type {OutputChunk} from '../../command-result.js';
import type {Job} from '../../shell/job.js';
import {updateObject} from '../../api/api-server.js';
import {advanceTime} from '../../controllers/settle.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedResource, qualifiedSingular, typeForName} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand, type KubectlContext} from '../command.js';
import {Output, type ShellResult} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets, type Target} from '../resolve-targets.js';
import {findObject, notFoundMessage} from '../select-objects.js';

const MAX_WAIT_SECONDS = 3600;

/** `30s`, `2m`, `1m30s`, `60` → seconds. */
function parseTimeout(text: string, fallback: number): number {
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
		// waiting for a deletion, an object that is already gone is the answer (kubectl ignores its NotFound)
		const errors = deletion ? resolved.errors.filter(error => !error.startsWith('Error from server (NotFound)')) : resolved.errors;
		if (errors.length > 0) return out.err(errors.join('')).done(1);
		if (resolved.targets.length === 0) return deletion ? out.done(0) : out.err('error: no matching resources found\n').done(1);
		const timeout = parseTimeout(context.flags.string('timeout'), 30);
		const {cluster} = context.env;
		const met = (target: Target) => {
			const live = findObject(cluster, target.type, target.object.metadata.namespace ?? '', target.object.metadata.name);
			return deletion ? !live : conditionTrue(live, condition as string);
		};
		out.job = waitJob(cluster, resolved.targets, timeout, met);
		return out.done(0);
	},
};

/**
 * kubectl wait as a job: each look reports the targets whose condition now holds, in order, and
 * the timeout ends it; in the interactive sandbox it follows the wall clock (Ctrl+C stops it),
 * elsewhere `finish` lets its seconds pass at once.
 */
function waitJob(cluster: Cluster, targets: readonly Target[], timeoutSeconds: number, met: (target: Target) => boolean): Job {
	const started = cluster.clock.now();
	let next = 0;
	let failed = false;
	const label = (target: Target) => `${qualifiedSingular(target.type)}/${target.object.metadata.name}`;
	const look = (): {output: OutputChunk[]; exitCode?: number} => {
		const output: OutputChunk[] = [];
		while (next < targets.length && met(targets[next])) output.push({stream: 'stdout', text: `${label(targets[next++])} condition met\n`});
		const timedOut = cluster.clock.now() - started >= timeoutSeconds * 1000;
		if (next < targets.length && !timedOut) return {output};
		// what is still not met when the time is up times out, each with its own line
		for (; next < targets.length; next++) {
			const target = targets[next];
			if (met(target)) output.push({stream: 'stdout', text: `${label(target)} condition met\n`});
			else {
				output.push({stream: 'stderr', text: `error: timed out waiting for the condition on ${qualifiedResource(target.type)}/${target.object.metadata.name}\n`});
				failed = true;
			}
		}
		return {output, exitCode: failed ? 1 : 0};
	};
	return {
		command: 'kubectl wait',
		drain: look,
		stop: () => undefined,
		finish: () => {
			const output: OutputChunk[] = [];
			for (const target of targets) {
				if (waitUntil(cluster, timeoutSeconds, () => met(target))) output.push({stream: 'stdout', text: `${label(target)} condition met\n`});
				else {
					output.push({stream: 'stderr', text: `error: timed out waiting for the condition on ${qualifiedResource(target.type)}/${target.object.metadata.name}\n`});
					failed = true;
				}
			}
			return {output, exitCode: failed ? 1 : 0};
		},
	};
}

function waitUntil(cluster: Cluster, seconds: number, done: () => boolean): boolean {
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
	/** One look at the rollout: its line when it changed, and an exit code once it is over. */
	const look = (): {output: OutputChunk[]; exitCode?: number} => {
		const object = findObject(cluster, type, context.namespace, name);
		if (!object) return {output: [{stream: 'stderr', text: notFoundMessage(type, name)}], exitCode: 1};
		const spec = (object.spec ?? {}) as {replicas?: number};
		const status = (object.status ?? {}) as {updatedReplicas?: number; availableReplicas?: number; readyReplicas?: number};
		const wanted = spec.replicas ?? 1;
		const available = status.availableReplicas ?? status.readyReplicas ?? 0;
		const updated = status.updatedReplicas ?? available;
		if (available >= wanted && updated >= wanted) {
			return {output: [{stream: 'stdout', text: type.kind === 'Deployment' ? `deployment "${name}" successfully rolled out\n` : `partitioned roll out complete: ${wanted} new pods have been updated...\n`}], exitCode: 0};
		}
		const message = `Waiting for deployment "${name}" rollout to finish: ${available} of ${wanted} updated replicas are available...\n`;
		const changed = message !== lastMessage;
		lastMessage = message;
		return {output: changed ? [{stream: 'stdout', text: message}] : []};
	};
	const first = look();
	for (const chunk of first.output) out.chunks.push(chunk);
	if (first.exitCode !== undefined) return out.done(first.exitCode);
	const started = cluster.clock.now();
	const timedOut: {output: OutputChunk[]; exitCode: number} = {output: [{stream: 'stderr', text: 'error: timed out waiting for the condition\n'}], exitCode: 1};
	// a job: in the interactive sandbox it watches on the wall clock until Ctrl+C; elsewhere `finish` lets its seconds pass at once
	out.job = {
		command: 'kubectl rollout status',
		drain: () => {
			const step = look();
			if (step.exitCode !== undefined || cluster.clock.now() - started < timeout * 1000) return step;
			return {output: [...step.output, ...timedOut.output], exitCode: 1};
		},
		stop: () => undefined,
		finish: () => {
			const output: OutputChunk[] = [];
			for (let second = 1; second <= timeout; second++) {
				advanceTime(cluster, 1000);
				const step = look();
				output.push(...step.output);
				if (step.exitCode !== undefined) return {output, exitCode: step.exitCode};
			}
			return {output: [...output, ...timedOut.output], exitCode: 1};
		},
	};
	return out.done(0);
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
