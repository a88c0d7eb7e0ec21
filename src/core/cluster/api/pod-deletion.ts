/**
 * The API server's graceful deletion of a pod (the pod strategy's CheckGracefulDelete): a pod
 * bound to a node and not finished is not removed but marked — `deletionTimestamp` (now plus
 * the grace period) and `deletionGracePeriodSeconds` — and shows as Terminating until its kubelet
 * has stopped the containers and removes it (controllers/pod-termination.ts). The grace period is
 * the request's, else the pod's `terminationGracePeriodSeconds` (30 by default); 0 (`--force
 * --grace-period=0`) removes at once, as does a pod with nothing running. A second delete can
 * only shorten the period.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {nowMs} from '../controllers/controller-clock.js';

type PodObject = Pod & KubeObject;

export const DEFAULT_GRACE_SECONDS = 30;

/** Deletes the pod as a DELETE with `gracePeriodSeconds` would; returns the object as it now is (or was, when removed). */
export function deletePod(cluster: Cluster, pod: Readonly<PodObject>, gracePeriodSeconds?: number): KubeObject {
	let grace = Math.max(0, gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? DEFAULT_GRACE_SECONDS);
	const phase = pod.status?.phase;
	if (!pod.spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') grace = 0;
	const {namespace, name} = pod.metadata;
	if (grace === 0) return cluster.store.remove('Pod', namespace, name) ?? (pod as KubeObject);
	const current = pod.metadata.deletionGracePeriodSeconds;
	if (pod.metadata.deletionTimestamp && current !== undefined && current <= grace) return cluster.store.get('Pod', namespace, name) ?? (pod as KubeObject);
	const metadata = {
		...pod.metadata,
		deletionTimestamp: cluster.clock.timestamp(nowMs(cluster) + grace * 1000),
		deletionGracePeriodSeconds: grace,
	};
	return cluster.store.put({...pod, metadata} as PodObject);
}
