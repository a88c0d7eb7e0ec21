/**
 * ReplicaSet → Pods `<rs>-<5 random>`. Missing pods are replaced by new ones (new name, new IP);
 * on scale-down the least useful go first: unscheduled, then not ready, then the newest. Pods the
 * cluster could never run are not built (pod-room.ts).
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod, ReplicaSet} from '../kube-object.js';
import {type ControllerState, scheduleAt, simMs} from './controller-state.js';
import {nowMs} from './controller-clock.js';
import {recordEvent} from './events.js';
import {controllerRef, matchesSelector, ownerReferenceTo, putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podFromTemplate, uniqueName} from './pod-factory.js';
import {isPodReady, isScheduled, isTerminal} from './pod-status.js';
import {podRoom} from './pod-room.js';
import {deletePod} from '../api/pod-deletion.js';

type ReplicaSetObject = ReplicaSet & KubeObject;
type PodObject = Pod & KubeObject;

export function syncReplicaSet(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const rs = cluster.store.peek<ReplicaSetObject>('ReplicaSet', namespace, name);
	if (!rs) return;
	const desired = rs.spec?.replicas ?? 1;
	const pods: Array<Readonly<PodObject>> = [];
	for (const pod of ownedBy<PodObject>(state, rs.metadata.uid, 'Pod')) {
		// Terminating pods are no longer active: replacements start while they shut down.
		if (isTerminal(pod) || pod.metadata.deletionTimestamp) continue;
		if (matchesSelector(pod.metadata.labels, rs.spec?.selector)) pods.push(pod);
		else release(cluster, pod, rs.metadata.uid);
	}
	for (const orphan of orphansMatching(state, rs)) pods.push(adopt(cluster, orphan, rs));
	let kept = pods;
	let created = 0;
	if (pods.length < desired) {
		// Without a selector no pod it made would ever count as its own, and it would make them forever.
		const wanted = selects(rs) ? Math.min(desired - pods.length, podRoom(cluster, state)) : 0;
		for (; created < wanted; created++) {
			const podName = uniqueName(cluster, 'Pod', namespace, `${name}-`);
			cluster.store.save(podFromTemplate(cluster, rs, rs.spec?.template, {name: podName, generateName: `${name}-`}));
			recordEvent(cluster, rs, {type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${podName}`, component: 'replicaset-controller'});
		}
	} else if (pods.length > desired) {
		const doomed = deletionOrder(state, pods).slice(0, pods.length - desired);
		for (const pod of doomed) {
			deletePod(cluster, pod);
			recordEvent(cluster, rs, {type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${pod.metadata.name}`, component: 'replicaset-controller'});
		}
		kept = pods.filter(pod => !doomed.includes(pod));
	}
	const replicas = kept.length + created;
	const ready = kept.filter(isPodReady).length;
	const available = availablePods(cluster, state, key, rs, kept);
	const status: NonNullable<ReplicaSet['status']> = {
		replicas,
		fullyLabeledReplicas: replicas,
		...(ready ? {readyReplicas: ready} : {}),
		...(available ? {availableReplicas: available} : {}),
		observedGeneration: rs.metadata.generation ?? 1,
	};
	if (!replicas) delete status.fullyLabeledReplicas;
	putIfChanged(cluster, {...rs, status} as ReplicaSetObject, rs, state.ownWrites);
}

/**
 * Ready pods count as available once they have been Ready for `minReadySeconds`; the ReplicaSet
 * looks again when the next one gets there.
 */
function availablePods(cluster: Cluster, state: ControllerState, key: string, rs: Readonly<ReplicaSetObject>, pods: ReadonlyArray<Readonly<PodObject>>): number {
	const minReadyMs = (rs.spec?.minReadySeconds ?? 0) * 1000;
	const now = nowMs(cluster);
	let available = 0;
	let next: number | undefined;
	for (const pod of pods) {
		if (!isPodReady(pod)) continue;
		if (minReadyMs === 0) {
			available++;
			continue;
		}
		const since = simMs(pod.status?.conditions?.find(c => c.type === 'Ready')?.lastTransitionTime) ?? now;
		if (since + minReadyMs <= now) available++;
		else next = Math.min(next ?? Infinity, since + minReadyMs);
	}
	if (next !== undefined) scheduleAt(state, key, next, 'replicaSets');
	return available;
}

function selects(rs: Readonly<ReplicaSetObject>): boolean {
	const selector = rs.spec?.selector;
	return Object.keys(selector?.matchLabels ?? {}).length > 0 || (selector?.matchExpressions ?? []).length > 0;
}

/**
 * A pod relabelled out of the selector (`kubectl label pod … app=debug --overwrite`) is orphaned,
 * not deleted: it keeps running outside the ReplicaSet, which starts a replacement.
 */
function release(cluster: Cluster, pod: Readonly<PodObject>, ownerUid: string | undefined): void {
	const ownerReferences = (pod.metadata.ownerReferences ?? []).filter(ref => ref.uid !== ownerUid);
	const metadata = {...pod.metadata, ownerReferences};
	if (ownerReferences.length === 0) delete (metadata as {ownerReferences?: unknown}).ownerReferences;
	cluster.store.save({...pod, metadata} as PodObject);
}

/** Pods without a controller that the selector matches (e.g. relabelled back): the ReplicaSet adopts them. */
function orphansMatching(state: ControllerState, rs: Readonly<ReplicaSetObject>): Array<Readonly<PodObject>> {
	const selector = rs.spec?.selector;
	const [first] = Object.entries(selector?.matchLabels ?? {});
	if (!first) return [];
	const out: Array<Readonly<PodObject>> = [];
	for (const key of state.podLabels.get(`${rs.metadata.namespace ?? ''}|${first[0]}=${first[1]}`) ?? []) {
		const pod = state.objects.get(key) as Readonly<PodObject> | undefined;
		if (!pod || isTerminal(pod) || pod.metadata.deletionTimestamp || controllerRef(pod) || !matchesSelector(pod.metadata.labels, selector)) continue;
		out.push(pod);
	}
	return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

function adopt(cluster: Cluster, pod: Readonly<PodObject>, rs: Readonly<ReplicaSetObject>): Readonly<PodObject> {
	const ownerReferences = [...(pod.metadata.ownerReferences ?? []), ownerReferenceTo(rs)];
	return cluster.store.save({...pod, metadata: {...pod.metadata, ownerReferences}} as PodObject) as Readonly<PodObject>;
}

/** Kubernetes' ActivePods ordering, simplified: unscheduled < pending < not ready < newer. */
function deletionOrder(state: ControllerState, pods: ReadonlyArray<Readonly<PodObject>>): Array<Readonly<PodObject>> {
	const rank = (pod: Readonly<PodObject>) => (!isScheduled(pod) ? 0 : pod.status?.phase === 'Pending' ? 1 : !isPodReady(pod) ? 2 : 3);
	const seq = (pod: Readonly<PodObject>) => state.creationSeq.get(pod.metadata.uid ?? '') ?? 0;
	return [...pods].sort((a, b) => rank(a) - rank(b) || seq(b) - seq(a));
}
