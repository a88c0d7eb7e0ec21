import {setOwn} from '../api/own-property.js';
import type {KubeObject} from '../kube-object.js';
import {qualifiedSingular, typeForObject, typeForKind} from '../resource-types.js';
import {toYaml} from './yaml-emitter.js';

export type ObjectFormat = 'yaml' | 'json' | 'name';

export interface ObjectsOptions {
	/**
	 * Wrap in a `List` (kubectl does so whenever it listed, even a single result; a single named
	 * object prints bare). Defaults to `objects.length !== 1`.
	 */
	list?: boolean;
}

/** What kubectl hands its printers: managedFields hidden, a List around listed results. */
export function printableData(objects: readonly KubeObject[], options: ObjectsOptions = {}): unknown {
	const cleaned = objects.map(withoutManagedFields);
	const list = options.list ?? objects.length !== 1;
	if (!list) return cleaned[0];
	return {apiVersion: 'v1', items: cleaned, kind: 'List', metadata: {resourceVersion: ''}};
}

/** `-o yaml`, `-o json`, `-o name`. */
export function printObjects(objects: readonly KubeObject[], format: ObjectFormat, options: ObjectsOptions = {}): string {
	if (format === 'name') return objects.map(object => objectName(object) + '\n').join('');
	const data = printableData(objects, options);
	return format === 'yaml' ? toYaml(data) : toKubectlJson(data);
}

/** `service/web`, `deployment.apps/web`: how `-o name` and mutation messages name an object. */
export function objectName(object: KubeObject): string {
	const type = typeForObject(object.apiVersion, object.kind) ?? typeForKind(object.kind);
	return `${type ? qualifiedSingular(type) : object.kind.toLowerCase()}/${object.metadata.name}`;
}

function withoutManagedFields(object: KubeObject): KubeObject {
	if (!object.metadata?.managedFields) return object;
	const {managedFields: _hidden, ...metadata} = object.metadata;
	return {...object, metadata};
}

/**
 * Go's json.MarshalIndent with 4 spaces over an unstructured object: keys sorted byte-wise,
 * `<`, `>`, `&`, U+2028 and U+2029 escaped, a trailing newline.
 */
export function toKubectlJson(value: unknown): string {
	return marshalIndent(sortKeys(value));
}

/** Go's json.MarshalIndent with 4 spaces, keys in the order given, and Go's HTML escaping. */
export function marshalIndent(value: unknown): string {
	const text = JSON.stringify(value, null, 4);
	return text.replace(/[<>&\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		const sorted: Record<string, unknown> = {};
		for (const key of Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) setOwn(sorted, key, sortKeys(record[key]));
		return sorted;
	}
	return value;
}
