/**
 * `kubectl wait --for=condition=Ready pod/x`: simulated time passes (one second at a time, up to
 * the timeout) until the condition holds; `rollout status` and `delete` wait the same way.
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
import {rolloutStatus as statusOf} from '../rollout-status.js';

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
