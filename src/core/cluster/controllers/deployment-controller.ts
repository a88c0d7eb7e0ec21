/**
 * Deployment → ReplicaSets, step by step as kube-controller-manager's deployment controller
 * rolls out (docs/simulation.md, "Rollouts"). The ReplicaSet for the current template is
 * `<deploy>-<pod-template-hash>`. RollingUpdate scales it up within `maxSurge` and the older ones
 * down within `maxUnavailable` (25 % each by default, surge rounded up, unavailability down), one
 * move per sync, each recorded as a ScalingReplicaSet event; the next move waits for pods to become
 * available (Ready for `minReadySeconds`). Recreate scales the old ones to 0 and starts the new one
 * once their pods are gone. Each ReplicaSet keeps its revision; old empty ones beyond
 * `revisionHistoryLimit` are deleted. The Progressing condition follows the rollout and turns
 * False (ProgressDeadlineExceeded) when nothing moved for `progressDeadlineSeconds`. A paused
 * Deployment only follows replica changes.
 */
import type {DeploymentCondition} from 'kubernetes-types/apps/v1.js';
import type {Cluster} from '../cluster.js';
import type {Deployment, KubeObject, ReplicaSet} from '../kube-object.js';
import {type ControllerState, scheduleAt, simMs} from './controller-state.js';
import {nowMs, nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {ownerReferenceTo, putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podTemplateHash} from './pod-template-hash.js';

type DeploymentObject = Deployment & KubeObject;
type ReplicaSetObject = ReplicaSet & KubeObject;

const REVISION = 'deployment.kubernetes.io/revision';
const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
/** Annotations of the Deployment that are not copied to its ReplicaSets (deployment/util SkipCopyAnnotation). */
export const NOT_COPIED_ANNOTATIONS: ReadonlySet<string> = new Set([
	'kubectl.kubernetes.io/last-applied-configuration',
	REVISION,
	REVISION_HISTORY,
	'deployment.kubernetes.io/desired-replicas',
	'deployment.kubernetes.io/max-replicas',
	'deprecated.deployment.rollback.to',
]);

interface Sync {
	cluster: Cluster;
	state: ControllerState;
	key: string;
	deployment: Readonly<DeploymentObject>;
	desired: number;
	/** The Progressing condition a step set on the way (a new ReplicaSet was created). */
	progressing?: DeploymentCondition;
}

export function syncDeployment(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const deployment = cluster.store.peek<DeploymentObject>('Deployment', namespace, name);
	if (!deployment) return;
	const sync: Sync = {cluster, state, key, deployment, desired: deployment.spec?.replicas ?? 1};
	const owned = ownedBy<ReplicaSetObject>(state, deployment.metadata.uid, 'ReplicaSet').filter(rs => !rs.metadata.deletionTimestamp);
	const hash = podTemplateHash(deployment.spec?.template ?? {}, deployment.status?.collisionCount ?? 0);
	const found = owned.find(rs => rs.metadata.labels?.['pod-template-hash'] === hash);
	const olds = owned.filter(rs => rs !== found);
	let current: Readonly<ReplicaSetObject> | undefined = found && refreshNew(sync, found, olds);
	const rss = () => [...olds, ...(current ? [current] : [])];
	if (deployment.spec?.paused) {
		scalePaused(sync, current, olds);
	} else if (deployment.spec?.strategy?.type === 'Recreate') {
		current = recreate(sync, current, olds);
	} else {
		current = rollingUpdate(sync, current, olds);
	}
	const live = (rs: Readonly<ReplicaSetObject>) => sync.cluster.store.peek<ReplicaSetObject>('ReplicaSet', namespace, rs.metadata.name) ?? rs;
	const all = rss().map(live);
	const now = current && live(current);
	if (!deployment.spec?.paused && now && complete(sync, now, all)) cleanUp(sync, all.filter(rs => rs !== now));
	writeStatus(sync, now, all);
}

// --- the numbers of a rollout ----------------------------------------------------------------

/** intstr.GetScaledValueFromIntOrPercent: an int as is, a percentage of `total` rounded up or down. */
function scaled(value: number | string | undefined, total: number, roundUp: boolean): number {
	if (value === undefined) return 0;
	if (typeof value === 'number') return value;
	const percent = Number.parseInt(value, 10);
	if (!value.endsWith('%') || Number.isNaN(percent)) return 0;
	const exact = (percent * total) / 100;
	return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** ResolveFenceposts: surge rounds up, unavailability down; both 0 makes unavailability 1. */
function fenceposts(deployment: Readonly<DeploymentObject>, desired: number): {surge: number; unavailable: number} {
	if (deployment.spec?.strategy?.type === 'Recreate') return {surge: 0, unavailable: 0};
	const rolling = deployment.spec?.strategy?.rollingUpdate;
	const surge = scaled(rolling?.maxSurge ?? '25%', desired, true);
	let unavailable = scaled(rolling?.maxUnavailable ?? '25%', desired, false);
	if (surge === 0 && unavailable === 0) unavailable = 1;
	return {surge, unavailable: Math.min(unavailable, desired)};
}

const specReplicas = (rss: ReadonlyArray<Readonly<ReplicaSetObject>>) => rss.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0);
const statusOf = (rss: ReadonlyArray<Readonly<ReplicaSetObject>>, pick: (status: NonNullable<ReplicaSet['status']>) => number | undefined) =>
	rss.reduce((n, rs) => n + (pick(rs.status ?? {replicas: 0}) ?? 0), 0);

// --- the strategies ----------------------------------------------------------------------------

/** One move: scale the new ReplicaSet up within the surge, else the old ones down within what may be unavailable. */
function rollingUpdate(sync: Sync, current: Readonly<ReplicaSetObject> | undefined, olds: ReadonlyArray<Readonly<ReplicaSetObject>>): Readonly<ReplicaSetObject> {
	const {desired, deployment} = sync;
	const {surge, unavailable} = fenceposts(deployment, desired);
	const room = (newReplicas: number) => {
		const maxTotal = desired + surge;
		const total = specReplicas(olds) + newReplicas;
		return total >= maxTotal ? newReplicas : newReplicas + Math.min(maxTotal - total, desired - newReplicas);
	};
	if (!current) return createNew(sync, olds, room(0));
	const have = current.spec?.replicas ?? 0;
	if (have > desired) return scale(sync, current, desired);
	if (have < desired) {
		const to = room(have);
		if (to > have) return scale(sync, current, to);
	}
	scaleDownOld(sync, current, olds, unavailable);
	return current;
}

/**
 * reconcileOldReplicaSets: first the old pods that are not available anyway, then available
 * ones while at least `desired - maxUnavailable` stay available, oldest ReplicaSet first.
 */
function scaleDownOld(sync: Sync, current: Readonly<ReplicaSetObject>, olds: ReadonlyArray<Readonly<ReplicaSetObject>>, unavailable: number): void {
	if (specReplicas(olds) === 0) return;
	const minAvailable = sync.desired - unavailable;
	const all = [...olds, current];
	const newUnavailable = (current.spec?.replicas ?? 0) - (current.status?.availableReplicas ?? 0);
	const maxScaledDown = specReplicas(all) - minAvailable - newUnavailable;
	if (maxScaledDown <= 0) return;
	const oldest = [...olds].sort(byCreation);
	let cleaned = 0;
	const after = new Map<string, number>();
	for (const rs of oldest) {
		const replicas = rs.spec?.replicas ?? 0;
		const unhealthy = replicas - (rs.status?.availableReplicas ?? 0);
		const down = Math.min(maxScaledDown - cleaned, unhealthy);
		if (down > 0) {
			scale(sync, rs, replicas - down);
			cleaned += down;
		}
		after.set(rs.metadata.name, replicas - Math.max(0, down));
	}
	let budget = statusOf(all, s => s.availableReplicas) - minAvailable;
	for (const rs of oldest) {
		if (budget <= 0) break;
		const replicas = after.get(rs.metadata.name) ?? 0;
		const down = Math.min(replicas, budget);
		if (down > 0) scale(sync, rs, replicas - down);
		budget -= down;
	}
}

/** Old ReplicaSets to 0; the new one at full size once none of their pods is left. */
function recreate(sync: Sync, current: Readonly<ReplicaSetObject> | undefined, olds: ReadonlyArray<Readonly<ReplicaSetObject>>): Readonly<ReplicaSetObject> | undefined {
	for (const rs of olds) if ((rs.spec?.replicas ?? 0) > 0) scale(sync, rs, 0);
	const oldPods = olds.some(rs => (rs.status?.replicas ?? 0) > 0 || podsLeft(sync, rs));
	if (oldPods) return current;
	if (!current) return createNew(sync, olds, sync.desired);
	return (current.spec?.replicas ?? 0) === sync.desired ? current : scale(sync, current, sync.desired);
}

/** Pods of the ReplicaSet still there, terminating ones included. */
function podsLeft(sync: Sync, rs: Readonly<ReplicaSetObject>): boolean {
	return (sync.state.dependents.get(rs.metadata.uid ?? '')?.size ?? 0) > 0;
}

/** Paused: no rollout, only the replica count follows (the newest active ReplicaSet takes it). */
function scalePaused(sync: Sync, current: Readonly<ReplicaSetObject> | undefined, olds: ReadonlyArray<Readonly<ReplicaSetObject>>): void {
	const active = [...(current ? [current] : []), ...olds].filter(rs => (rs.spec?.replicas ?? 0) > 0);
	const target = current ?? [...olds].sort((a, b) => revisionOf(b) - revisionOf(a))[0];
	if (active.length <= 1 && target) {
		const rs = active[0] ?? target;
		if ((rs.spec?.replicas ?? 0) !== sync.desired) scale(sync, rs, sync.desired);
	}
}

// --- ReplicaSets --------------------------------------------------------------------------------

function byCreation(a: Readonly<ReplicaSetObject>, b: Readonly<ReplicaSetObject>): number {
	const at = (rs: Readonly<ReplicaSetObject>) => simMs(rs.metadata.creationTimestamp) ?? 0;
	return at(a) - at(b) || (a.metadata.name < b.metadata.name ? -1 : 1);
}

export function revisionOf(rs: Readonly<KubeObject>): number {
	const revision = Number(rs.metadata.annotations?.[REVISION] ?? 0);
	return Number.isFinite(revision) ? revision : 0;
}

const maxRevision = (rss: ReadonlyArray<Readonly<ReplicaSetObject>>) => Math.max(0, ...rss.map(revisionOf));

function createNew(sync: Sync, olds: ReadonlyArray<Readonly<ReplicaSetObject>>, replicas: number): Readonly<ReplicaSetObject> {
	const {cluster, deployment} = sync;
	const hash = podTemplateHash(deployment.spec?.template ?? {}, deployment.status?.collisionCount ?? 0);
	const template = structuredClone(deployment.spec?.template ?? {}) as NonNullable<ReplicaSet['spec']>['template'] & object;
	template.metadata = {...(template.metadata ?? {}), labels: {...(template.metadata?.labels ?? {}), 'pod-template-hash': hash}};
	const selector = structuredClone(deployment.spec?.selector ?? {});
	selector.matchLabels = {...(selector.matchLabels ?? {}), 'pod-template-hash': hash};
	const minReadySeconds = deployment.spec?.minReadySeconds;
	const rs: ReplicaSetObject = {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: {
			name: `${deployment.metadata.name}-${hash}`,
			namespace: deployment.metadata.namespace,
			uid: cluster.random.uid(),
			creationTimestamp: nowTimestamp(cluster),
			generation: 1,
			labels: {...(template.metadata.labels ?? {})},
			annotations: {...copiedAnnotations(deployment), ...replicaAnnotations(sync), [REVISION]: String(maxRevision(olds) + 1)},
			ownerReferences: [ownerReferenceTo(deployment)],
		},
		spec: {replicas, ...(minReadySeconds ? {minReadySeconds} : {}), selector, template},
		status: {replicas: 0},
	};
	const stored = cluster.store.save(rs) as Readonly<ReplicaSetObject>;
	if (replicas > 0) recordScaling(sync, rs.metadata.name, 'up', 0, replicas);
	sync.progressing = progressCondition(sync, 'True', 'NewReplicaSetCreated', `Created new replica set "${rs.metadata.name}"`);
	return stored;
}

/**
 * The ReplicaSet of the current template takes the Deployment's annotations, its minReadySeconds,
 * and the newest revision (an undo makes an old one the newest again, its earlier numbers kept in
 * `revision-history`).
 */
function refreshNew(sync: Sync, rs: Readonly<ReplicaSetObject>, olds: ReadonlyArray<Readonly<ReplicaSetObject>>): Readonly<ReplicaSetObject> {
	const own = revisionOf(rs);
	const next = maxRevision(olds) + 1;
	const annotations: Record<string, string> = {...(rs.metadata.annotations ?? {}), ...copiedAnnotations(sync.deployment), ...replicaAnnotations(sync)};
	if (own < next) {
		annotations[REVISION] = String(next);
		if (own > 0) annotations[REVISION_HISTORY] = [rs.metadata.annotations?.[REVISION_HISTORY], String(own)].filter(Boolean).join(',');
	}
	const minReadySeconds = sync.deployment.spec?.minReadySeconds ?? 0;
	const spec = {...(rs.spec as NonNullable<ReplicaSet['spec']>)};
	if ((spec.minReadySeconds ?? 0) !== minReadySeconds) {
		if (minReadySeconds) spec.minReadySeconds = minReadySeconds;
		else delete spec.minReadySeconds;
	}
	const refreshed = {...rs, metadata: {...rs.metadata, annotations}, spec} as ReplicaSetObject;
	return putIfChanged(sync.cluster, refreshed, rs) ? (sync.cluster.store.peek<ReplicaSetObject>('ReplicaSet', rs.metadata.namespace, rs.metadata.name) ?? refreshed) : rs;
}

/** The Deployment's own annotations travel to its ReplicaSets (so `rollout history` sees change-cause). */
function copiedAnnotations(deployment: Readonly<DeploymentObject>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(deployment.metadata.annotations ?? {})) if (!NOT_COPIED_ANNOTATIONS.has(key)) out[key] = value;
	return out;
}

function replicaAnnotations(sync: Sync): Record<string, string> {
	const {surge} = fenceposts(sync.deployment, sync.desired);
	return {'deployment.kubernetes.io/desired-replicas': String(sync.desired), 'deployment.kubernetes.io/max-replicas': String(sync.desired + surge)};
}

function scale(sync: Sync, stale: Readonly<ReplicaSetObject>, replicas: number): Readonly<ReplicaSetObject> {
	// The same sync may scale one ReplicaSet twice (unhealthy pods first, then available ones).
	const rs = sync.cluster.store.peek<ReplicaSetObject>('ReplicaSet', stale.metadata.namespace, stale.metadata.name) ?? stale;
	const from = rs.spec?.replicas ?? 0;
	if (from === replicas) return rs;
	const annotations = {...(rs.metadata.annotations ?? {}), ...replicaAnnotations(sync)};
	const next = {
		...rs,
		metadata: {...rs.metadata, annotations, generation: (rs.metadata.generation ?? 1) + 1},
		spec: {...(rs.spec as NonNullable<ReplicaSet['spec']>), replicas},
	} as ReplicaSetObject;
	const stored = sync.cluster.store.save(next) as Readonly<ReplicaSetObject>;
	recordScaling(sync, rs.metadata.name, replicas > from ? 'up' : 'down', from, replicas);
	return stored;
}

function recordScaling(sync: Sync, rs: string, direction: 'up' | 'down', from: number, to: number): void {
	recordEvent(sync.cluster, sync.deployment, {
		type: 'Normal',
		reason: 'ScalingReplicaSet',
		message: `Scaled ${direction} replica set ${rs} from ${from} to ${to}`,
		component: 'deployment-controller',
	});
}

/** Old ReplicaSets scaled to nothing, beyond revisionHistoryLimit, oldest revision first. */
function cleanUp(sync: Sync, olds: ReadonlyArray<Readonly<ReplicaSetObject>>): void {
	const limit = sync.deployment.spec?.revisionHistoryLimit ?? 10;
	const empty = olds.filter(rs => (rs.spec?.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0).sort((a, b) => revisionOf(a) - revisionOf(b));
	for (const rs of empty.slice(0, Math.max(0, empty.length - limit))) sync.cluster.store.remove('ReplicaSet', rs.metadata.namespace, rs.metadata.name);
}

// --- status ----------------------------------------------------------------------------------------

function complete(sync: Sync, current: Readonly<ReplicaSetObject>, all: ReadonlyArray<Readonly<ReplicaSetObject>>): boolean {
	const {desired} = sync;
	return (current.status?.replicas ?? 0) === desired && statusOf(all, s => s.replicas) === desired && statusOf(all, s => s.availableReplicas) === desired;
}

function progressCondition(sync: Sync, status: string, reason: string, message: string): DeploymentCondition {
	const now = nowTimestamp(sync.cluster);
	return {type: 'Progressing', status, lastUpdateTime: now, lastTransitionTime: now, reason, message};
}

function writeStatus(sync: Sync, current: Readonly<ReplicaSetObject> | undefined, all: ReadonlyArray<Readonly<ReplicaSetObject>>): void {
	const {cluster, state, deployment, desired} = sync;
	const replicas = statusOf(all, s => s.replicas);
	const ready = statusOf(all, s => s.readyReplicas);
	const available = statusOf(all, s => s.availableReplicas);
	const updated = current?.status?.replicas ?? 0;
	const unavailable = Math.max(0, specReplicas(all) - available);
	const now = nowTimestamp(cluster);
	const previous = deployment.status?.conditions ?? [];
	const isAvailable = available >= desired - fenceposts(deployment, desired).unavailable;
	const availableCondition = condition(previous, 'Available', isAvailable ? 'True' : 'False',
		isAvailable ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
		isAvailable ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.', now);
	const status: NonNullable<Deployment['status']> = {
		observedGeneration: deployment.metadata.generation ?? 1,
		...(replicas ? {replicas} : {}),
		...(updated ? {updatedReplicas: updated} : {}),
		...(ready ? {readyReplicas: ready} : {}),
		...(available ? {availableReplicas: available} : {}),
		...(unavailable ? {unavailableReplicas: unavailable} : {}),
		...(deployment.status?.collisionCount ? {collisionCount: deployment.status.collisionCount} : {}),
	};
	const progressing = progressingCondition(sync, current, all, status, previous.find(c => c.type === 'Progressing'));
	status.conditions = [availableCondition, ...(progressing ? [progressing] : [])];
	const revision = current?.metadata.annotations?.[REVISION];
	const annotations = {...(deployment.metadata.annotations ?? {}), ...(revision ? {[REVISION]: revision} : {})};
	putIfChanged(cluster, {...deployment, metadata: {...deployment.metadata, annotations}, status} as DeploymentObject, deployment, state.ownWrites);
}

/** syncRolloutStatus and checkPausedConditions: how the rollout is going, and when to look again. */
function progressingCondition(sync: Sync, current: Readonly<ReplicaSetObject> | undefined, all: ReadonlyArray<Readonly<ReplicaSetObject>>, status: NonNullable<Deployment['status']>, before: DeploymentCondition | undefined): DeploymentCondition | undefined {
	const {deployment} = sync;
	// The API server defaults it to 600; objects written past it (tests, bootstrap) get the same.
	const deadline = deployment.spec?.progressDeadlineSeconds ?? 600;
	let cond = sync.progressing ?? before;
	if (deployment.spec?.paused) {
		if (cond?.reason === 'ProgressDeadlineExceeded' || cond?.reason === 'DeploymentPaused') return cond;
		return progressCondition(sync, 'Unknown', 'DeploymentPaused', 'Deployment is paused');
	}
	if (cond?.reason === 'DeploymentPaused') cond = progressCondition(sync, 'Unknown', 'DeploymentResumed', 'Deployment is resumed');
	if (!current) return cond;
	if (!cond) cond = progressCondition(sync, 'True', 'FoundNewReplicaSet', `Found new replica set "${current.metadata.name}"`);
	const done = (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && cond.reason === 'NewReplicaSetAvailable';
	if (done) return cond;
	const name = current.metadata.name;
	if (complete(sync, current, all)) return sameOr(cond, progressCondition(sync, 'True', 'NewReplicaSetAvailable', `ReplicaSet "${name}" has successfully progressed.`));
	if (progressed(sync.deployment.status ?? {}, status)) {
		const next = progressCondition(sync, 'True', 'ReplicaSetUpdated', `ReplicaSet "${name}" is progressing.`);
		return cond.status === 'True' ? {...next, lastTransitionTime: cond.lastTransitionTime} : next;
	}
	const since = simMs(cond.lastUpdateTime) ?? nowMs(sync.cluster);
	if (cond.reason !== 'ProgressDeadlineExceeded' && nowMs(sync.cluster) > since + deadline * 1000) {
		return progressCondition(sync, 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${name}" has timed out progressing.`);
	}
	if (cond.reason !== 'ProgressDeadlineExceeded') scheduleAt(sync.state, sync.key, since + deadline * 1000 + 1, 'deployments');
	return cond;
}

/** DeploymentProgressing: more pods updated, ready or available, or fewer old ones. */
function progressed(before: NonNullable<Deployment['status']>, after: NonNullable<Deployment['status']>): boolean {
	const old = (s: NonNullable<Deployment['status']>) => (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
	return (after.updatedReplicas ?? 0) > (before.updatedReplicas ?? 0) || old(after) < old(before) ||
		(after.readyReplicas ?? 0) > (before.readyReplicas ?? 0) || (after.availableReplicas ?? 0) > (before.availableReplicas ?? 0);
}

/** SetDeploymentCondition: the same status and reason leave the condition as it was. */
function sameOr(before: DeploymentCondition, next: DeploymentCondition): DeploymentCondition {
	if (before.status === next.status && before.reason === next.reason) return before;
	return before.status === next.status ? {...next, lastTransitionTime: before.lastTransitionTime} : next;
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
