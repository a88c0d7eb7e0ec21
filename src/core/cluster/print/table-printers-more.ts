/**
 * Columns of the less central kinds a fresh cluster serves (printers.go), so `kubectl get` on
 * them looks as it does on a real cluster even though the simulator only stores them.
 */
import type {KubeObject} from '../kube-object.js';
import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import {since} from './human-duration.js';
import {formatLabelSelector} from './format-labels.js';
import type {RowContext, TablePrinter} from './table-printer.js';

const age = (object: KubeObject, context: RowContext): string => since(object.metadata.creationTimestamp, context.now);
const field = <T>(object: KubeObject, key: string): T | undefined => object[key] as T | undefined;
const createdAt = (object: KubeObject): string => object.metadata.creationTimestamp ?? '';

const ACCESS_MODES: Record<string, string> = {ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP'};
const accessModes = (modes: readonly string[] | undefined): string => [...new Set((modes ?? []).map(mode => ACCESS_MODES[mode] ?? mode))].join(',');

interface RoleRef {
	kind?: string;
	name?: string;
}

export const MORE_TABLE_PRINTERS: Readonly<Record<string, TablePrinter>> = {
	NetworkPolicy: {
		headers: ['NAME', 'POD-SELECTOR', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, formatLabelSelector(field<{podSelector?: LabelSelector}>(object, 'spec')?.podSelector), age(object, context)],
	},
	ServiceCIDR: {
		headers: ['NAME', 'CIDRS', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, (field<{cidrs?: string[]}>(object, 'spec')?.cidrs ?? []).join(','), age(object, context)],
	},
	IPAddress: {
		headers: ['NAME', 'PARENTREF'],
		wideHeaders: [],
		row(object) {
			const ref = field<{parentRef?: {group?: string; resource?: string; namespace?: string; name?: string}}>(object, 'spec')?.parentRef;
			if (!ref) return [object.metadata.name, '<none>'];
			const resource = (ref.group ? `${ref.resource}.${ref.group}` : (ref.resource ?? '')).toLowerCase();
			return [object.metadata.name, `${resource}${ref.namespace ? `/${ref.namespace}` : ''}/${ref.name ?? ''}`];
		},
	},
	StorageClass: {
		headers: ['NAME', 'PROVISIONER', 'RECLAIMPOLICY', 'VOLUMEBINDINGMODE', 'ALLOWVOLUMEEXPANSION', 'AGE'],
		wideHeaders: [],
		row(object, context) {
			const annotations = object.metadata.annotations ?? {};
			const isDefault =
				annotations['storageclass.kubernetes.io/is-default-class'] === 'true' || annotations['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
			return [
				object.metadata.name + (isDefault ? ' (default)' : ''),
				String(object.provisioner ?? ''),
				String(object.reclaimPolicy ?? 'Delete'),
				String(object.volumeBindingMode ?? 'Immediate'),
				String(object.allowVolumeExpansion ?? false),
				age(object, context),
			];
		},
	},
	Lease: {
		headers: ['NAME', 'HOLDER', 'AGE'],
		wideHeaders: [],
		row: (object, context) => [object.metadata.name, field<{holderIdentity?: string}>(object, 'spec')?.holderIdentity ?? '', age(object, context)],
	},
	Role: {headers: ['NAME', 'CREATED AT'], wideHeaders: [], row: object => [object.metadata.name, createdAt(object)]},
	ClusterRole: {headers: ['NAME', 'CREATED AT'], wideHeaders: [], row: object => [object.metadata.name, createdAt(object)]},
	CustomResourceDefinition: {headers: ['NAME', 'CREATED AT'], wideHeaders: [], row: object => [object.metadata.name, createdAt(object)]},
	LimitRange: {headers: ['NAME', 'CREATED AT'], wideHeaders: [], row: object => [object.metadata.name, createdAt(object)]},
	RoleBinding: {
		headers: ['NAME', 'ROLE', 'AGE'],
		wideHeaders: ['USERS', 'GROUPS', 'SERVICEACCOUNTS'],
		row: (object, context) => bindingRow(object, context),
	},
	ClusterRoleBinding: {
		headers: ['NAME', 'ROLE', 'AGE'],
		wideHeaders: ['USERS', 'GROUPS', 'SERVICEACCOUNTS'],
		row: (object, context) => bindingRow(object, context),
	},
	PersistentVolumeClaim: {
		headers: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'VOLUMEATTRIBUTESCLASS', 'AGE'],
		wideHeaders: ['VOLUMEMODE'],
		row(object, context) {
			const spec = field<{volumeName?: string; storageClassName?: string; volumeAttributesClassName?: string; volumeMode?: string}>(object, 'spec') ?? {};
			const status = field<{phase?: string; capacity?: {storage?: string}; accessModes?: string[]}>(object, 'status') ?? {};
			const bound = Boolean(spec.volumeName);
			const cells = [
				object.metadata.name,
				object.metadata.deletionTimestamp ? 'Terminating' : (status.phase ?? 'Pending'),
				spec.volumeName ?? '',
				bound ? (status.capacity?.storage ?? '') : '',
				bound ? accessModes(status.accessModes) : '',
				spec.storageClassName ?? '',
				spec.volumeAttributesClassName || '<unset>',
				age(object, context),
			];
			if (context.wide) cells.push(spec.volumeMode ?? 'Filesystem');
			return cells;
		},
	},
	PodDisruptionBudget: {
		headers: ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
		wideHeaders: [],
		row(object, context) {
			const spec = field<{minAvailable?: number | string; maxUnavailable?: number | string}>(object, 'spec') ?? {};
			const status = field<{disruptionsAllowed?: number}>(object, 'status') ?? {};
			return [
				object.metadata.name,
				spec.minAvailable !== undefined ? String(spec.minAvailable) : 'N/A',
				spec.maxUnavailable !== undefined ? String(spec.maxUnavailable) : 'N/A',
				String(status.disruptionsAllowed ?? 0),
				age(object, context),
			];
		},
	},
	PriorityClass: {
		headers: ['NAME', 'VALUE', 'GLOBAL-DEFAULT', 'AGE', 'PREEMPTIONPOLICY'],
		wideHeaders: [],
		row: (object, context) => [
			object.metadata.name,
			String(object.value ?? 0),
			String(object.globalDefault ?? false),
			age(object, context),
			String(object.preemptionPolicy ?? 'PreemptLowerPriority'),
		],
	},
};

function bindingRow(object: KubeObject, context: RowContext): string[] {
	const ref = field<RoleRef>(object, 'roleRef');
	const cells = [object.metadata.name, `${ref?.kind ?? ''}/${ref?.name ?? ''}`, age(object, context)];
	if (context.wide) {
		const subjects = field<{kind?: string; name?: string; namespace?: string}[]>(object, 'subjects') ?? [];
		const of = (kind: string, format: (s: {name?: string; namespace?: string}) => string): string =>
			subjects
				.filter(s => s.kind === kind)
				.map(format)
				.join(', ');
		cells.push(of('User', s => s.name ?? ''), of('Group', s => s.name ?? ''), of('ServiceAccount', s => `${s.namespace ?? ''}/${s.name ?? ''}`));
	}
	return cells;
}
