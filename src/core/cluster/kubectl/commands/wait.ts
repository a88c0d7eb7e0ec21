/**
 * `kubectl wait --for=condition=Ready pod/x`: simulated time passes (one second at a time, up to
 * the timeout) until the condition holds; in the interactive sandbox it is a job that waits on the
 * wall clock (shell/job.ts). `rollout status` (rollout.ts) and `delete` wait the same way.
 */
import type {Cluster} from '../../cluster.js';
import type {OutputChunk} from '../../command-result.js';
import type {Job} from '../../shell/job.js';
import {advanceTime} from '../../controllers/settle.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedResource, qualifiedSingular} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {resolveTargets, type Target} from '../resolve-targets.js';
import {findObject} from '../select-objects.js';

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

/** Lets simulated time pass a second at a time until `done`, for at most `seconds`. */
export function waitUntil(cluster: Cluster, seconds: number, done: () => boolean): boolean {
	for (let second = 0; second <= seconds; second++) {
		if (done()) return true;
		if (second < seconds) advanceTime(cluster, 1000);
	}
	return false;
}
