/**
 * The kubelet writes Service environment variables (`WEB_SERVICE_HOST`, …) into a container when
 * it starts, from the Services of the pod's namespace that exist at that moment; Services created
 * later never show up until the pod is replaced (docs/simulation.md, "Controllers"). Simulated seconds are too coarse
 * to order a pod and a Service made by consecutive commands, so the kubelet records the names.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';

/** Called by the kubelet when a pod's containers first start. */
export function recordServicesAtStart(cluster: Cluster, pod: Readonly<Pod & KubeObject>): void {
	const uid = pod.metadata.uid;
	if (!uid) return;
	const seen = cluster.controllers.servicesAtStart;
	if (seen.has(uid)) return;
	seen.set(uid, new Set(cluster.store.view('Service', pod.metadata.namespace).map(service => service.metadata.name)));
}

/** Names of the Services whose variables the pod's containers got; undefined when not known. */
export function servicesAtStart(cluster: Cluster, podUid: string | undefined): ReadonlySet<string> | undefined {
	return podUid ? cluster.controllers.servicesAtStart.get(podUid) : undefined;
}
