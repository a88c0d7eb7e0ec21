/**
 * StatefulSet → pods `<sts>-0 … <sts>-(N-1)` with stable names: `spec.hostname` is the pod name
 * and `spec.subdomain` the governing Service, so each pod gets a DNS name through the headless
 * Service. OrderedReady (the default) creates the next ordinal only once the previous pods are
 * Ready; scale-down removes the highest ordinal first. A template change recreates pods (highest
 * first) with the new revision. volumeClaimTemplates yield Bound PVCs `<claim>-<sts>-<i>`.
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

type StatefulSetObject = StatefulSet & KubeObject;
type PodObject = Pod & KubeObject;

export function syncStatefulSet(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const sts = cluster.store.peek<StatefulSetObject>('StatefulSet', namespace, name);
	if (!sts) return;
	const replicas = sts.spec?.replicas ?? 1;
	const revision = `${name}-${podTemplateHash(sts.spec?.template ?? {})}`;
	const parallel = sts.spec?.podManagementPolicy === 'Parallel';
	const pods = new Map(ownedBy<PodObject>(state, sts.metadata.uid, 'Pod').map(pod => [pod.metadata.name, pod]));
	const alive = new Map(pods);

	// Scale down and roll out from the highest ordinal.
	for (const pod of [...pods.values()].sort((a, b) => ordinal(b, name) - ordinal(a, name))) {
		const index = ordinal(pod, name);
		const outdated = pod.metadata.labels?.['controller-revision-hash'] !== revision;
		if (index >= replicas || index < 0 || outdated) {
			cluster.store.remove('Pod', namespace, pod.metadata.name);
			alive.delete(pod.metadata.name);
			recordEvent(cluster, sts, {type: 'Normal', reason: 'SuccessfulDelete', message: `delete Pod ${pod.metadata.name} in StatefulSet ${name} successful`, component: 'statefulset-controller'});
		}
	}
	let created = 0;
	const room = podRoom(cluster, state);
	for (let index = 0; index < replicas; index++) {
		const podName = `${name}-${index}`;
		const existing = alive.get(podName);
		if (existing) {
			if (!parallel && !isPodReady(existing)) break;
			continue;
		}
		if (created >= room) break;
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
		if (!parallel) break;
	}
	const current = [...alive.values()];
	const ready = current.filter(isPodReady).length;
	const count = current.length + created;
	const status: NonNullable<StatefulSet['status']> = {
		observedGeneration: sts.metadata.generation ?? 1,
		replicas: count,
		...(ready ? {readyReplicas: ready, availableReplicas: ready} : {availableReplicas: 0}),
		currentReplicas: count,
		updatedReplicas: count,
		currentRevision: revision,
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
