/**
 * kubectl's polymorphic helper UpdatePodSpecForObject: where a kind keeps the pod spec that
 * `set image|env|resources` change (a Pod's own spec, a workload's template, a CronJob's job template).
 */
import type {KubeObject} from '../kube-object.js';

type Fields = Record<string, unknown>;

export interface ContainerFields extends Fields {
	name?: string;
	image?: string;
	env?: Fields[];
	resources?: {limits?: Record<string, string>; requests?: Record<string, string>};
}

export interface PodSpecFields extends Fields {
	containers?: ContainerFields[];
	initContainers?: ContainerFields[];
}

const TEMPLATED: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ReplicationController', 'Job']);

/** The pod spec inside `object` (a live reference, to edit a copy in place), or undefined when the kind has none. */
export function podSpecOf(object: KubeObject): PodSpecFields | undefined {
	const spec = ((object as unknown as Fields).spec ?? undefined) as Fields | undefined;
	if (object.kind === 'Pod') return spec as PodSpecFields | undefined;
	if (TEMPLATED.has(object.kind)) return child(child(spec, 'template'), 'spec');
	if (object.kind === 'CronJob') return child(child(child(child(spec, 'jobTemplate'), 'spec'), 'template'), 'spec');
	return undefined;
}

function child(fields: Fields | undefined, key: string): Fields | undefined {
	if (!fields) return undefined;
	const value = fields[key];
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as Fields;
	const created: Fields = {};
	fields[key] = created;
	return created;
}

/** kubectl's error for a kind without a pod template: `… does not have a pod template: *v1.Service`. */
export function noPodTemplate(object: KubeObject): string {
	const version = object.apiVersion.split('/').pop() ?? object.apiVersion;
	return `the object is not a pod or does not have a pod template: *${version}.${object.kind}`;
}

/** kubectl's `-c` selection: `*` wildcards, init containers after the others, as set env and set resources visit them. */
export function selectContainers(spec: PodSpecFields, pattern: string): ContainerFields[] {
	const matches = (name: string) => wildcard(pattern).test(name);
	return [...(spec.containers ?? []), ...(spec.initContainers ?? [])].filter(container => matches(container.name ?? ''));
}

function wildcard(pattern: string): RegExp {
	return new RegExp(`^${pattern.split('*').map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}
