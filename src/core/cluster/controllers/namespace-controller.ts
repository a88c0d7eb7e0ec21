/**
 * What a new namespace gets from the control plane: status Active, the `default` ServiceAccount
 * (serviceaccount controller) and the `kube-root-ca.crt` ConfigMap (root-ca-cert-publisher).
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Namespace} from '../kube-object.js';
import {fnv32a} from './pod-template-hash.js';
import {nowTimestamp} from './controller-clock.js';
import {putIfChanged} from './object-meta.js';

type NamespaceObject = Namespace & KubeObject;

export const ROOT_CA_DESCRIPTION =
	'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';

export function syncNamespace(cluster: Cluster, name: string): void {
	const namespace = cluster.store.peek<NamespaceObject>('Namespace', undefined, name);
	if (!namespace) return;
	if (!namespace.status?.phase) putIfChanged(cluster, {...namespace, status: {phase: 'Active'}} as NamespaceObject, namespace);
	if (namespace.status?.phase === 'Terminating') return;
	const now = nowTimestamp(cluster);
	if (!cluster.store.has('ServiceAccount', name, 'default')) {
		cluster.store.save({apiVersion: 'v1', kind: 'ServiceAccount', metadata: {name: 'default', namespace: name, uid: cluster.random.uid(), creationTimestamp: now}});
	}
	if (!cluster.store.has('ConfigMap', name, 'kube-root-ca.crt')) {
		cluster.store.save({
			apiVersion: 'v1',
			kind: 'ConfigMap',
			metadata: {name: 'kube-root-ca.crt', namespace: name, uid: cluster.random.uid(), creationTimestamp: now, annotations: {'kubernetes.io/description': ROOT_CA_DESCRIPTION}},
			data: {'ca.crt': CLUSTER_CERTIFICATE},
		});
	}
}

/** A certificate-shaped PEM block, the same in every namespace (and, being derived from nothing, every cluster). */
export const CLUSTER_CERTIFICATE = certificateShapedPem();

function certificateShapedPem(): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
	let seed = fnv32a('kubernetes-ca');
	let body = 'MIIDBTCCAe2gAwIBAgII';
	while (body.length < 1024) {
		seed = fnv32a(String(seed));
		body += alphabet[seed % 64];
	}
	const lines = body.match(/.{1,64}/g) ?? [];
	return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
