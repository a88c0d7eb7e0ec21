import {ownValue, setOwn} from './own-property.js';
import type {KubeObject} from '../kube-object.js';
import {goJson} from './go-json.js';

/**
 * `kubectl apply` on an existing object: a three-way strategic merge of the last-applied
 * configuration, the new manifest and the live object. Fields the new manifest sets win; fields
 * that were applied before and are now gone are removed; fields only the server or others set
 * (allocated clusterIP, nodePorts, status) stay. Lists of ports, containers, env … merge by key.
 */
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

type Json = Record<string, unknown>;

/** The annotation kubectl writes: the manifest (without this annotation) as Go JSON plus a newline. */
export function lastAppliedFor(manifest: KubeObject): string {
	const copy = structuredClone(manifest) as unknown as Json & {metadata: Json};
	const annotations = {...((copy.metadata.annotations as Json | undefined) ?? {})};
	delete annotations[LAST_APPLIED];
	copy.metadata.annotations = annotations;
	return `${goJson(copy)}\n`;
}

/**
 * The manifest as kubectl sends it: with its last-applied annotation set. The annotation records
 * `source`, the manifest as written (nulls such as `creationTimestamp: null` included).
 */
export function withLastApplied(manifest: KubeObject, source: KubeObject = manifest): KubeObject {
	const annotation = lastAppliedFor(source);
	return {...manifest, metadata: {...manifest.metadata, annotations: {...manifest.metadata.annotations, [LAST_APPLIED]: annotation}}};
}

export function lastAppliedOf(live: KubeObject): KubeObject | undefined {
	const text = live.metadata.annotations?.[LAST_APPLIED];
	if (!text) return undefined;
	try {
		return withoutNulls(JSON.parse(text)) as KubeObject;
	} catch {
		return undefined;
	}
}

export function threeWayMerge(original: KubeObject | undefined, modified: KubeObject, live: KubeObject): KubeObject {
	return mergeMaps((original ?? {}) as Json, modified as Json, structuredClone(live) as Json, '') as KubeObject;
}

/** Nulls in a recorded manifest meant "unset"; they must not delete live fields. */
function withoutNulls(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutNulls);
	if (!isMap(value)) return value;
	return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== null).map(([key, child]) => [key, withoutNulls(child)]));
}

const isMap = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeMaps(original: Json, modified: Json, live: Json, path: string): Json {
	for (const key of Object.keys(original)) {
		if (!Object.hasOwn(modified, key)) delete live[key];
	}
	for (const [key, value] of Object.entries(modified)) {
		const childPath = path ? `${path}.${key}` : key;
		if (value === null) delete live[key];
		else setOwn(live, key, mergeValue(ownValue(original, key), value, ownValue(live, key), childPath));
	}
	return live;
}

function mergeValue(original: unknown, modified: unknown, live: unknown, path: string): unknown {
	if (isMap(modified) && isMap(live)) return mergeMaps(isMap(original) ? original : {}, modified, live, path);
	if (Array.isArray(modified) && Array.isArray(live)) {
		const key = mergeKeyFor(path);
		const keyed = (items: unknown[]) => items.every(item => isMap(item) && item[key ?? ''] !== undefined);
		const unique = (items: unknown[]) => new Set(items.map(item => JSON.stringify((item as Json)[key ?? '']))).size === items.length;
		if (key && keyed(modified) && keyed(live) && unique(modified) && unique(live)) {
			return mergeLists(Array.isArray(original) ? original : [], modified as Json[], live as Json[], key, path);
		}
	}
	return structuredClone(modified);
}

/** Items keep the manifest's order; items only the server added stay, after them. */
function mergeLists(original: unknown[], modified: Json[], live: Json[], key: string, path: string): Json[] {
	const find = (items: unknown[], id: unknown) => items.find(item => isMap(item) && item[key] === id) as Json | undefined;
	const merged = modified.map(item => {
		const current = find(live, item[key]);
		return current ? mergeMaps(find(original, item[key]) ?? {}, item, current, path) : structuredClone(item);
	});
	const extra = live.filter(item => !find(modified, item[key]) && !find(original, item[key]));
	return [...merged, ...extra];
}

/** patchMergeKey of the lists kubectl merges rather than replaces. */
function mergeKeyFor(path: string): string | undefined {
	const last = path.slice(path.lastIndexOf('.') + 1);
	if (last === 'ports') {
		if (/(^|\.)(containers|initContainers)$/.test(path.slice(0, path.lastIndexOf('.')))) return 'containerPort';
		return path === 'spec.ports' ? 'port' : undefined;
	}
	const keys: Record<string, string> = {
		containers: 'name',
		initContainers: 'name',
		env: 'name',
		volumes: 'name',
		volumeMounts: 'mountPath',
		imagePullSecrets: 'name',
		hostAliases: 'ip',
		ownerReferences: 'uid',
		conditions: 'type',
	};
	return keys[last];
}

/** Deep equality for JSON data, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
	return goJson(a) === goJson(b);
}
