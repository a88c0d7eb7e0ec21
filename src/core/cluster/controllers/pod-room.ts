/**
 * How many more pods the workload controllers may materialise (docs/simulation.md, "Controllers"):
 * what the nodes can run (their allocatable `pods`, 110 each on kind) plus one burst of the
 * ReplicaSet controller (kube-controller-manager's `burstReplicas`, 500). A real cluster would
 * create every replica and leave the ones beyond capacity Pending; past this bound the ones left
 * out would only ever be Pending too, so they are not built, and `--replicas=2147483647` costs
 * what 830 pods cost instead of the heap.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';

export const BURST_REPLICAS = 500;

export function podRoom(cluster: Cluster, state: ControllerState): number {
	let capacity = 0;
	for (const node of cluster.store.view<Node & KubeObject>('Node')) capacity += allocatablePods(node);
	let live = 0;
	for (const pods of state.podsByNamespace.values()) live += pods.size;
	return Math.max(0, capacity + BURST_REPLICAS - live);
}

export function allocatablePods(node: Readonly<Node & KubeObject>): number {
	const pods = Number(node.status?.allocatable?.pods ?? 110);
	return Number.isFinite(pods) ? pods : 110;
}
