/**
 * The simulated API server's entry points, used by kubectl and by the bootstrap.
 * PLACEHOLDER implementation (stores objects as given); the API-server work replaces the bodies
 * with decoding, defaulting, allocation and validation, keeping these signatures.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import type {ApiResult} from './api-error.js';
import {reconcile} from '../controllers/reconcile.js';

export interface WriteOptions {
	/** `--dry-run=server` style: run everything, store nothing. */
	dryRun?: boolean;
}

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

/** POST: `kubectl create -f`, `kubectl create service …`, `expose`, `run`. `raw` is the decoded manifest. */
export function createObject(cluster: Cluster, raw: KubeObject, options: WriteOptions = {}): ApiResult<KubeObject> {
	const object = {...raw, metadata: {...raw.metadata, creationTimestamp: cluster.clock.timestamp(), uid: cluster.random.uid()}};
	if (!options.dryRun) cluster.store.put(object);
	reconcile(cluster);
	return {ok: true, value: object, warnings: []};
}

/** `kubectl apply`: create, or merge into the live object keeping allocated values. */
export function applyObject(cluster: Cluster, raw: KubeObject, options: WriteOptions = {}): ApiResult<{object: KubeObject; outcome: ApplyOutcome}> {
	const existing = cluster.store.get(raw.kind, raw.metadata.namespace, raw.metadata.name);
	if (!existing) {
		const created = createObject(cluster, raw, options);
		return created.ok ? {ok: true, value: {object: created.value, outcome: 'created'}, warnings: created.warnings} : created;
	}
	const object = {...existing, ...raw, metadata: {...existing.metadata, ...raw.metadata}};
	if (!options.dryRun) cluster.store.put(object);
	reconcile(cluster);
	return {ok: true, value: {object, outcome: 'configured'}, warnings: []};
}

/** PUT: replace a live object (scale, label, patch after the client merged). */
export function updateObject(cluster: Cluster, object: KubeObject, options: WriteOptions = {}): ApiResult<KubeObject> {
	if (!options.dryRun) cluster.store.put(object);
	reconcile(cluster);
	return {ok: true, value: object, warnings: []};
}

/** DELETE. */
export function deleteObject(cluster: Cluster, kind: string, namespace: string | undefined, name: string): ApiResult<KubeObject> {
	const removed = cluster.store.remove(kind, namespace, name);
	reconcile(cluster);
	if (!removed) {
		return {ok: false, error: {code: 404, reason: 'NotFound', message: `${kind.toLowerCase()}s "${name}" not found`, kind, name}, warnings: []};
	}
	return {ok: true, value: removed, warnings: []};
}
