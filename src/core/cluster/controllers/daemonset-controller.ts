/**
 * DaemonSet → one pod per node whose taints the template tolerates (kube-proxy and kindnet
 * tolerate everything), pinned with the required node affinity the real controller writes.
 */
import type {Toleration} from 'kubernetes-types/core/v1.js';
import type {DaemonSet} from 'kubernetes-types/apps/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node, Pod} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';
import {recordEvent} from './events.js';
import {matchesLabels, putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podFromTemplate, uniqueName} from './pod-factory.js';
import {isPodReady} from './pod-status.js';
import {podTemplateHash} from './pod-template-hash.js';

type DaemonSetObject = DaemonSet & KubeObject;
type PodObject = Pod & KubeObject;
type NodeObject = Node & KubeObject;

const DAEMON_TOLERATIONS: Toleration[] = [
	{effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists'},
	{effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists'},
	{effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists'},
	{effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists'},
	{effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists'},
	{effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists'},
];

export function syncDaemonSet(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const ds = cluster.store.peek<DaemonSetObject>('DaemonSet', namespace, name);
	if (!ds) return;
	const hash = podTemplateHash(ds.spec?.template ?? {}).slice(0, 10);
	const pods = ownedBy<PodObject>(state, ds.metadata.uid, 'Pod');
	const nodes = cluster.store.view<NodeObject>('Node').filter(node => runsOn(ds, node));
	let desired = 0;
	let ready = 0;
	for (const node of nodes) {
		desired++;
		const onNode = pods.filter(pod => pinnedNode(pod) === node.metadata.name);
		if (onNode.length > 0) {
			if (onNode.some(isPodReady)) ready++;
			continue;
		}
		const podName = uniqueName(cluster, 'Pod', namespace, `${name}-`);
		const template = ds.spec?.template;
		const tolerations = [...(template?.spec?.tolerations ?? [])];
		for (const t of DAEMON_TOLERATIONS) if (!tolerations.some(existing => existing.key === t.key && existing.effect === t.effect)) tolerations.push(t);
		cluster.store.save(podFromTemplate(cluster, ds, template, {
			name: podName,
			generateName: `${name}-`,
			labels: {'controller-revision-hash': hash, 'pod-template-generation': String(ds.metadata.generation ?? 1)},
			spec: {
				tolerations,
				affinity: {
					nodeAffinity: {
						requiredDuringSchedulingIgnoredDuringExecution: {
							nodeSelectorTerms: [{matchFields: [{key: 'metadata.name', operator: 'In', values: [node.metadata.name]}]}],
						},
					},
				},
			},
		}));
		recordEvent(cluster, ds, {type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${podName}`, component: 'daemonset-controller'});
	}
	const status: NonNullable<DaemonSet['status']> = {
		currentNumberScheduled: desired,
		desiredNumberScheduled: desired,
		numberMisscheduled: 0,
		numberReady: ready,
		...(ready ? {numberAvailable: ready} : {numberUnavailable: desired}),
		observedGeneration: ds.metadata.generation ?? 1,
		updatedNumberScheduled: desired,
	};
	putIfChanged(cluster, {...ds, status} as DaemonSetObject, ds, state.ownWrites);
}

function pinnedNode(pod: Readonly<PodObject>): string | undefined {
	const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
	return terms[0]?.matchFields?.[0]?.values?.[0] ?? pod.spec?.nodeName;
}

function runsOn(ds: Readonly<DaemonSetObject>, node: Readonly<NodeObject>): boolean {
	const spec = ds.spec?.template?.spec;
	if (spec?.nodeSelector && !matchesLabels(node.metadata.labels, spec.nodeSelector)) return false;
	return (node.spec?.taints ?? []).every(taint =>
		taint.effect === 'PreferNoSchedule' ||
		(spec?.tolerations ?? []).some(t => (t.operator === 'Exists' && (!t.key || t.key === taint.key) && (!t.effect || t.effect === taint.effect)) || (t.key === taint.key && (t.value ?? '') === (taint.value ?? '') && (!t.effect || t.effect === taint.effect))),
	);
}
