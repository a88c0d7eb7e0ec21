/**
 * Deployment → ReplicaSets. The ReplicaSet for the current template is `<deploy>-<pod-template-hash>`;
 * a template change creates a new one at full size and scales the old ones to 0 at once (an
 * instant rollout), recording each step as a ScalingReplicaSet event.
 */
import type {DeploymentCondition} from 'kubernetes-types/apps/v1.js';
import type {Cluster} from '../cluster.js';
import type {Deployment, KubeObject, ReplicaSet} from '../kube-object.js';
import {type ControllerState} from './controller-state.js';
import {nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {ownerReferenceTo, putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podTemplateHash} from './pod-template-hash.js';

type DeploymentObject = Deployment & KubeObject;
type ReplicaSetObject = ReplicaSet & KubeObject;

const REVISION = 'deployment.kubernetes.io/revision';

export function syncDeployment(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const deployment = cluster.store.peek<DeploymentObject>('Deployment', namespace, name);
	if (!deployment) return;
	const replicas = deployment.spec?.replicas ?? 1;
	const owned = ownedBy<ReplicaSetObject>(state, deployment.metadata.uid, 'ReplicaSet');
	const hash = podTemplateHash(deployment.spec?.template ?? {}, deployment.status?.collisionCount ?? 0);
	let current = owned.find(rs => rs.metadata.labels?.['pod-template-hash'] === hash);
	const maxRevision = Math.max(0, ...owned.map(rs => Number(rs.metadata.annotations?.[REVISION] ?? 0)));

	if (!current && deployment.spec?.paused) {
		// A paused rollout keeps the newest existing ReplicaSet and only follows replica changes.
		current = [...owned].sort((a, b) => Number(b.metadata.annotations?.[REVISION] ?? 0) - Number(a.metadata.annotations?.[REVISION] ?? 0))[0];
	}
	if (!current) {
		current = newReplicaSet(cluster, deployment, hash, replicas, maxRevision + 1);
		cluster.store.save(current);
		recordScaling(cluster, deployment, current.metadata.name, 'up', 0, replicas);
	} else {
		// Rolling back to an older template makes its ReplicaSet the newest revision again.
		const own = Number(current.metadata.annotations?.[REVISION] ?? 0);
		const revision = own === 0 || own < maxRevision ? maxRevision + 1 : own;
		const from = current.spec?.replicas ?? 0;
		const next = withReplicas(current, replicas, {[REVISION]: String(revision)}, replicas);
		putIfChanged(cluster, next, current);
		if (from !== replicas) recordScaling(cluster, deployment, current.metadata.name, replicas > from ? 'up' : 'down', from, replicas);
		current = next;
	}
	for (const rs of old(owned, current)) {
		const from = rs.spec?.replicas ?? 0;
		if (from === 0) continue;
		putIfChanged(cluster, withReplicas(rs, 0, {}, replicas), rs);
		recordScaling(cluster, deployment, rs.metadata.name, 'down', from, 0);
	}
	const all = ownedBy<ReplicaSetObject>(state, deployment.metadata.uid, 'ReplicaSet').map(rs => (rs.metadata.name === current.metadata.name ? current : rs));
	writeStatus(cluster, state, deployment, current, all);
}

function old(owned: ReadonlyArray<Readonly<ReplicaSetObject>>, current: Readonly<ReplicaSetObject>): Array<Readonly<ReplicaSetObject>> {
	return owned.filter(rs => rs.metadata.name !== current.metadata.name);
}

function newReplicaSet(cluster: Cluster, deployment: Readonly<DeploymentObject>, hash: string, replicas: number, revision: number): ReplicaSetObject {
	const template = structuredClone(deployment.spec?.template ?? {}) as NonNullable<ReplicaSet['spec']>['template'] & object;
	template.metadata = {...(template.metadata ?? {}), labels: {...(template.metadata?.labels ?? {}), 'pod-template-hash': hash}};
	const selector = structuredClone(deployment.spec?.selector ?? {});
	selector.matchLabels = {...(selector.matchLabels ?? {}), 'pod-template-hash': hash};
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: {
			name: `${deployment.metadata.name}-${hash}`,
			namespace: deployment.metadata.namespace,
			uid: cluster.random.uid(),
			creationTimestamp: nowTimestamp(cluster),
			generation: 1,
			labels: {...(template.metadata.labels ?? {})},
			annotations: replicaAnnotations(replicas, deployment, {[REVISION]: String(revision)}),
			ownerReferences: [ownerReferenceTo(deployment)],
		},
		spec: {replicas, selector, template},
		status: {replicas: 0},
	};
}

/** The Deployment's own annotations travel to its ReplicaSets (so `rollout history` sees change-cause). */
function copiedAnnotations(deployment: Readonly<DeploymentObject>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(deployment.metadata.annotations ?? {})) {
		if (key === 'kubectl.kubernetes.io/last-applied-configuration' || key.startsWith('deployment.kubernetes.io/')) continue;
		out[key] = value;
	}
	return out;
}

function replicaAnnotations(replicas: number, deployment: Readonly<DeploymentObject>, extra: Record<string, string>): Record<string, string> {
	const surge = deployment.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%';
	const extraPods = typeof surge === 'number' ? surge : Math.ceil((replicas * Number.parseInt(String(surge), 10)) / 100);
	return {
		...copiedAnnotations(deployment),
		'deployment.kubernetes.io/desired-replicas': String(replicas),
		'deployment.kubernetes.io/max-replicas': String(replicas + (deployment.spec?.strategy?.type === 'Recreate' ? 0 : extraPods)),
		...extra,
	};
}

function withReplicas(rs: Readonly<ReplicaSetObject>, replicas: number, extra: Record<string, string>, desired: number): ReplicaSetObject {
	const annotations = {...(rs.metadata.annotations ?? {}), ...extra, 'deployment.kubernetes.io/desired-replicas': String(desired)};
	const changedSpec = (rs.spec?.replicas ?? 0) !== replicas;
	return {
		...rs,
		metadata: {...rs.metadata, annotations, generation: (rs.metadata.generation ?? 1) + (changedSpec ? 1 : 0)},
		spec: {...(rs.spec as NonNullable<ReplicaSet['spec']>), replicas},
	} as ReplicaSetObject;
}

function recordScaling(cluster: Cluster, deployment: Readonly<DeploymentObject>, rs: string, direction: 'up' | 'down', from: number, to: number): void {
	recordEvent(cluster, deployment, {
		type: 'Normal',
		reason: 'ScalingReplicaSet',
		message: `Scaled ${direction} replica set ${rs} from ${from} to ${to}`,
		component: 'deployment-controller',
	});
}

function writeStatus(cluster: Cluster, state: ControllerState, deployment: Readonly<DeploymentObject>, current: Readonly<ReplicaSetObject>, all: ReadonlyArray<Readonly<ReplicaSetObject>>): void {
	const desired = deployment.spec?.replicas ?? 1;
	const sum = (pick: (rs: Readonly<ReplicaSetObject>) => number | undefined) => all.reduce((n, rs) => n + (pick(rs) ?? 0), 0);
	const replicas = sum(rs => rs.status?.replicas);
	const ready = sum(rs => rs.status?.readyReplicas);
	const available = sum(rs => rs.status?.availableReplicas);
	const updated = current.status?.replicas ?? 0;
	const maxUnavailable = unavailableAllowed(deployment, desired);
	const now = nowTimestamp(cluster);
	const previous = deployment.status?.conditions ?? [];
	const isAvailable = available >= desired - maxUnavailable;
	const progressed = updated === desired && (current.status?.availableReplicas ?? 0) >= desired && replicas === desired;
	const conditions: DeploymentCondition[] = [
		condition(previous, 'Available', isAvailable ? 'True' : 'False',
			isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
			isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', now),
		condition(previous, 'Progressing', 'True',
			progressed ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
			progressed ? `ReplicaSet "${current.metadata.name}" has successfully progressed.` : `ReplicaSet "${current.metadata.name}" is progressing.`, now),
	];
	const status: NonNullable<Deployment['status']> = {
		observedGeneration: deployment.metadata.generation ?? 1,
		...(replicas ? {replicas} : {}),
		...(updated ? {updatedReplicas: updated} : {}),
		...(ready ? {readyReplicas: ready} : {}),
		...(available ? {availableReplicas: available} : {}),
		...(replicas - available > 0 ? {unavailableReplicas: replicas - available} : {}),
		conditions,
	};
	const revision = current.metadata.annotations?.[REVISION] ?? '1';
	const annotations = {...(deployment.metadata.annotations ?? {}), [REVISION]: revision};
	putIfChanged(cluster, {...deployment, metadata: {...deployment.metadata, annotations}, status} as DeploymentObject, deployment, state.ownWrites);
}

function unavailableAllowed(deployment: Readonly<DeploymentObject>, desired: number): number {
	if (deployment.spec?.strategy?.type === 'Recreate') return 0;
	const value = deployment.spec?.strategy?.rollingUpdate?.maxUnavailable ?? '25%';
	return typeof value === 'number' ? value : Math.floor((desired * Number.parseInt(String(value), 10)) / 100);
}

/** Keeps lastTransitionTime (and lastUpdateTime) when nothing about the condition changed. */
function condition(previous: readonly DeploymentCondition[], type: string, status: string, reason: string, message: string, now: string): DeploymentCondition {
	const before = previous.find(c => c.type === type);
	if (before && before.status === status && before.reason === reason && before.message === message) return before;
	return {
		type,
		status,
		lastUpdateTime: now,
		lastTransitionTime: before && before.status === status ? before.lastTransitionTime : now,
		reason,
		message,
	};
}
