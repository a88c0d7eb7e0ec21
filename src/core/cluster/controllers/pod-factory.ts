/**
 * Pods made from a workload's template, with what the API server's admission adds to every pod
 * (service account, the not-ready/unreachable tolerations, priority) so `-o yaml` looks real.
 */
import type {Container, PodTemplateSpec, Toleration, Volume} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {nowTimestamp} from './controller-clock.js';
import {ownerReferenceTo} from './object-meta.js';

const DEFAULT_TOLERATIONS: Toleration[] = [
	{effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300},
	{effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300},
];

export interface PodOptions {
	name: string;
	generateName?: string;
	labels?: Record<string, string>;
	/** Extra fields merged into the pod spec (hostname, subdomain, affinity …). */
	spec?: Partial<NonNullable<Pod['spec']>>;
}

export function podFromTemplate(cluster: Cluster, owner: Readonly<KubeObject>, template: Readonly<PodTemplateSpec> | undefined, options: PodOptions): Pod & KubeObject {
	// Stored objects are frozen, so the pod may share the template's parts instead of copying them.
	const spec = (template?.spec ?? {containers: []}) as NonNullable<Pod['spec']>;
	const tolerations = [...(spec.tolerations ?? [])];
	for (const toleration of DEFAULT_TOLERATIONS) if (!tolerations.some(t => t.key === toleration.key)) tolerations.push(toleration);
	const metadata = template?.metadata ?? {};
	const withToken = serviceAccountAdmission(cluster, {...spec, ...(options.spec ?? {})});
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: options.name,
			...(options.generateName ? {generateName: options.generateName} : {}),
			namespace: owner.metadata.namespace,
			uid: cluster.random.uid(),
			creationTimestamp: nowTimestamp(cluster),
			labels: {...(metadata.labels ?? {}), ...(options.labels ?? {})},
			...(metadata.annotations ? {annotations: {...metadata.annotations}} : {}),
			ownerReferences: [ownerReferenceTo(owner)],
		},
		spec: {
			...spec,
			serviceAccountName: spec.serviceAccountName ?? 'default',
			serviceAccount: spec.serviceAccountName ?? 'default',
			enableServiceLinks: spec.enableServiceLinks ?? true,
			preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
			priority: spec.priority ?? 0,
			restartPolicy: spec.restartPolicy ?? 'Always',
			dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
			schedulerName: spec.schedulerName ?? 'default-scheduler',
			terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
			tolerations,
			...(options.spec ?? {}),
			...withToken,
		},
		status: {phase: 'Pending', qosClass: qosClass(spec)},
	};
}

const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * What the ServiceAccount admission plugin adds to every pod that doesn't opt out: the projected
 * `kube-api-access-<5 random>` volume (token, kube-root-ca.crt, namespace) mounted read-only in
 * each container. Returns the spec fields to override (volumes, containers, initContainers).
 */
export function serviceAccountAdmission(cluster: Cluster, spec: Readonly<NonNullable<Pod['spec']>>): Partial<NonNullable<Pod['spec']>> {
	if (spec.automountServiceAccountToken === false) return {};
	const containers = spec.containers ?? [];
	const allMounts = [...containers, ...(spec.initContainers ?? [])].flatMap(c => c.volumeMounts ?? []);
	if (allMounts.some(mount => mount.mountPath === TOKEN_MOUNT_PATH)) return {};
	const name = `kube-api-access-${cluster.random.suffix(5)}`;
	const mount = {mountPath: TOKEN_MOUNT_PATH, name, readOnly: true};
	const addMount = (container: Readonly<Container>): Container => ({...container, volumeMounts: [...(container.volumeMounts ?? []), mount]});
	const volume: Volume = {
		name,
		projected: {
			defaultMode: 420,
			sources: [
				{serviceAccountToken: {expirationSeconds: 3607, path: 'token'}},
				{configMap: {items: [{key: 'ca.crt', path: 'ca.crt'}], name: 'kube-root-ca.crt'}},
				{downwardAPI: {items: [{fieldRef: {apiVersion: 'v1', fieldPath: 'metadata.namespace'}, path: 'namespace'}]}},
			],
		},
	};
	return {
		containers: containers.map(addMount),
		...(spec.initContainers ? {initContainers: spec.initContainers.map(addMount)} : {}),
		volumes: [...(spec.volumes ?? []), volume],
	};
}

function qosClass(spec: NonNullable<Pod['spec']>): string {
	const containers = spec.containers ?? [];
	const hasAny = containers.some(c => c.resources?.requests || c.resources?.limits);
	if (!hasAny) return 'BestEffort';
	const guaranteed = containers.every(c => {
		const limits = c.resources?.limits ?? {};
		const requests = c.resources?.requests ?? limits;
		return limits.cpu !== undefined && limits.memory !== undefined && String(requests.cpu) === String(limits.cpu) && String(requests.memory) === String(limits.memory);
	});
	return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** A `<prefix><5 random>` name not yet taken in the namespace. */
export function uniqueName(cluster: Cluster, kind: string, namespace: string | undefined, prefix: string): string {
	for (;;) {
		const name = `${prefix}${cluster.random.suffix(5)}`;
		if (!cluster.store.has(kind, namespace, name)) return name;
	}
}
