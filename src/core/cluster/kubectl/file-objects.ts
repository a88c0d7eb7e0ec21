/**
 * Every verb's `-f`: the sources read (files, directories with `-R`, URLs, stdin), decoded into
 * manifests, each mapped to its resource type. What kubectl's builder reports while visiting
 * (a kind it has no mapping for, a document it cannot decode) stays in place among the objects,
 * so each verb reports it where kubectl would.
 */
import type {KubeObject} from '../kube-object.js';
import {typeForObject, type ResourceType} from '../resource-types.js';
import type {KubectlContext} from './command.js';
import {ingressNginxObjects} from './ingress-nginx-manifest.js';
import {parseManifests} from './manifest.js';
import {readSources} from './read-sources.js';
import {checkErr} from './render-api-error.js';
import {findObject, notFoundMessage} from './select-objects.js';

export type FileItem =
	| {kind: 'object'; type: ResourceType; manifest: KubeObject; source: string}
	/** kubectl's message, without a leading `error: `; may span lines. */
	| {kind: 'error'; message: string};

/** `message` is ready to print (kubectl's CheckErr layout, newline included). */
export type FileItems = {ok: true; items: FileItem[]; single: boolean} | {ok: false; message: string};

export function readFileItems(context: KubectlContext): FileItems {
	const read = readSources(context.env, context.flags.array('filename'), context.flags.bool('recursive'));
	if (!read.ok) return {ok: false, message: checkErr(read.messages.map(message => `${message}\n`))};
	const items: FileItem[] = [];
	for (const source of read.sources) {
		const parsed = source.kind === 'ingress-nginx' ? ingressNginxObjects(source.name) : parseManifests(source.text, source.name);
		for (const {object, source: from} of parsed.objects) {
			const type = typeForObject(object.apiVersion, object.kind);
			items.push(type ? {kind: 'object', type, manifest: object, source: from} : {kind: 'error', message: mappingError(object, from)});
		}
		for (const message of parsed.errors) items.push({kind: 'error', message});
		if (parsed.fatal) items.push({kind: 'error', message: parsed.fatal});
	}
	return {ok: true, items, single: read.single};
}

export interface LiveFileObjects {
	found: {type: ResourceType; object: KubeObject}[];
	/** In file order, a line or more each: what could not be read or mapped, and NotFound. */
	errors: string[];
	/** One file was named: kubectl's builder then treats what it holds as a single item. */
	single: boolean;
}

/**
 * `get -f`, `describe -f`, `label -f` and the like: the live object each manifest names. What
 * cannot be read or mapped prints on a line of its own, as kubectl prints a visitor's errors.
 */
export function liveFileObjects(context: KubectlContext): {ok: true; value: LiveFileObjects} | {ok: false; message: string} {
	const read = readFileItems(context);
	if (!read.ok) return read;
	const value: LiveFileObjects = {found: [], errors: [], single: read.single};
	for (const item of read.items) {
		if (item.kind === 'error') value.errors.push(`${item.message}\n`);
		if (item.kind !== 'object') continue;
		const object = findObject(context.env.cluster, item.type, fileNamespace(item, context) ?? '', item.manifest.metadata.name);
		if (object) value.found.push({type: item.type, object});
		else value.errors.push(notFoundMessage(item.type, item.manifest.metadata.name));
	}
	return {ok: true, value};
}

/** The namespace an object from a file lives in: its own, else the command's; none when cluster-scoped. */
export function fileNamespace(item: Extract<FileItem, {kind: 'object'}>, context: KubectlContext): string | undefined {
	return item.type.namespaced ? item.manifest.metadata.namespace || context.namespace : undefined;
}

function mappingError(object: KubeObject, source: string): string {
	return (
		`resource mapping not found for name: "${object.metadata.name}" namespace: "${object.metadata.namespace ?? ''}" from "${source}": ` +
		`no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`
	);
}
