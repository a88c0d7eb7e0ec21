import type {KubeObject} from '../kube-object.js';
import {findResults, relaxedJsonPath} from './jsonpath.js';

export type SortResult = {ok: true; objects: KubeObject[]} | {ok: false; error: string};

/**
 * `--sort-by=.metadata.creationTimestamp`: a stable sort on the first value the path selects;
 * numbers compare numerically, timestamps by time, other values as strings; missing values first.
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
	keyed.sort((a, b) => compareValues(a.key, b.key));
	return {ok: true, objects: keyed.map(entry => entry.object)};
}

function compareValues(a: unknown, b: unknown): number {
	if (a === undefined || a === null) return b === undefined || b === null ? 0 : -1;
	if (b === undefined || b === null) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const timeA = typeof a === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(a) ? Date.parse(a) : Number.NaN;
	const timeB = typeof b === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(b) ? Date.parse(b) : Number.NaN;
	if (!Number.isNaN(timeA) && !Number.isNaN(timeB)) return timeA - timeB;
	const textA = typeof a === 'object' ? JSON.stringify(a) : String(a);
	const textB = typeof b === 'object' ? JSON.stringify(b) : String(b);
	return textA < textB ? -1 : textA > textB ? 1 : 0;
}
