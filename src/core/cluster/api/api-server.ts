/**
 * The simulated API server's entry points, used by kubectl. Each write runs the registry pipeline
 * (registry.ts) and stores the result unless it is a dry run; it never runs a controller. The
 * controllers react when the command runner settles the cluster after the command
 * (docs/architecture.md, "How a command becomes cluster state").
 */
import type {Cluster} from '../cluster.js';
import {clone, type KubeObject} from '../kube-object.js';
import {qualifiedResource, typeForKind, type ResourceType} from '../resource-types.js';
import type {ApiError, ApiResult} from './api-error.js';
import {forbiddenError, internalError, MAX_REQUEST_BYTES, notFound, requestTooLarge} from './api-status.js';
import {LAST_APPLIED, lastAppliedOf, sameJson, threeWayMerge, withLastApplied} from './apply-merge.js';
import {decode, namespaceOf, prepareCreate, prepareUpdate, resolveType, type Prepared} from './registry.js';
import type {ServiceObject} from './writable.js';
import {deletePod} from './pod-deletion.js';
import type {Pod} from '../kube-object.js';

type PodObject = Pod & KubeObject;

export interface WriteOptions {
	/** `--dry-run=server` style: run everything, store nothing. */
	dryRun?: boolean;
}

export interface DeleteOptions extends WriteOptions {
	/** A pod's grace period for this deletion (`kubectl delete --grace-period`); its own when absent. */
	gracePeriodSeconds?: number;
}

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

const failure = (error: ApiError, warnings: string[] = []): {ok: false; error: ApiError; warnings: string[]} => ({ok: false, error, warnings});

/** A manifest shape no check anticipated must still get an answer, never a stack trace. */
function guarded(prepare: () => Prepared): Prepared {
	try {
		return prepare();
	} catch (error) {
		return {ok: false, error: internalError(error instanceof Error ? error.message : String(error))};
	}
}

/** The body kubectl would send: refused whole when over the API server's limit, before any decoding. */
function tooLarge(raw: unknown): boolean {
	let text: string;
	try {
		text = JSON.stringify(raw) ?? '';
	} catch {
		return false; // a cyclic object: the pipeline answers it (guarded)
	}
	return text.length > MAX_REQUEST_BYTES / 4 && new TextEncoder().encode(text).length > MAX_REQUEST_BYTES;
}

/** POST: `kubectl create -f`, `kubectl create service …`, `expose`, `run`. `raw` is the decoded manifest. */
export function createObject(cluster: Cluster, raw: KubeObject, options: WriteOptions = {}): ApiResult<KubeObject> {
	if (tooLarge(raw)) return failure(requestTooLarge());
	const prepared = guarded(() => prepareCreate(cluster, raw));
	if (!prepared.ok) return failure(prepared.error);
	if (options.dryRun) return {ok: true, value: prepared.object, warnings: prepared.warnings};
	const stored = store(cluster, prepared.object);
	// Objects a controller made (they have an owner) are never saved, and there are thousands.
	if (!stored.metadata.ownerReferences?.length) cluster.requests.set(requestKey(stored), clone(raw));
	return {ok: true, value: stored, warnings: prepared.warnings};
}

/** The key of `Cluster.requests`. */
export function requestKey(object: KubeObject): string {
	return `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

/** Stores a prepared object, keeping the allocation index in step with Service writes. */
function store(cluster: Cluster, object: KubeObject): KubeObject {
	const stored = cluster.store.put(object);
	if (stored.kind === 'Service') cluster.allocations.record(stored as ServiceObject);
	return stored;
}

/**
 * `kubectl apply`: create (recording the last-applied configuration), or three-way merge into the
 * live object keeping allocated values; `unchanged` when the merge changes nothing (then nothing is written).
 */
export function applyObject(
	cluster: Cluster,
	raw: KubeObject,
	options: WriteOptions = {},
): ApiResult<{object: KubeObject; outcome: ApplyOutcome}> {
	try {
		return apply(cluster, raw, options);
	} catch (error) {
		// e.g. a YAML alias that makes the manifest refer to itself
		return failure(internalError(error instanceof Error ? error.message : String(error)));
	}
}

function apply(cluster: Cluster, raw: KubeObject, options: WriteOptions): ApiResult<{object: KubeObject; outcome: ApplyOutcome}> {
	if (tooLarge(raw)) return failure(requestTooLarge());
	const resolved = resolveType(raw);
	if (!resolved.ok) return failure(resolved.error);
	const decoded = decode(raw, resolved.type);
	if (!decoded.ok) return failure(decoded.error);
	const manifest = decoded.object;
	const namespace = namespaceOf(manifest, resolved.type);
	if (namespace !== undefined) manifest.metadata.namespace = namespace;
	else delete manifest.metadata.namespace;
	const source = {...raw, metadata: {...(raw.metadata ?? {}), namespace}} as KubeObject;
	if (namespace === undefined) delete source.metadata.namespace;
	const modified = withLastApplied(manifest, source);
	const live = manifest.metadata.name ? cluster.store.get(resolved.type.kind, namespace, manifest.metadata.name) : undefined;
	if (!live) {
		const created = createObject(cluster, modified, options);
		return created.ok ? {ok: true, value: {object: created.value, outcome: 'created'}, warnings: created.warnings} : created;
	}
	const warnings = live.metadata.annotations?.[LAST_APPLIED] ? [] : [missingAnnotationWarning(resolved.type, live.metadata.name)];
	const merged = threeWayMerge(lastAppliedOf(live), modified, live);
	if (sameJson(merged, live)) return {ok: true, value: {object: live, outcome: 'unchanged'}, warnings};
	const updated = updateObject(cluster, merged, options);
	if (!updated.ok) return failure(updated.error, [...warnings, ...updated.warnings]);
	return {ok: true, value: {object: updated.value, outcome: 'configured'}, warnings: [...warnings, ...updated.warnings]};
}

function missingAnnotationWarning(type: ResourceType, name: string): string {
	return `resource ${qualifiedResource(type)}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`;
}

/** PUT: replace a live object (scale, label, patch after the client merged). */
export function updateObject(cluster: Cluster, object: KubeObject, options: WriteOptions = {}): ApiResult<KubeObject> {
	if (tooLarge(object)) return failure(requestTooLarge());
	const prepared = guarded(() => prepareUpdate(cluster, object));
	if (!prepared.ok) return failure(prepared.error);
	if (options.dryRun) return {ok: true, value: prepared.object, warnings: prepared.warnings};
	const {kind, metadata} = prepared.object;
	const live = cluster.store.peek(kind, metadata.namespace, metadata.name);
	if (live && sameJson(live, prepared.object)) return {ok: true, value: cluster.store.get(kind, metadata.namespace, metadata.name) ?? prepared.object, warnings: prepared.warnings};
	const stored = store(cluster, prepared.object);
	return {ok: true, value: stored, warnings: prepared.warnings};
}

/** Namespaces the API server refuses to delete. */
const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);

/** DELETE. Deleting a Namespace removes everything in it. */
export function deleteObject(
	cluster: Cluster,
	kind: string,
	namespace: string | undefined,
	name: string,
	options: DeleteOptions = {},
): ApiResult<KubeObject> {
	const type = typeForKind(kind);
	if (!type) return failure({code: 404, reason: 'NotFound', message: 'the server could not find the requested resource'});
	const ns = type.namespaced ? namespace || 'default' : undefined;
	const existing = cluster.store.get(kind, ns, name);
	if (!existing) return failure(notFound(type, name));
	if (kind === 'Namespace' && IMMORTAL_NAMESPACES.has(name)) return failure(forbiddenError(type, name, 'this namespace may not be deleted'));
	if (options.dryRun) return {ok: true, value: existing, warnings: []};
	if (kind === 'Pod') return {ok: true, value: deletePod(cluster, existing as PodObject, options.gracePeriodSeconds), warnings: []};
	if (kind === 'Namespace') removeNamespaceContents(cluster, name);
	const removed = cluster.store.remove(kind, ns, name) ?? existing;
	if (kind === 'Service') cluster.allocations.removedService({namespace: ns ?? '', name});
	if (kind === 'Namespace') cluster.allocations.invalidate();
	return {ok: true, value: removed, warnings: []};
}

function removeNamespaceContents(cluster: Cluster, namespace: string): void {
	for (const kind of cluster.store.kindsStored()) {
		if (!typeForKind(kind)?.namespaced) continue;
		for (const object of cluster.store.view(kind, namespace)) cluster.store.remove(kind, namespace, object.metadata.name);
	}
}

