import type {KubeObject} from '../kube-object.js';
import {findResults, goValueText, relaxedJsonPath} from './jsonpath.js';
import {tabWriter} from './tab-writer.js';

export type CustomColumnsResult = {ok: true; text: string} | {ok: false; error: string};

/**
 * `-o custom-columns=NAME:.metadata.name,IP:.spec.clusterIP`: one column per `HEADER:path`,
 * `<none>` where nothing matches, several matches joined by `,`.
 */
export function printCustomColumns(objects: readonly KubeObject[], spec: string, options: {noHeaders?: boolean} = {}): CustomColumnsResult {
	if (spec === '') return {ok: false, error: 'error: custom-columns format specified but no custom columns given\n'};
	const columns: {header: string; path: string}[] = [];
	for (const part of spec.split(',')) {
		const colon = part.indexOf(':');
		if (colon === -1) return {ok: false, error: `error: unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>\n`};
		const path = relaxedJsonPath(part.slice(colon + 1));
		if (path === undefined) {
			return {ok: false, error: "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n"};
		}
		columns.push({header: part.slice(0, colon), path});
	}
	const rows: string[][] = options.noHeaders ? [] : [columns.map(column => column.header)];
	for (const object of objects) {
		const row: string[] = [];
		for (const column of columns) {
			const found = findResults(column.path, object);
			if (!found.ok) return {ok: false, error: `error: ${found.error}\n`};
			row.push(found.values.length === 0 ? '<none>' : found.values.map(goValueText).join(','));
		}
		rows.push(row);
	}
	return {ok: true, text: tabWriter(rows)};
}
