/**
 * The kubelet writes Service environment variables (`WEB_SERVICE_HOST`, …) into a container when
 * it starts, from the Services of the pod's namespace that exist at that moment; Services created
 * later never show up until the pod is replaced (docs/simulation.md, "Controllers"). Simulated seconds are too coarse
 * to order a pod and a Service made by consecutive commands, so the kubelet records the store's
 * list of Services as the pod saw it: that list is frozen and shared until the next Service write,
 * so 10,000 pods starting together hold one list, not 10,000 sets of names.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';

/** Called by the kubelet when a pod's containers first start. */
export function recordServicesAtStart(cluster: Cluster, pod: Readonly<Pod & KubeObject>): void {
	const uid = pod.metadata.uid;
	if (!uid) return;
	const seen = cluster.controllers.servicesAtStart;
	if (seen.has(uid)) return;
	seen.set(uid, cluster.store.view('Service', pod.metadata.namespace));
}

/** Names of the Services whose variables the pod's containers got; undefined when not known. */
export function servicesAtStart(cluster: Cluster, podUid: string | undefined): ReadonlySet<string> | undefined {
	const seen = podUid ? cluster.controllers.servicesAtStart.get(podUid) : undefined;
	return seen && new Set(seen.map(service => service.metadata.name));
}
