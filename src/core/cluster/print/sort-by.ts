import type {KubeObject} from '../kube-object.js';
import {parseQuantity} from './describe/quantity.js';
import {findResults, relaxedJsonPath} from './jsonpath.js';

export type SortResult = {ok: true; objects: KubeObject[]} | {ok: false; error: string};

const QUANTITY = /^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;

/**
 * `--sort-by=.metadata.creationTimestamp` as kubectl's sorter orders rows: on the first value the
 * path selects, objects without one first; numbers numerically, two quantities (`100m`, `1Gi`) by
 * amount, other strings byte by byte (`web-10` before `web-9`; timestamps therefore by time).
 * A path that no object has is an error once there is more than one object to sort.
 */
export function sortObjects(objects: readonly KubeObject[], field: string): SortResult {
	const path = relaxedJsonPath(field);
	if (path === undefined) {
		return {ok: false, error: "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n"};
	}
	const keyed: {object: KubeObject; key: unknown}[] = [];
	for (const object of objects) {
		const found = findResults(path, object);
		if (!found.ok) return {ok: false, error: `error: ${found.error}\n`};
		keyed.push({object, key: found.values[0]});
	}
	if (keyed.length > 1 && keyed.every(entry => entry.key === undefined)) {
		return {ok: false, error: `error: couldn't find any field with path "${path}" in the list of objects\n`};
	}
	keyed.sort((a, b) => compareValues(a.key, b.key));
	return {ok: true, objects: keyed.map(entry => entry.object)};
}

function compareValues(a: unknown, b: unknown): number {
	if (a === undefined) return b === undefined ? 0 : -1;
	if (b === undefined) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'string' && typeof b === 'string') {
		if (QUANTITY.test(a) && QUANTITY.test(b)) return parseQuantity(a).value - parseQuantity(b).value;
		return byteCompare(a, b);
	}
	return byteCompare(JSON.stringify(a) ?? '', JSON.stringify(b) ?? '');
}

function byteCompare(left: string, right: string): number {
	return left < right ? -1 : left > right ? 1 : 0;
}
