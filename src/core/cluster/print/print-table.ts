import type {KubeObject} from '../kube-object.js';
import {qualifiedSingular, typeForKind, type ResourceType} from '../resource-types.js';
import {formatLabels} from './format-labels.js';
import {tabWriter} from './tab-writer.js';
import {printerFor} from './table-printers.js';

export interface TableOptions {
	/** Simulated milliseconds now (the cluster clock), for AGE. */
	now: number;
	wide?: boolean;
	showLabels?: boolean;
	/** `-A`: a leading NAMESPACE column (never for cluster-scoped kinds). */
	allNamespaces?: boolean;
	noHeaders?: boolean;
	/** `-L key`: one column per key, headed by the key's last path segment upper-cased. */
	labelColumns?: readonly string[];
	/** Print names as `service/web` (several kinds at once, `kubectl get all`). */
	withKind?: boolean;
}

/** `kubectl get <kind>` for a list of objects of one kind: the whole table with its trailing newline. */
export function printTable(resource: ResourceType | string, objects: readonly KubeObject[], options: TableOptions): string {
	return tabWriter(tableRows(resource, objects, options));
}

/** Header and rows, before alignment. Empty when there are no objects (kubectl then prints only its "No resources found" notice). */
export function tableRows(resource: ResourceType | string, objects: readonly KubeObject[], options: TableOptions): string[][] {
	if (objects.length === 0) return [];
	const type = typeof resource === 'string' ? typeForKind(resource) : resource;
	const kind = typeof resource === 'string' ? resource : resource.kind;
	const printer = printerFor(kind);
	const wide = options.wide ?? false;
	const withNamespace = (options.allNamespaces ?? false) && (type?.namespaced ?? true);
	const labelColumns = options.labelColumns ?? [];
	const prefix = options.withKind ? `${type ? qualifiedSingular(type) : kind.toLowerCase()}/` : '';

	const headers = [
		...(withNamespace ? ['NAMESPACE'] : []),
		...printer.headers,
		...(wide ? printer.wideHeaders : []),
		...labelColumns.map(key => (key.split('/').pop() ?? key).toUpperCase()),
		...(options.showLabels ? ['LABELS'] : []),
	];
	const rows = objects.map(object => {
		const cells = printer.row(object, {now: options.now, wide});
		if (prefix && kind !== 'Event') cells[0] = prefix + cells[0];
		return [
			...(withNamespace ? [object.metadata.namespace ?? ''] : []),
			...cells,
			...labelColumns.map(key => object.metadata.labels?.[key] ?? ''),
			...(options.showLabels ? [formatLabels(object.metadata.labels)] : []),
		];
	});
	return options.noHeaders ? rows : [headers, ...rows];
}

/** The kinds `kubectl get all` lists, in kubectl's order. */
export const GET_ALL_KINDS = ['Pod', 'Service', 'DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet', 'HorizontalPodAutoscaler', 'CronJob', 'Job'] as const;

/**
 * Several kinds in one `kubectl get` (`get all`, `get svc,deploy`): one table per kind that has
 * objects, names prefixed with the kind (`service/kubernetes`), tables separated by a blank line.
 */
export function printGetAll(groups: readonly {resource: ResourceType | string; objects: readonly KubeObject[]}[], options: TableOptions): string {
	return groups
		.filter(group => group.objects.length > 0)
		.map(group => printTable(group.resource, group.objects, {...options, withKind: true}))
		.join('\n');
}
