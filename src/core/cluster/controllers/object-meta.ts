/**
 * Small helpers the controllers share: keys, owner references, label selectors, and writing an
 * object only when it really changed (a 10,000-pod cluster must not be rewritten per reconcile).
 */
import type {LabelSelector, OwnerReference} from 'kubernetes-types/meta/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';

export function objectKey(kind: string, namespace: string | undefined, name: string): string {
	return `${kind}|${namespace ?? ''}|${name}`;
}

export function keyOf(object: KubeObject): string {
	return objectKey(object.kind, object.metadata.namespace, object.metadata.name);
}

export function splitKey(key: string): {kind: string; namespace: string; name: string} {
	const [kind, namespace, name] = key.split('|');
	return {kind, namespace, name};
}

export function controllerRef(object: Readonly<KubeObject>): OwnerReference | undefined {
	return object.metadata.ownerReferences?.find(ref => ref.controller);
}

/** The owner reference a controller puts on what it creates. */
export function ownerReferenceTo(owner: Readonly<KubeObject>): OwnerReference {
	return {
		apiVersion: owner.apiVersion,
		kind: owner.kind,
		name: owner.metadata.name,
		uid: owner.metadata.uid ?? '',
		controller: true,
		blockOwnerDeletion: true,
	};
}

/** Equality-based selector (Service.spec.selector, nodeSelector). */
export function matchesLabels(labels: Readonly<Record<string, string>> | undefined, selector: Readonly<Record<string, string>>): boolean {
	for (const key in selector) if (labels?.[key] !== selector[key]) return false;
	return true;
}

/** A full LabelSelector (matchLabels + matchExpressions), as workloads use. */
export function matchesSelector(labels: Readonly<Record<string, string>> | undefined, selector: Readonly<LabelSelector> | undefined): boolean {
	if (!selector) return false;
	if (selector.matchLabels && !matchesLabels(labels, selector.matchLabels)) return false;
	for (const expression of selector.matchExpressions ?? []) {
		const value = labels?.[expression.key];
		const values = expression.values ?? [];
		switch (expression.operator) {
			case 'In':
				if (value === undefined || !values.includes(value)) return false;
				break;
			case 'NotIn':
				if (value !== undefined && values.includes(value)) return false;
				break;
			case 'Exists':
				if (value === undefined) return false;
				break;
			case 'DoesNotExist':
				if (value !== undefined) return false;
				break;
			default:
				return false;
		}
	}
	return true;
}

function withoutVersion(object: Readonly<KubeObject>): unknown {
	const {resourceVersion: _ignored, ...metadata} = object.metadata;
	return {...object, metadata};
}

/**
 * Stores `next` unless it equals `current` (ignoring resourceVersion). Returns whether it wrote.
 * Plain JSON.stringify is enough: controllers build objects in a fixed key order, so a difference
 * in order alone costs at most one extra write, never a missed one.
 */
export function putIfChanged(cluster: Cluster, next: KubeObject, current: Readonly<KubeObject> | undefined, ownWrites?: WeakSet<object>): boolean {
	if (current && JSON.stringify(withoutVersion(next)) === JSON.stringify(withoutVersion(current))) return false;
	const stored = cluster.store.save(next);
	ownWrites?.add(stored);
	return true;
}

/** Same, when only one part (e.g. a pod's status) can have changed. */
export function putIfPartChanged(cluster: Cluster, next: KubeObject, current: Readonly<KubeObject> | undefined, part: string, ownWrites?: WeakSet<object>): boolean {
	if (current && JSON.stringify(next[part]) === JSON.stringify(current[part])) return false;
	const stored = cluster.store.save(next);
	ownWrites?.add(stored);
	return true;
}
