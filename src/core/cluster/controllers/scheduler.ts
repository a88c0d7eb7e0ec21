/**
 * kube-scheduler, reduced to what a learner can observe: taints (the control plane's NoSchedule),
 * cordoned nodes, nodeName, nodeSelector, required node affinity and a full node (its allocatable
 * pods, 110 on kind) filter the nodes; the
 * feasible node with the fewest pods wins, ties going to the first in node order. A pod that fits
 * nowhere stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event
 * worded as the real scheduler words it.
 */
import type {NodeSelectorRequirement, NodeSelectorTerm, Taint, Toleration} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node, Pod} from '../kube-object.js';
import {type ControllerState} from './controller-state.js';
import {nowTimestamp} from './controller-clock.js';
import {sync} from './change-tracker.js';
import {recordEvent} from './events.js';
import {matchesLabels, putIfChanged, splitKey} from './object-meta.js';
import {allocatablePods} from './pod-room.js';

/** A node already running its allocatable number of pods. */
const TOO_MANY_PODS = 'Too many pods';

type PodObject = Pod & KubeObject;
type NodeObject = Node & KubeObject;

export function schedulePod(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const pod = cluster.store.peek<PodObject>('Pod', namespace, name);
	if (!pod || pod.spec?.nodeName) return;
	const nodes = cluster.store.view<NodeObject>('Node');
	const reasons = new Map<string, number>();
	let best: Readonly<NodeObject> | undefined;
	for (const node of nodes) {
		const reason = unfit(pod, node) ?? (podCount(state, node) >= allocatablePods(node) ? TOO_MANY_PODS : undefined);
		if (reason) {
			reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
			continue;
		}
		if (!best || podCount(state, node) < podCount(state, best)) best = node;
	}
	if (best) {
		bind(cluster, state, pod, best.metadata.name);
		return;
	}
	markUnschedulable(cluster, pod, failureMessage(nodes.length, reasons));
}

function podCount(state: ControllerState, node: Readonly<NodeObject>): number {
	return state.podsPerNode.get(node.metadata.name) ?? 0;
}

function bind(cluster: Cluster, state: ControllerState, pod: Readonly<PodObject>, node: string): void {
	const conditions = (pod.status?.conditions ?? []).filter(c => c.type !== 'PodScheduled');
	cluster.store.save({
		...pod,
		spec: {...pod.spec, nodeName: node},
		status: {...pod.status, conditions},
	} as PodObject);
	// Index the binding now, so the next pod of the same batch sees the new count and spreads.
	sync(cluster, state);
	recordEvent(cluster, pod, {
		type: 'Normal',
		reason: 'Scheduled',
		message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`,
		component: 'default-scheduler',
	});
}

function markUnschedulable(cluster: Cluster, pod: Readonly<PodObject>, message: string): void {
	const previous = pod.status?.conditions?.find(c => c.type === 'PodScheduled');
	const condition = {
		lastProbeTime: null as unknown as string,
		lastTransitionTime: previous?.status === 'False' ? previous.lastTransitionTime : nowTimestamp(cluster),
		message,
		reason: 'Unschedulable',
		status: 'False',
		type: 'PodScheduled',
	};
	const next = {...pod, status: {...pod.status, phase: 'Pending', conditions: [condition]}} as PodObject;
	if (putIfChanged(cluster, next, pod) || previous?.message !== message) {
		recordEvent(cluster, pod, {type: 'Warning', reason: 'FailedScheduling', message, component: 'default-scheduler'});
	}
}

/** Why the node can't take the pod, in the scheduler's words; undefined when it can. */
function unfit(pod: Readonly<PodObject>, node: Readonly<NodeObject>): string | undefined {
	const spec = pod.spec ?? {containers: []};
	if (spec.nodeName && spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
	if (node.spec?.unschedulable && !tolerates(spec.tolerations, {key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule'})) {
		return 'node(s) were unschedulable';
	}
	for (const taint of node.spec?.taints ?? []) {
		if (taint.effect === 'PreferNoSchedule') continue;
		if (!tolerates(spec.tolerations, taint)) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
	}
	if (spec.nodeSelector && !matchesLabels(node.metadata.labels, spec.nodeSelector)) return "node(s) didn't match Pod's node affinity/selector";
	const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
	if (terms && terms.length > 0 && !terms.some(term => termMatches(term, node))) return "node(s) didn't match Pod's node affinity/selector";
	return undefined;
}

function tolerates(tolerations: readonly Toleration[] | undefined, taint: Readonly<Taint>): boolean {
	return (tolerations ?? []).some(t => {
		if (t.effect && t.effect !== taint.effect) return false;
		if (t.operator === 'Exists') return !t.key || t.key === taint.key;
		return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
	});
}

function termMatches(term: Readonly<NodeSelectorTerm>, node: Readonly<NodeObject>): boolean {
	const labels = node.metadata.labels ?? {};
	const fields: Record<string, string> = {'metadata.name': node.metadata.name};
	return (
		(term.matchExpressions ?? []).every(req => requirementMatches(req, labels[req.key])) &&
		(term.matchFields ?? []).every(req => requirementMatches(req, fields[req.key]))
	);
}

function requirementMatches(req: Readonly<NodeSelectorRequirement>, value: string | undefined): boolean {
	const values = req.values ?? [];
	switch (req.operator) {
		case 'In':
			return value !== undefined && values.includes(value);
		case 'NotIn':
			return value === undefined || !values.includes(value);
		case 'Exists':
			return value !== undefined;
		case 'DoesNotExist':
			return value === undefined;
		case 'Gt':
			return value !== undefined && Number(value) > Number(values[0]);
		case 'Lt':
			return value !== undefined && Number(value) < Number(values[0]);
		default:
			return false;
	}
}

/** `0/3 nodes are available: 1 node(s) had untolerated taint {…}, 2 node(s) didn't match …` */
export function failureMessage(total: number, reasons: ReadonlyMap<string, number>): string {
	const parts = [...reasons].map(([reason, count]) => `${count} ${reason}`).sort();
	const detail = parts.length > 0 ? `: ${parts.join(', ')}` : '';
	// Evicting a pod of the same priority would free a slot, but preemption never does that.
	const full = reasons.get(TOO_MANY_PODS) ?? 0;
	const preemption = [
		...(total - full > 0 ? [`${total - full} Preemption is not helpful for scheduling`] : []),
		...(full > 0 ? [`${full} No preemption victims found for incoming pod`] : []),
	].sort();
	return `0/${total} nodes are available${detail}. preemption: 0/${total} nodes are available: ${preemption.join(', ')}.`;
}
