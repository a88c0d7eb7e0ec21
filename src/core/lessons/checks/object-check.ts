/** An object exists with given field values, or no longer exists. */
import type {Cluster} from '../../cluster/cluster.js';
import type {AbsentCheck, CheckResult, ObjectCheck} from '../task.js';

export function objectCheckLabel(check: ObjectCheck): string {
	const fields = Object.entries(check.fields).map(([path, value]) => `${path}=${JSON.stringify(value)}`);
	return fields.length === 0 ? `${check.objectKind} ${check.name} exists` : `${check.objectKind} ${check.name} has ${fields.join(', ')}`;
}

export function runObjectCheck(cluster: Cluster, check: ObjectCheck): CheckResult {
	const label = check.label ?? objectCheckLabel(check);
	const object = cluster.store.peek(check.objectKind, check.namespace, check.name);
	if (!object) return {label, passed: false, why: `There is no ${check.objectKind} ${check.name}${check.namespace ? ` in namespace ${check.namespace}` : ''}`};
	for (const [path, expected] of Object.entries(check.fields)) {
		const actual = valueAt(object, path);
		if (!sameValue(actual, expected)) {
			const shown = actual === undefined ? 'is not set' : `is ${JSON.stringify(actual)}`;
			return {label, passed: false, why: `${check.objectKind} ${check.name}: ${path} ${shown}, not ${JSON.stringify(expected)}`};
		}
	}
	return {label, passed: true};
}

export function runAbsentCheck(cluster: Cluster, check: AbsentCheck): CheckResult {
	const label = check.label ?? `${check.objectKind} ${check.name} is deleted`;
	return cluster.store.has(check.objectKind, check.namespace, check.name)
		? {label, passed: false, why: `${check.objectKind} ${check.name} still exists`}
		: {label, passed: true};
}

/** Reads `spec.rules[0].host` style paths; undefined when any step is missing. */
export function valueAt(root: unknown, path: string): unknown {
	const steps = path.match(/[^.[\]]+/g) ?? [];
	let value: unknown = root;
	for (const step of steps) {
		if (value === null || typeof value !== 'object') return undefined;
		value = Array.isArray(value) && /^\d+$/.test(step) ? value[Number(step)] : (value as Record<string, unknown>)[step];
	}
	return value;
}

function sameValue(actual: unknown, expected: unknown): boolean {
	if (typeof expected === 'object' && expected !== null) return JSON.stringify(actual) === JSON.stringify(expected);
	return actual === expected || (actual !== undefined && String(actual) === String(expected));
}
