/**
 * Cascading deletion: when an object goes, everything that names it in ownerReferences goes too
 * (Deployment → ReplicaSets → Pods, Service → EndpointSlices); when a Namespace goes, everything
 * in it goes. Each removal is itself seen by the next sync, so chains cascade naturally.
 */
import type {Cluster} from '../cluster.js';
import type {ControllerState} from './controller-state.js';
import {splitKey} from './object-meta.js';
import {deletePod} from '../api/pod-deletion.js';
import type {KubeObject, Pod} from '../kube-object.js';

export function collectDependents(cluster: Cluster, state: ControllerState, ownerUid: string): void {
	if (state.uids.has(ownerUid)) return; // recreated under the same uid: still owned
	const dependents = state.dependents.get(ownerUid);
	if (!dependents) return;
	for (const key of [...dependents].sort()) {
		const object = state.objects.get(key);
		if (!object) continue;
		// An object with another living owner stays (Kubernetes deletes only orphans of all owners).
		const owners = object.metadata.ownerReferences ?? [];
		if (owners.some(ref => ref.uid !== ownerUid && state.uids.has(ref.uid))) continue;
		const {kind, namespace, name} = splitKey(key);
		// Pods are deleted like any client deletes them: gracefully.
		if (kind === 'Pod') {
			if (!object.metadata.deletionTimestamp) deletePod(cluster, object as Readonly<Pod & KubeObject>);
		} else cluster.store.remove(kind, namespace || undefined, name);
	}
}

export function purgeNamespace(cluster: Cluster, namespace: string): void {
	if (cluster.store.has('Namespace', undefined, namespace)) return;
	for (const kind of cluster.store.kindsStored()) {
		for (const object of [...cluster.store.view(kind, namespace)]) cluster.store.remove(kind, namespace, object.metadata.name);
	}
}
