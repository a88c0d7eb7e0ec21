/**
 * Manifest decoding as kubectl's resource builder does it: a stream of YAML (or JSON) documents
 * split on `---` lines, empty and comment-only documents skipped, `...` end markers honoured,
 * `kind: List` expanded. Documents before a broken one are still returned, as kubectl applies
 * them before reporting the error.
 */
import {MAX_ALIAS_COUNT, parseBoundedDocument, toPlainData} from '../../yaml/bounded-yaml.js';
import type {KubeObject} from '../kube-object.js';
import {readPlainYaml} from './plain-yaml.js';
import {goYamlMessage} from './yaml-error.js';

export interface ManifestObject {
	object: KubeObject;
	/** File name as kubectl names it in messages: the path given, or `STDIN`. */
	source: string;
}

export interface ManifestParse {
	objects: ManifestObject[];
	/** Per-document problems kubectl reports but continues past (missing kind). */
	errors: string[];
	/** A syntax error: kubectl stops reading this source here. */
	fatal?: string;
}

export function parseManifests(text: string, source: string): ManifestParse {
	const out: ManifestParse = {objects: [], errors: []};
	for (const chunk of splitDocuments(text)) {
		if (chunk.error) {
			out.fatal = `error parsing ${source}: ${chunk.error}`;
			return out;
		}
		const decoded = decodeChunk(chunk.text);
		if (decoded.error) {
			out.fatal = `error parsing ${source}: error converting YAML to JSON: ${decoded.error}`;
			return out;
		}
		if (decoded.value === null || decoded.value === undefined) continue;
		if (typeof decoded.value !== 'object' || Array.isArray(decoded.value)) {
			const what = Array.isArray(decoded.value) ? 'array' : typeof decoded.value === 'number' ? 'number' : typeof decoded.value === 'boolean' ? 'bool' : 'string';
			out.fatal = `error parsing ${source}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${what} into Go value of type map[string]interface {}`;
			return out;
		}
		collect(decoded.value as Record<string, unknown>, source, out);
	}
	return out;
}

function collect(raw: Record<string, unknown>, source: string, out: ManifestParse): void {
	if (typeof raw.kind !== 'string' || raw.kind === '') {
		out.errors.push(`unable to decode "${source}": Object 'Kind' is missing in '${goJson(raw)}'`);
		return;
	}
	if (/List$/.test(raw.kind) && Array.isArray(raw.items)) {
		for (const item of raw.items) {
			if (item && typeof item === 'object' && !Array.isArray(item)) collect(item as Record<string, unknown>, source, out);
		}
		return;
	}
	const metadata = raw.metadata && typeof raw.metadata === 'object' && !Array.isArray(raw.metadata) ? (raw.metadata as Record<string, unknown>) : {};
	const object = {...raw, apiVersion: typeof raw.apiVersion === 'string' ? raw.apiVersion : '', metadata: {...metadata, name: typeof metadata.name === 'string' ? metadata.name : ''}} as KubeObject;
	out.objects.push({object, source});
}

interface Chunk {
	text: string;
	error?: string;
}

/** apimachinery's YAMLReader: a line starting with `---` separates documents; only a comment may follow it. */
function splitDocuments(text: string): Chunk[] {
	const chunks: Chunk[] = [];
	let current: string[] = [];
	for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
		if (line.startsWith('---')) {
			const rest = line.slice(3).trim();
			if (rest && !rest.startsWith('#')) {
				chunks.push({text: current.join('\n')});
				chunks.push({text: '', error: `invalid Yaml document separator: ${rest}`});
				return chunks;
			}
			chunks.push({text: current.join('\n')});
			current = [];
			continue;
		}
		current.push(line);
	}
	chunks.push({text: current.join('\n')});
	return chunks;
}

function decodeChunk(text: string): {value?: unknown; error?: string} {
	if (text.trim() === '') return {value: null};
	// Most manifests are plain block YAML: read them without building a syntax tree.
	const plain = readPlainYaml(text);
	if (plain) return plain;
	const {document, limit, duplicate} = parseBoundedDocument(text, {prettyErrors: true, strict: false});
	if (!document) return {error: `yaml: line ${limit?.line ?? 1}: ${limit?.message ?? 'cannot be read'}`};
	if (document.errors.length > 0) return {error: goYamlMessage(document.errors)};
	if (duplicate) return {error: `yaml: unmarshal errors:\n  line ${duplicate.line}: key ${JSON.stringify(duplicate.key)} already set in map`};
	try {
		return {value: toPlainData(document, MAX_ALIAS_COUNT)};
	} catch (error) {
		return {error: `yaml: ${error instanceof Error ? error.message : String(error)}`};
	}
}

/** Go's encoding/json of a map: keys sorted, no spaces. */
export function goJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
	if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
	const entries = Object.keys(value as object)
		.sort()
		.map(key => `${JSON.stringify(key)}:${goJson((value as Record<string, unknown>)[key])}`);
	return `{${entries.join(',')}}`;
}
