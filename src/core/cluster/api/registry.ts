import type {Cluster} from '../cluster.js';
import {clone, type KubeObject} from '../kube-object.js';
import {typeForKind, typeForObject, type ResourceType} from '../resource-types.js';
import type {ApiError} from './api-error.js';
import {alreadyExists, badRequest, cannotDecode, conflict, notFound} from './api-status.js';
import {decodeStrict, dropNulls} from './decode-strict.js';
import {invalidError} from './field-error.js';
import {openObjectShape, shapeForKind} from './known-fields.js';
import {strategyFor} from './kind-strategy.js';
import {hasGeneration, systemFieldsForCreate} from './metadata.js';
import {allocateForCreate, allocateForUpdate} from './service-allocation.js';
import {sameJson} from './apply-merge.js';
import type {ServiceObject} from './writable.js';

/**
 * The generic registry: what happens to a write between the HTTP request and storage, in the
 * real order — decode, namespace admission, defaulting, (Services) allocation, validation,
 * storage conflicts. Returns the object to store, or the first error.
 */
export type Prepared = {ok: true; object: KubeObject; type: ResourceType; warnings: string[]} | {ok: false; error: ApiError};

const NAMESPACE_TYPE = typeForKind('Namespace') as ResourceType;

export function resolveType(raw: unknown): {ok: true; type: ResourceType} | {ok: false; error: ApiError} {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {ok: false, error: badRequest('the object provided is not a Kubernetes object')};
	const {apiVersion, kind} = raw as {apiVersion?: unknown; kind?: unknown};
	if (typeof kind !== 'string' || !kind) return {ok: false, error: badRequest("Object 'Kind' is missing in the object")};
	if (typeof apiVersion !== 'string' || !apiVersion) return {ok: false, error: badRequest(`Object 'apiVersion' is missing in the object of kind "${kind}"`)};
	const type = typeForObject(apiVersion, kind);
	if (!type) return {ok: false, error: {code: 404, reason: 'NotFound', message: 'the server could not find the requested resource'}};
	return {ok: true, type};
}

/** Strict decoding; the copy it returns always has a metadata object. */
export function decode(raw: KubeObject, type: ResourceType): {ok: true; object: KubeObject} | {ok: false; error: ApiError} {
	const shape = shapeForKind(type.kind) ?? openObjectShape(type.kind);
	const outcome = decodeStrict(shape, raw, !shapeForKind(type.kind));
	if (!outcome.ok) return {ok: false, error: cannotDecode(type, outcome.why)};
	const object = dropNulls(shape, clone(raw)) as KubeObject;
	object.metadata ??= {name: ''};
	return {ok: true, object};
}

export function namespaceOf(object: KubeObject, type: ResourceType): string | undefined {
	return type.namespaced ? object.metadata.namespace || 'default' : undefined;
}

export function prepareCreate(cluster: Cluster, raw: KubeObject): Prepared {
	const resolved = resolveType(raw);
	if (!resolved.ok) return resolved;
	const {type} = resolved;
	const decoded = decode(raw, type);
	if (!decoded.ok) return decoded;
	const object = decoded.object;
	const namespace = namespaceOf(object, type);
	if (namespace !== undefined) {
		object.metadata.namespace = namespace;
		if (!cluster.store.has('Namespace', undefined, namespace)) return {ok: false, error: notFound(NAMESPACE_TYPE, namespace)};
	} else delete object.metadata.namespace;
	if (!object.metadata.name && object.metadata.generateName) object.metadata.name = `${object.metadata.generateName}${cluster.random.suffix(5)}`;
	const requestedVersion = object.metadata.resourceVersion;
	object.metadata = {...systemFieldsForCreate(object.metadata, cluster.random.uid(), cluster.clock.timestamp(), type.kind), name: object.metadata.name ?? ''};
	const strategy = strategyFor(type);
	if (strategy.initialStatus) delete object.status;
	strategy.defaults(object, cluster);
	const status = strategy.initialStatus?.(object);
	if (status) object.status = status;
	if (type.kind === 'Service') {
		const key = {namespace: namespace ?? '', name: object.metadata.name};
		const failed = allocateForCreate(object as ServiceObject, {allocations: cluster.allocations, random: cluster.random, key});
		if (failed) return {ok: false, error: failed};
	}
	const errors = strategy.validate(object);
	if (errors.length > 0) return {ok: false, error: invalidError(type.kind, type.group, object.metadata.name, errors)};
	if (requestedVersion) return {ok: false, error: badRequest('resourceVersion should not be set on objects to be created')};
	if (cluster.store.has(type.kind, namespace, object.metadata.name)) return {ok: false, error: alreadyExists(type, object.metadata.name)};
	return {ok: true, object, type, warnings: strategy.warnings?.(object) ?? []};
}

export function prepareUpdate(cluster: Cluster, raw: KubeObject): Prepared {
	const resolved = resolveType(raw);
	if (!resolved.ok) return resolved;
	const {type} = resolved;
	const decoded = decode(raw, type);
	if (!decoded.ok) return decoded;
	const object = decoded.object;
	const namespace = namespaceOf(object, type);
	const name = object.metadata.name ?? '';
	const existing = cluster.store.get(type.kind, namespace, name);
	if (!existing) return {ok: false, error: notFound(type, name)};
	const requestedVersion = object.metadata.resourceVersion;
	if (requestedVersion && requestedVersion !== existing.metadata.resourceVersion) return {ok: false, error: conflict(type, name)};
	const {generation: _ignored, ...given} = object.metadata;
	object.metadata = {
		...given,
		name,
		uid: existing.metadata.uid,
		creationTimestamp: existing.metadata.creationTimestamp,
		resourceVersion: existing.metadata.resourceVersion,
		...(existing.metadata.generation === undefined ? {} : {generation: existing.metadata.generation}),
	};
	if (namespace === undefined) delete object.metadata.namespace;
	else object.metadata.namespace = namespace;
	const strategy = strategyFor(type);
	if (strategy.initialStatus) {
		if (existing.status === undefined) delete object.status;
		else object.status = clone(existing.status);
	}
	strategy.defaults(object, cluster);
	if (type.kind === 'Service') {
		const failed = allocateForUpdate(object as ServiceObject, existing as ServiceObject, {
			allocations: cluster.allocations,
			random: cluster.random,
			key: {namespace: namespace ?? '', name},
		});
		if (failed) return {ok: false, error: failed};
	}
	const errors = [...(strategy.validateUpdate?.(object, existing) ?? []), ...strategy.validate(object)];
	if (errors.length > 0) return {ok: false, error: invalidError(type.kind, type.group, name, errors)};
	if (hasGeneration(type.kind) && !sameJson(specOf(object), specOf(existing))) {
		object.metadata = {...object.metadata, generation: (existing.metadata.generation ?? 0) + 1};
	}
	return {ok: true, object, type, warnings: strategy.warnings?.(object) ?? []};
}

/** What a generation counts: the spec, or for spec-less kinds everything outside metadata and status. */
function specOf(object: KubeObject): unknown {
	if ('spec' in object) return object.spec;
	const {metadata: _metadata, status: _status, ...rest} = object;
	return rest;
}
