import {createObject} from '../api/api-server.js';
import {LAST_APPLIED, lastAppliedOf} from '../api/apply-merge.js';
import type {Cluster} from '../cluster.js';
import {clone, type KubeObject} from '../kube-object.js';

type Json = Record<string, unknown>;
type Path = ReadonlyArray<string | number>;

/** Set by the API server or the controllers, never by whoever wrote the manifest. */
const SERVER_METADATA = ['uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'selfLink', 'ownerReferences', 'deletionTimestamp', 'deletionGracePeriodSeconds'];
const SERVER_ANNOTATION = [LAST_APPLIED, /^deployment\.kubernetes\.io\//, /^endpoints\.kubernetes\.io\//, /^kubectl\.kubernetes\.io\/last-applied/];
/** Allocated on create: kept only where the learner's request (or last apply) named them. */
const ALLOCATED: ReadonlySet<string> = new Set(['clusterIP', 'clusterIPs', 'nodePort', 'healthCheckNodePort', 'nodeName']);

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function at(value: unknown, path: Path): unknown {
	let current = value;
	for (const step of path) current = isRecord(current) || Array.isArray(current) ? (current as Json)[step as string] : undefined;
	return current;
}

function without(object: KubeObject, path: Path): KubeObject {
	const copy = clone(object);
	const parent = at(copy, path.slice(0, -1));
	if (isRecord(parent)) delete parent[path.at(-1) as string];
	return copy;
}

/** A Service port is matched by number and protocol: the learner's request may order them differently. */
function requestedPath(request: unknown, live: KubeObject, path: Path): unknown {
	const portsAt = path.indexOf('ports');
	if (portsAt < 0 || typeof path[portsAt + 1] !== 'number') return at(request, path);
	const port = at(live, path.slice(0, portsAt + 2)) as Json | undefined;
	const requested = (at(request, path.slice(0, portsAt + 1)) as Json[] | undefined)?.find(
		candidate => isRecord(candidate) && candidate.port === port?.port && (candidate.protocol ?? 'TCP') === (port?.protocol ?? 'TCP'),
	);
	return at(requested, path.slice(portsAt + 2));
}

/** Every path below `value` whose last step names an allocated field. */
function allocatedPaths(value: unknown, path: Path = []): Path[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => allocatedPaths(item, [...path, i]));
	if (!isRecord(value)) return [];
	return Object.entries(value).flatMap(([name, item]) => (ALLOCATED.has(name) ? [[...path, name]] : allocatedPaths(item, [...path, name])));
}

function stripServerFields(live: KubeObject, requests: readonly unknown[]): KubeObject {
	const object = clone(live) as KubeObject & {status?: unknown};
	delete object.status;
	for (const field of SERVER_METADATA) delete (object.metadata as unknown as Json)[field];
	const annotations = Object.entries(object.metadata.annotations ?? {}).filter(([name]) => !SERVER_ANNOTATION.some(rule => (typeof rule === 'string' ? rule === name : rule.test(name))));
	if (annotations.length > 0) object.metadata.annotations = Object.fromEntries(annotations);
	else delete object.metadata.annotations;
	const template = at(object, ['spec', 'template', 'metadata']);
	if (isRecord(template)) delete template.creationTimestamp;
	let result: KubeObject = object;
	for (const path of allocatedPaths(object.spec, ['spec']).reverse()) {
		if (!requests.some(request => requestedPath(request, live, path) !== undefined)) result = without(result, path);
	}
	return result;
}

/** Leaves and subtrees under `spec` and `metadata.labels`, biggest first, for `minimise`. */
function candidatePaths(value: unknown, path: Path): Path[] {
	if (isRecord(value)) return [path, ...Object.entries(value).flatMap(([name, item]) => candidatePaths(item, [...path, name]))];
	if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => (isRecord(item) ? Object.entries(item).flatMap(([name, field]) => candidatePaths(field, [...path, i, name])) : []))];
	return [path];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Drops every field the API server would fill in with the same value anyway (defaults), so the
 * manifest says what the learner chose: each removal is tried in a scratch cluster and kept when
 * the object comes back with the same value there.
 */
function minimise(object: KubeObject, scratch: Cluster): KubeObject {
	let current = object;
	const tried = new Set<string>();
	const paths = [...candidatePaths(current.spec, ['spec']).slice(1), ...candidatePaths(current.metadata.labels, ['metadata', 'labels']).slice(1)];
	for (const path of paths) {
		const original = at(current, path);
		if (original === undefined || tried.has(JSON.stringify(path))) continue;
		tried.add(JSON.stringify(path));
		const candidate = without(current, path);
		const created = createObject(scratch, clone(candidate), {dryRun: true});
		if (created.ok && same(at(created.value, path), original)) current = candidate;
	}
	return current;
}

/**
 * The live object as a manifest for another cluster: no status, uid, resourceVersion, managed
 * fields, server-set annotations or defaults; a clusterIP, nodePort or nodeName only where the
 * learner's create request or last `kubectl apply` named it.
 */
export function cleanManifest(live: KubeObject, scratch: Cluster, request: KubeObject | undefined): KubeObject {
	const requests = [request, lastAppliedOf(live)].filter(entry => entry !== undefined);
	const stripped = stripServerFields(live, requests);
	const minimal = live.spec === undefined ? stripped : minimise(stripped, scratch);
	if (minimal.metadata.namespace === 'default') delete minimal.metadata.namespace;
	if (minimal.metadata.labels && Object.keys(minimal.metadata.labels).length === 0) delete minimal.metadata.labels;
	if (isRecord(minimal.spec) && Object.keys(minimal.spec).length === 0) delete minimal.spec;
	return minimal;
}
