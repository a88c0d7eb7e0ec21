import {isMap, isSeq, isAlias, LineCounter, parseAllDocuments, parseDocument, visit, type Document} from 'yaml';
import {firstDuplicateKey, MAX_ALIAS_COUNT, nestingTooDeep, parseBoundedDocument, toPlainData} from '../yaml/bounded-yaml.js';
import {sanitiseDeep} from './sanitise.js';

/** A problem inside one YAML text, 1-based, before the file name and any line offset are added. */
export interface YamlProblem {
	line: number;
	col: number;
	message: string;
}

export interface ParsedYaml {
	doc: Document;
	counter: LineCounter;
	problems: YamlProblem[];
	/** The document as plain data with every string sanitised; undefined when it has problems. */
	value?: unknown;
}

// Content packs come from anyone. Every content YAML text goes through here, and here through the
// bounded parser (yaml/bounded-yaml.ts: depth measured first, duplicate keys found in linear
// time), so no pack can make the parser throw past the loader, run for minutes, or (with pretty
// errors, which build a regular expression from the text) exhaust memory: a refusal is a problem
// at a position, and the rest of the pack loads.
const OPTIONS = {prettyErrors: false} as const;

/** Levels of nesting a content file may use; the shipped ones use fewer than ten. */
export const MAX_NESTING = 64;

/** Keys one mapping of content may hold; the shipped front matter and questions use fewer than 15. */
export const MAX_KEYS = 200;

/** Parses one YAML document of content: its problems with positions, else its sanitised value. */
export function parseContentYaml(text: string): ParsedYaml {
	const counter = new LineCounter();
	const deep = tooDeep(text);
	if (deep) return {doc: parseDocument(''), counter, problems: [deep]};
	let doc: Document;
	let duplicate: YamlProblem | undefined;
	try {
		const bounded = parseBoundedDocument(text, {...OPTIONS, lineCounter: counter});
		if (!bounded.document) return {doc: parseDocument(''), counter, problems: [{line: 1, col: 1, message: `nested more than ${MAX_NESTING} levels deep`}]};
		doc = bounded.document;
		duplicate = bounded.duplicate && {line: bounded.duplicate.line, col: bounded.duplicate.col, message: 'Map keys must be unique'};
	} catch (error) {
		return {doc: parseDocument(''), counter, problems: [{line: 1, col: 1, message: refusal(error)}]};
	}
	const found = distinct([...doc.errors, ...doc.warnings].map(error => ({...counter.linePos(error.pos[0]), message: refusal(error)})));
	const limits = [duplicate, tooManyKeys(doc, counter)].filter((problem): problem is YamlProblem => problem !== undefined);
	const problems = [...found, ...limits];
	if (doc.errors.length > 0 || limits.length > 0) return {doc, counter, problems};
	try {
		return {doc, counter, problems, value: sanitiseDeep(toPlainData(doc, MAX_ALIAS_COUNT))};
	} catch (error) {
		return {doc, counter, problems: [...problems, {...firstAlias(doc, counter), message: refusal(error)}]};
	}
}

/** Problems of every document in a multi-document text (a manifest block in a lesson or setup). */
export function yamlStreamProblems(text: string): YamlProblem[] {
	const counter = new LineCounter();
	const deep = tooDeep(text);
	if (deep) return [deep];
	try {
		const docs = parseAllDocuments(text, {...OPTIONS, uniqueKeys: false, lineCounter: counter});
		const list = Array.isArray(docs) ? docs : [];
		return list.flatMap(doc => {
			const found = distinct(doc.errors.map(error => ({...counter.linePos(error.pos[0]), message: refusal(error)})));
			if (found.length > 0) return found;
			const duplicate = firstDuplicateKey(doc, counter);
			if (duplicate) return [{line: duplicate.line, col: duplicate.col, message: 'Map keys must be unique'}];
			try {
				doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
				return [];
			} catch (error) {
				return [{...firstAlias(doc, counter), message: refusal(error)}];
			}
		});
	} catch (error) {
		return [{line: 1, col: 1, message: refusal(error)}];
	}
}

/** Where the text first nests deeper than MAX_NESTING, in content's words. */
function tooDeep(text: string): YamlProblem | undefined {
	const deep = nestingTooDeep(text, MAX_NESTING);
	return deep && {line: deep.line, col: deep.col, message: `nested more than ${MAX_NESTING} levels deep`};
}

/** The first mapping holding more than MAX_KEYS keys, at its first key too many; walked without recursion. */
function tooManyKeys(doc: Document, counter: LineCounter): YamlProblem | undefined {
	const stack: unknown[] = [doc.contents];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isMap(node)) {
			if (node.items.length > MAX_KEYS) {
				const key = node.items[MAX_KEYS].key as {range?: [number, number, number]} | null;
				return {...counter.linePos(key?.range?.[0] ?? node.range?.[0] ?? 0), message: `more than ${MAX_KEYS} keys in one mapping`};
			}
			for (const pair of node.items) stack.push(pair.value);
		} else if (isSeq(node)) stack.push(...node.items);
	}
	return undefined;
}

/** A problem the parser repeats at every following character of a line is reported once. */
function distinct(problems: YamlProblem[]): YamlProblem[] {
	return problems.filter((problem, index) => index === 0 || problems[index - 1].message !== problem.message || problems[index - 1].line !== problem.line);
}

/** The parser's own words, first line only; a stack overflow means nesting too deep to read. */
function refusal(error: unknown): string {
	const text = (error instanceof Error ? error.message : String(error)).split('\n')[0];
	return /Maximum call stack size exceeded/.test(text) ? 'nested too deeply to read' : text;
}

/** Where aliases start being used: the place to look when there are too many of them. */
function firstAlias(doc: Document, counter: LineCounter): {line: number; col: number} {
	let offset: number | undefined;
	try {
		visit(doc, {
			Alias(_key, node) {
				if (isAlias(node) && node.range) offset = node.range[0];
				return visit.BREAK;
			},
		});
	} catch {
		// Too deep to walk: the start of the text is the best place left to name.
	}
	return offset === undefined ? {line: 1, col: 1} : counter.linePos(offset);
}
