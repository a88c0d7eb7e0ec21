import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {systemMeta} from './system-meta.js';

/** The namespaces of a fresh kind cluster, in the order kubeadm and kind create them. */
export const SYSTEM_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage'] as const;

export function namespaceObject(cluster: Cluster, name: string): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Namespace',
		metadata: systemMeta(cluster, name, undefined, {labels: {'kubernetes.io/metadata.name': name}}),
		spec: {finalizers: ['kubernetes']},
		status: {phase: 'Active'},
	};
}
