/**
 * StatefulSet → pods `<sts>-0 … <sts>-(N-1)` with stable names: `spec.hostname` is the pod name
 * and `spec.subdomain` the governing Service, so each pod gets a DNS name through the headless
 * Service. OrderedReady (the default) creates one ordinal at a time, each once the lower ones
 * are Running and Ready, and scales down from the highest ordinal one pod at a time, each gone
 * (its grace period over) before the next; Parallel creates and deletes all at once. A template
 * change replaces pods one at a time from the highest ordinal (RollingUpdate, above any
 * `partition`; OnDelete waits for the learner). volumeClaimTemplates yield Bound PVCs
 * `<claim>-<sts>-<i>`.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod, StatefulSet} from '../kube-object.js';
import {type ControllerState} from './controller-state.js';
import {nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podFromTemplate} from './pod-factory.js';
import {isPodReady} from './pod-status.js';
import {podRoom} from './pod-room.js';
import {podTemplateHash} from './pod-template-hash.js';
import {deletePod} from '../api/pod-deletion.js';

type StatefulSetObject = StatefulSet & KubeObject;
type PodObject = Pod & KubeObject;

export function syncStatefulSet(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const sts = cluster.store.peek<StatefulSetObject>('StatefulSet', namespace, name);
	if (!sts) return;
	const replicas = sts.spec?.replicas ?? 1;
	const revision = `${name}-${podTemplateHash(sts.spec?.template ?? {})}`;
	const ordered = sts.spec?.podManagementPolicy !== 'Parallel';
	const pods = ownedBy<PodObject>(state, sts.metadata.uid, 'Pod');
	const byOrdinal = new Map(pods.map(pod => [ordinal(pod, name), pod]));
	const created = createMissing(cluster, state, sts, revision, byOrdinal, ordered);
	if (!(ordered && created > 0)) removeCondemned(cluster, sts, pods, replicas, ordered) || rollOne(cluster, sts, pods, replicas, revision);
	writeStatus(cluster, state, sts, ownedBy<PodObject>(state, sts.metadata.uid, 'Pod'), created, revision);
}

/**
 * Creates the missing ordinals below `replicas`: OrderedReady one at a time, each only when every
 * lower pod is Running and Ready and none is terminating; Parallel all at once.
 */
function createMissing(cluster: Cluster, state: ControllerState, sts: Readonly<StatefulSetObject>, revision: string, byOrdinal: ReadonlyMap<number, Readonly<PodObject>>, ordered: boolean): number {
	const name = sts.metadata.name;
	const replicas = sts.spec?.replicas ?? 1;
	if (ordered && [...byOrdinal.values()].some(pod => pod.metadata.deletionTimestamp)) return 0;
	let created = 0;
	const room = podRoom(cluster, state);
	for (let index = 0; index < replicas; index++) {
		const existing = byOrdinal.get(index);
		if (existing) {
			if (ordered && !isPodReady(existing)) break;
			continue;
		}
		if (created >= room) break;
		const podName = `${name}-${index}`;
		createClaims(cluster, sts, index);
		cluster.store.save(podFromTemplate(cluster, sts, sts.spec?.template, {
			name: podName,
			labels: {
				'apps.kubernetes.io/pod-index': String(index),
				'controller-revision-hash': revision,
				'statefulset.kubernetes.io/pod-name': podName,
			},
			spec: {hostname: podName, ...(sts.spec?.serviceName ? {subdomain: sts.spec.serviceName} : {}), volumes: volumesWithClaims(sts, index)},
		}));
		recordEvent(cluster, sts, {type: 'Normal', reason: 'SuccessfulCreate', message: `create Pod ${podName} in StatefulSet ${name} successful`, component: 'statefulset-controller'});
		created++;
		if (ordered) break;
	}
	return created;
}

/** Scale-down from the highest ordinal: OrderedReady one pod at a time, waiting until it is gone. */
function removeCondemned(cluster: Cluster, sts: Readonly<StatefulSetObject>, pods: ReadonlyArray<Readonly<PodObject>>, replicas: number, ordered: boolean): boolean {
	const name = sts.metadata.name;
	const condemned = pods.filter(pod => ordinal(pod, name) >= replicas || ordinal(pod, name) < 0).sort((a, b) => ordinal(b, name) - ordinal(a, name));
	if (condemned.length === 0) return false;
	if (ordered && condemned.some(pod => pod.metadata.deletionTimestamp)) return true;
	for (const pod of ordered ? condemned.slice(0, 1) : condemned) {
		if (pod.metadata.deletionTimestamp) continue;
		deleteStatefulPod(cluster, sts, pod);
	}
	return true;
}

/** RollingUpdate: the highest pod of an older revision is replaced once every pod is Running and Ready. */
function rollOne(cluster: Cluster, sts: Readonly<StatefulSetObject>, pods: ReadonlyArray<Readonly<PodObject>>, replicas: number, revision: string): void {
	if (sts.spec?.updateStrategy?.type === 'OnDelete') return;
	const name = sts.metadata.name;
	const partition = sts.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
	if (pods.length < replicas || pods.some(pod => pod.metadata.deletionTimestamp || !isPodReady(pod))) return;
	const outdated = pods
		.filter(pod => ordinal(pod, name) >= partition && pod.metadata.labels?.['controller-revision-hash'] !== revision)
		.sort((a, b) => ordinal(b, name) - ordinal(a, name))[0];
	if (outdated) deleteStatefulPod(cluster, sts, outdated);
}

function deleteStatefulPod(cluster: Cluster, sts: Readonly<StatefulSetObject>, pod: Readonly<PodObject>): void {
	deletePod(cluster, pod);
	recordEvent(cluster, sts, {type: 'Normal', reason: 'SuccessfulDelete', message: `delete Pod ${pod.metadata.name} in StatefulSet ${sts.metadata.name} successful`, component: 'statefulset-controller'});
}

function writeStatus(cluster: Cluster, state: ControllerState, sts: Readonly<StatefulSetObject>, pods: ReadonlyArray<Readonly<PodObject>>, created: number, revision: string): void {
	// Pods created in this sync are not indexed yet; they are of the update revision.
	const ready = pods.filter(isPodReady).length;
	const count = pods.length + created;
	const updated = pods.filter(pod => pod.metadata.labels?.['controller-revision-hash'] === revision).length + created;
	const previousRevision = sts.status?.currentRevision ?? revision;
	const currentRevision = updated === count ? revision : previousRevision;
	const status: NonNullable<StatefulSet['status']> = {
		observedGeneration: sts.metadata.generation ?? 1,
		replicas: count,
		...(ready ? {readyReplicas: ready, availableReplicas: ready} : {availableReplicas: 0}),
		currentReplicas: currentRevision === revision ? updated : count - updated,
		updatedReplicas: updated,
		currentRevision,
		updateRevision: revision,
		collisionCount: 0,
	};
	putIfChanged(cluster, {...sts, status} as StatefulSetObject, sts, state.ownWrites);
}

function ordinal(pod: Readonly<PodObject>, sts: string): number {
	const suffix = pod.metadata.name.slice(sts.length + 1);
	return pod.metadata.name.startsWith(`${sts}-`) && /^\d+$/.test(suffix) ? Number(suffix) : -1;
}

function volumesWithClaims(sts: Readonly<StatefulSetObject>, index: number): NonNullable<Pod['spec']>['volumes'] {
	const volumes = [...(sts.spec?.template?.spec?.volumes ?? [])];
	for (const claim of sts.spec?.volumeClaimTemplates ?? []) {
		const claimName = `${claim.metadata?.name}-${sts.metadata.name}-${index}`;
		volumes.push({name: claim.metadata?.name ?? 'data', persistentVolumeClaim: {claimName}});
	}
	return volumes.length > 0 ? volumes : undefined;
}

function createClaims(cluster: Cluster, sts: Readonly<StatefulSetObject>, index: number): void {
	for (const claim of sts.spec?.volumeClaimTemplates ?? []) {
		const name = `${claim.metadata?.name}-${sts.metadata.name}-${index}`;
		if (cluster.store.has('PersistentVolumeClaim', sts.metadata.namespace, name)) continue;
		const uid = cluster.random.uid();
		cluster.store.save({
			apiVersion: 'v1',
			kind: 'PersistentVolumeClaim',
			metadata: {
				name,
				namespace: sts.metadata.namespace,
				uid,
				creationTimestamp: nowTimestamp(cluster),
				labels: {...(sts.spec?.selector?.matchLabels ?? {})},
				annotations: {'pv.kubernetes.io/bind-completed': 'yes', 'volume.kubernetes.io/selected-node': 'kind-worker'},
			},
			spec: {
				...(claim.spec ?? {}),
				storageClassName: claim.spec?.storageClassName ?? 'standard',
				volumeMode: claim.spec?.volumeMode ?? 'Filesystem',
				volumeName: `pvc-${uid}`,
			},
			status: {
				phase: 'Bound',
				accessModes: claim.spec?.accessModes ?? ['ReadWriteOnce'],
				capacity: claim.spec?.resources?.requests ?? {storage: '1Gi'},
			},
		});
	}
}
