/**
 * The three patch types kubectl sends: JSON merge patch (RFC 7386), JSON patch (RFC 6902) and
 * strategic merge patch — a merge patch in which lists of named things (ports, containers, env)
 * are merged element by element on their key instead of replaced.
 */
import {ownValue, setOwn} from '../api/own-property.js';
type Json = unknown;
type Record_ = Record<string, Json>;

const isObject = (value: Json): value is Record_ => typeof value === 'object' && value !== null && !Array.isArray(value);

export function mergePatch(target: Json, patch: Json): Json {
	if (!isObject(patch)) return structuredClone(patch);
	const out: Record_ = isObject(target) ? {...target} : {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete out[key];
		else setOwn(out, key, mergePatch(ownValue(out, key), value));
	}
	return out;
}

/** The merge key of a list's elements, as the Kubernetes types declare it (`patchMergeKey`). */
function mergeKey(field: string, items: readonly Json[]): string | undefined {
	const sample = items.find(isObject);
	if (field === 'ports') return sample && 'containerPort' in sample ? 'containerPort' : 'port';
	if (['containers', 'initContainers', 'env', 'volumes', 'imagePullSecrets', 'conditions'].includes(field)) return field === 'conditions' ? 'type' : 'name';
	if (field === 'volumeMounts') return 'mountPath';
	return undefined;
}

export function strategicMergePatch(target: Json, patch: Json, field = ''): Json {
	if (Array.isArray(patch)) {
		const key = mergeKey(field, patch);
		if (!key || !Array.isArray(target)) return patch.filter(item => !(isObject(item) && item.$patch === 'delete'));
		const out = target.map(item => structuredClone(item));
		for (const item of patch) {
			if (!isObject(item)) continue;
			const at = out.findIndex(existing => isObject(existing) && existing[key] === item[key]);
			if (item.$patch === 'delete') {
				if (at !== -1) out.splice(at, 1);
				continue;
			}
			if (at === -1) out.push(strategicMergePatch(undefined, item));
			else out[at] = strategicMergePatch(out[at], item);
		}
		return out;
	}
	if (!isObject(patch)) return structuredClone(patch);
	if (patch.$patch === 'replace') {
		const {$patch: _directive, ...rest} = patch;
		return structuredClone(rest);
	}
	const out: Record_ = isObject(target) ? {...target} : {};
	for (const [key, value] of Object.entries(patch)) {
		if (key === '$patch') continue;
		if (value === null) delete out[key];
		else setOwn(out, key, strategicMergePatch(ownValue(out, key), value, key));
	}
	return out;
}

export interface JsonPatchOperation {
	op: string;
	path: string;
	value?: Json;
	from?: string;
}

export type JsonPatchResult = {ok: true; value: Json} | {ok: false; message: string};

export function jsonPatch(target: Json, operations: Json): JsonPatchResult {
	if (!Array.isArray(operations)) return {ok: false, message: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'};
	let doc = structuredClone(target);
	for (const raw of operations) {
		if (!isObject(raw) || typeof raw.op !== 'string' || typeof raw.path !== 'string') return {ok: false, message: 'Unexpected kind: unknown'};
		const op = raw as unknown as JsonPatchOperation;
		const step = applyOperation(doc, op);
		if (!step.ok) return step;
		doc = step.value;
	}
	return {ok: true, value: doc};
}

function pointer(path: string): string[] {
	if (path === '') return [];
	return path
		.slice(1)
		.split('/')
		.map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function applyOperation(doc: Json, op: JsonPatchOperation): JsonPatchResult {
	const parts = pointer(op.path);
	switch (op.op) {
		case 'add':
		case 'replace':
			return setAt(doc, parts, op.value, op.op);
		case 'remove':
			return removeAt(doc, parts);
		case 'test': {
			const found = getAt(doc, parts);
			return JSON.stringify(found) === JSON.stringify(op.value) ? {ok: true, value: doc} : {ok: false, message: `testing value ${op.path} failed: test failed`};
		}
		case 'copy':
		case 'move': {
			const from = pointer(op.from ?? '');
			const value = getAt(doc, from);
			if (value === undefined) return {ok: false, message: `unable to ${op.op} from "${op.from}": doc is missing path: "${op.from}": missing value`};
			const removed = op.op === 'move' ? removeAt(doc, from) : {ok: true as const, value: doc};
			if (!removed.ok) return removed;
			return setAt(removed.value, parts, structuredClone(value), 'add');
		}
		default:
			return {ok: false, message: `Unexpected kind: ${op.op}`};
	}
}

function getAt(doc: Json, parts: readonly string[]): Json {
	let node = doc;
	for (const part of parts) {
		if (Array.isArray(node)) node = node[Number(part)];
		else if (isObject(node)) node = node[part];
		else return undefined;
	}
	return node;
}

function setAt(doc: Json, parts: readonly string[], value: Json, op: string): JsonPatchResult {
	if (parts.length === 0) return {ok: true, value: structuredClone(value)};
	const root = structuredClone(doc);
	const parent = getAt(root, parts.slice(0, -1));
	const last = parts[parts.length - 1];
	const path = '/' + parts.join('/');
	if (Array.isArray(parent)) {
		const index = last === '-' ? parent.length : Number(last);
		if (!Number.isInteger(index) || index < 0 || index > parent.length || (op === 'replace' && index >= parent.length)) {
			return {ok: false, message: `unable to ${op} value at "${path}": index out of bounds`};
		}
		if (op === 'replace') parent[index] = value;
		else parent.splice(index, 0, value);
		return {ok: true, value: root};
	}
	if (!isObject(parent)) return {ok: false, message: `doc is missing path: "${path}": missing value`};
	if (op === 'replace' && !(last in parent)) return {ok: false, message: `doc is missing key: ${path}: missing value`};
	parent[last] = value;
	return {ok: true, value: root};
}

function removeAt(doc: Json, parts: readonly string[]): JsonPatchResult {
	const root = structuredClone(doc);
	const parent = getAt(root, parts.slice(0, -1));
	const last = parts[parts.length - 1];
	const path = '/' + parts.join('/');
	if (Array.isArray(parent)) {
		const index = Number(last);
		if (!Number.isInteger(index) || index < 0 || index >= parent.length) return {ok: false, message: `unable to remove nonexistent key: ${last}: missing value`};
		parent.splice(index, 1);
		return {ok: true, value: root};
	}
	if (!isObject(parent) || !(last in parent)) return {ok: false, message: `doc is missing path: "${path}": missing value`};
	delete parent[last];
	return {ok: true, value: root};
}
