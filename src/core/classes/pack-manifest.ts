import {LineCounter, parseDocument, isMap, isScalar} from 'yaml';
import {sanitise} from '../content/sanitise.js';
import type {ContentProblem} from '../content/content-problem.js';

import {PACK_MANIFEST} from '../content/content-reader.js';

/** The file at a pack's top that names it: progress exports and class reports refer to it. */
export {PACK_MANIFEST};

export interface PackManifest {
	/** Stable, lower-case words and dashes: `services-basics`. */
	id: string;
	/** The content's version, raised by the author when lessons or quizzes change: `1.2.0`. */
	version: string;
	title: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const VERSION = /^\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?$/;
const FIELDS = ['id', 'version', 'title'] as const;

export type ParsedPackManifest = {ok: true; manifest: PackManifest} | {ok: false; problems: ContentProblem[]};

/** Reads `kubetutor-pack.yaml`; every problem is reported at its line and column. */
export function parsePackManifest(file: string, text: string): ParsedPackManifest {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {lineCounter, prettyErrors: false});
	const at = (offset: number | undefined, message: string): ContentProblem => {
		const {line, col} = offset === undefined ? {line: 1, col: 1} : lineCounter.linePos(offset);
		return {file, line, col, message};
	};
	if (doc.errors.length > 0) return {ok: false, problems: doc.errors.map(error => at(error.pos[0], `YAML: ${error.message.split('\n')[0]}`))};
	if (!isMap(doc.contents)) return {ok: false, problems: [at(0, 'expected a mapping with id, version and title')]};
	const problems: ContentProblem[] = [];
	const values: Partial<Record<(typeof FIELDS)[number], string>> = {};
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
		if (!(FIELDS as readonly string[]).includes(key)) {
			problems.push(at(offset, `unknown field "${sanitise(key)}" (a pack manifest has ${FIELDS.join(', ')})`));
			continue;
		}
		const value = isScalar(pair.value) ? pair.value.value : undefined;
		const valueOffset = isScalar(pair.value) ? pair.value.range?.[0] : offset;
		const text = typeof value === 'number' ? String(value) : value;
		if (typeof text !== 'string' || text.trim() === '') {
			problems.push(at(valueOffset, `"${key}" must be a text`));
			continue;
		}
		values[key as (typeof FIELDS)[number]] = text;
	}
	if (values.id !== undefined && !ID.test(values.id)) problems.push(at(offsetOf(doc, 'id'), `id "${sanitise(values.id)}" must be lower-case letters, digits and dashes`));
	if (values.version !== undefined && !VERSION.test(values.version)) problems.push(at(offsetOf(doc, 'version'), `version "${sanitise(values.version)}" must look like 1, 1.2 or 1.2.3`));
	for (const field of FIELDS) if (values[field] === undefined && !problems.some(problem => problem.message.startsWith(`"${field}"`))) problems.push(at(0, `missing "${field}"`));
	if (problems.length > 0) return {ok: false, problems};
	return {ok: true, manifest: {id: values.id!, version: values.version!, title: sanitise(values.title!)}};
}

function offsetOf(doc: ReturnType<typeof parseDocument>, key: string): number | undefined {
	const node = doc.get(key, true);
	return isScalar(node) ? node.range?.[0] : undefined;
}

/** The manifest text `kubetutor new` writes. */
export function packManifestText(manifest: PackManifest): string {
	return [`# Progress exports and class reports name this pack by id and version: raise the version`, `# whenever you change a lesson or quiz you have handed out.`, `id: ${manifest.id}`, `version: ${quoteIfNeeded(manifest.version)}`, `title: ${JSON.stringify(manifest.title)}`, ''].join('\n');
}

function quoteIfNeeded(version: string): string {
	return /^\d+(\.\d+)?$/.test(version) ? `"${version}"` : version;
}
