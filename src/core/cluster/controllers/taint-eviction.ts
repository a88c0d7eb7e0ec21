/**
 * The node lifecycle controller's NoExecute taint eviction, basic: when a node carries a
 * NoExecute taint, the pods bound there that do not tolerate it are deleted (gracefully, with a
 * TaintManagerEviction event). Tolerations with `tolerationSeconds` are taken as tolerating for
 * good (their delayed eviction is not modelled).
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node, Pod} from '../kube-object.js';
import {deletePod} from '../api/pod-deletion.js';
import {recordEvent} from './events.js';
import {tolerates} from './scheduler.js';

type PodObject = Pod & KubeObject;

export function evictForTaints(cluster: Cluster, nodeName: string): void {
	const node = cluster.store.peek<Node & KubeObject>('Node', undefined, nodeName);
	const taints = (node?.spec?.taints ?? []).filter(taint => taint.effect === 'NoExecute');
	if (taints.length === 0) return;
	for (const pod of cluster.store.view<PodObject>('Pod')) {
		if (pod.spec?.nodeName !== nodeName || pod.metadata.deletionTimestamp) continue;
		if (taints.every(taint => tolerates(pod.spec?.tolerations, taint))) continue;
		recordEvent(cluster, pod, {type: 'Normal', reason: 'TaintManagerEviction', message: `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`, component: 'taint-eviction-controller'});
		deletePod(cluster, pod);
	}
}
