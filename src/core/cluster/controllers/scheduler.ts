/**
 * kube-scheduler, reduced to what a learner can observe (docs/simulation.md, "Scheduling"): the
 * default profile's filters in their order — cordoned nodes, nodeName, taints (the control
 * plane's NoSchedule), nodeSelector and required node affinity, room (allocatable pods, cpu,
 * memory and any other resource against what the bound pods request), required pod affinity and
 * anti-affinity; the feasible node with the fewest pods wins (nodes with an untolerated
 * PreferNoSchedule taint last), ties going to the first in node order. A pod that fits nowhere
 * stays Pending with PodScheduled=False/Unschedulable and a FailedScheduling event worded as the
 * real scheduler words it, and is tried again when a bound pod goes or a node changes.
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
import {affinityRefusal, podAffinityContext, type Refusal} from './pod-affinity.js';
import {schedulingRequests, schedulingUnits} from './pod-resources.js';
import {parseQuantity} from '../print/describe/quantity.js';

/** A node already running its allocatable number of pods. */
const TOO_MANY_PODS = 'Too many pods';

type PodObject = Pod & KubeObject;
type NodeObject = Node & KubeObject;

export function schedulePod(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const pod = cluster.store.peek<PodObject>('Pod', namespace, name);
	if (!pod || pod.spec?.nodeName || pod.metadata.deletionTimestamp) return;
	const nodes = cluster.store.view<NodeObject>('Node');
	const requests = schedulingRequests(state.requestsBySpec, pod);
	const affinity = podAffinityContext(state, pod);
	const refusals: Refusal[] = [];
	let best: Readonly<NodeObject> | undefined;
	let bestScore = 0;
	for (const node of nodes) {
		const refusal = unfit(pod, node) ?? noRoom(state, node, requests) ?? affinityRefusal(affinity, node);
		if (refusal) {
			refusals.push(refusal);
			continue;
		}
		const score = nodeScore(state, pod, node);
		if (!best || score < bestScore) {
			best = node;
			bestScore = score;
		}
	}
	if (best) {
		bind(cluster, state, pod, best.metadata.name);
		return;
	}
	markUnschedulable(cluster, pod, failureMessage(nodes.length, refusals, pod.spec?.preemptionPolicy === 'Never'));
}

/**
 * Lower is better: an untolerated PreferNoSchedule taint weighs more than any pod count, then
 * the node with the fewest pods wins, ties going to the first in node order.
 */
function nodeScore(state: ControllerState, pod: Readonly<PodObject>, node: Readonly<NodeObject>): number {
	const preferNot = (node.spec?.taints ?? []).filter(t => t.effect === 'PreferNoSchedule' && !tolerates(pod.spec?.tolerations, t)).length;
	return preferNot * 1_000_000 + podCount(state, node);
}

/** NodeResourcesFit: the pod count, then each requested resource against what is left of the node's allocatable. */
function noRoom(state: ControllerState, node: Readonly<NodeObject>, requests: ReadonlyArray<readonly [string, number]>): Refusal | undefined {
	const reasons: string[] = [];
	let resolvable = true;
	if (podCount(state, node) + 1 > allocatablePods(node)) reasons.push(TOO_MANY_PODS);
	const used = state.requestedPerNode.get(node.metadata.name);
	for (const [resource, amount] of requests) {
		if (resource === 'pods') continue;
		const allocatable = allocatableUnits(node, resource);
		if (amount > allocatable - (used?.get(resource) ?? 0)) {
			reasons.push(`Insufficient ${resource}`);
			// More than the whole node: evicting every pod there would not make room.
			if (amount > allocatable) resolvable = false;
		}
	}
	return reasons.length > 0 ? {reasons, resolvable} : undefined;
}

function allocatableUnits(node: Readonly<NodeObject>, resource: string): number {
	const value = (node.status?.allocatable as Record<string, string> | undefined)?.[resource];
	return value === undefined ? 0 : schedulingUnits(resource, parseQuantity(value));
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

/**
 * NodeUnschedulable, NodeName, TaintToleration and NodeAffinity, in that order: refusals no
 * eviction can lift.
 */
function unfit(pod: Readonly<PodObject>, node: Readonly<NodeObject>): Refusal | undefined {
	const reason = unfitReason(pod, node);
	return reason === undefined ? undefined : {reasons: [reason], resolvable: false};
}

function unfitReason(pod: Readonly<PodObject>, node: Readonly<NodeObject>): string | undefined {
	const spec = pod.spec ?? {containers: []};
	if (node.spec?.unschedulable && !tolerates(spec.tolerations, {key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule'})) {
		return 'node(s) were unschedulable';
	}
	if (spec.nodeName && spec.nodeName !== node.metadata.name) return "node(s) didn't match the requested node name";
	for (const taint of node.spec?.taints ?? []) {
		if (taint.effect === 'PreferNoSchedule') continue;
		if (!tolerates(spec.tolerations, taint)) return `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;
	}
	if (spec.nodeSelector && !matchesLabels(node.metadata.labels, spec.nodeSelector)) return "node(s) didn't match Pod's node affinity/selector";
	const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
	if (terms && terms.length > 0 && !terms.some(term => termMatches(term, node))) return "node(s) didn't match Pod's node affinity/selector";
	return undefined;
}

export function tolerates(tolerations: readonly Toleration[] | undefined, taint: Readonly<Taint>): boolean {
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

/**
 * The scheduler's FitError text: each node's reasons counted and sorted as strings, then what
 * preemption found — nodes whose refusal eviction cannot lift are "not helpful", the others
 * have no victims because every pod here has the same priority.
 */
export function failureMessage(total: number, refusals: readonly Refusal[], preemptionNever = false): string {
	const histogram = (entries: readonly string[]) => {
		const counts = new Map<string, number>();
		for (const entry of entries) counts.set(entry, (counts.get(entry) ?? 0) + 1);
		return [...counts].map(([reason, count]) => `${count} ${reason}`).sort().join(', ');
	};
	const detail = histogram(refusals.flatMap(refusal => refusal.reasons));
	const head = `0/${total} nodes are available${detail ? `: ${detail}` : ''}.`;
	if (preemptionNever) return `${head} preemption: not eligible due to preemptionPolicy=Never.`;
	const preemption = histogram(refusals.map(refusal => (refusal.resolvable ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling')));
	return `${head} preemption: 0/${total} nodes are available${preemption ? `: ${preemption}` : ''}.`;
}
