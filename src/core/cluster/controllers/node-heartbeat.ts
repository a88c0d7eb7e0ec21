/**
 * Each node's kubelet keeping itself alive (docs/simulation.md, "Graceful deletion"): it renews
 * its Lease in `kube-node-lease` every 10 s (leaseDurationSeconds 40) and reports its status —
 * the conditions' `lastHeartbeatTime` — every 5 minutes (nodeStatusReportFrequency), both
 * counted from when the node joined, so `kubectl describe node` always shows them current.
 * Nothing is written between those moments.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node} from '../kube-object.js';
import {type ControllerState, simMs} from './controller-state.js';
import {nowMs} from './controller-clock.js';

type NodeObject = Node & KubeObject;

const LEASE_RENEW_MS = 10_000;
const STATUS_REPORT_MS = 300_000;

export function keepNodesAlive(cluster: Cluster, state: ControllerState): void {
	const now = nowMs(cluster);
	for (const node of cluster.store.view<NodeObject>('Node')) {
		const joined = simMs(node.metadata.creationTimestamp) ?? now;
		const beat = state.nodeBeats.get(node.metadata.name) ?? {lease: Number.NaN, status: joined};
		const lease = joined + Math.floor(Math.max(0, now - joined) / LEASE_RENEW_MS) * LEASE_RENEW_MS;
		const status = joined + Math.floor(Math.max(0, now - joined) / STATUS_REPORT_MS) * STATUS_REPORT_MS;
		if (lease !== beat.lease || !cluster.store.has('Lease', 'kube-node-lease', node.metadata.name)) renewLease(cluster, node, lease);
		if (status !== beat.status) reportStatus(cluster, node, status);
		state.nodeBeats.set(node.metadata.name, {lease, status});
	}
}

/** A MicroTime, as the Lease API writes it. */
function microTime(cluster: Cluster, ms: number): string {
	return cluster.clock.timestamp(ms).replace(/Z$/, '.000000Z');
}

function renewLease(cluster: Cluster, node: Readonly<NodeObject>, ms: number): void {
	const name = node.metadata.name;
	const existing = cluster.store.peek('Lease', 'kube-node-lease', name);
	const metadata = existing?.metadata ?? {
		name,
		namespace: 'kube-node-lease',
		uid: cluster.random.uid(),
		creationTimestamp: node.metadata.creationTimestamp,
		ownerReferences: [{apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid ?? ''}],
	};
	cluster.store.save({
		apiVersion: 'coordination.k8s.io/v1',
		kind: 'Lease',
		metadata,
		spec: {holderIdentity: name, leaseDurationSeconds: 40, renewTime: microTime(cluster, ms)},
	} as KubeObject);
}

function reportStatus(cluster: Cluster, node: Readonly<NodeObject>, ms: number): void {
	const at = cluster.clock.timestamp(ms);
	const conditions = (node.status?.conditions ?? []).map(condition => ({...condition, lastHeartbeatTime: at}));
	cluster.store.save({...node, status: {...node.status, conditions}} as NodeObject);
}
