/**
 * YAML parsing with limits (docs/simulation.md, "Limits"): the `yaml` package recurses once per
 * nesting level and, near the stack's end, leaves V8's regular-expression compiler without room
 * (a 900-deep `[[[…]]]` parsed twice kills the process), and its unique-key check is quadratic
 * (50,000 keys took minutes). So nesting is measured before parsing, without recursion, and
 * duplicate keys are found with one set per mapping.
 */
import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type ParseOptions, type DocumentOptions, type SchemaOptions} from 'yaml';

/** Deepest nesting a document may have; real manifests stay below 20. */
export const MAX_YAML_DEPTH = 100;
/** Aliases one document may expand (the `yaml` package's own default). */
export const MAX_ALIAS_COUNT = 100;

export type YamlLimitError = {line: number; col: number; message: string};

/**
 * How deep `text` nests, measured on the characters: flow brackets outside quotes and comments,
 * plus block indentation levels and `- ` entries. An over-estimate is fine; it only refuses.
 */
export function nestingTooDeep(text: string, limit = MAX_YAML_DEPTH): YamlLimitError | undefined {
	const indents: number[] = [];
	let flow = 0;
	let line = 1;
	let quote: string | undefined;
	let blockScalarIndent: number | undefined;
	const lines = text.split('\n');
	for (const raw of lines) {
		const indent = /^ */.exec(raw)![0].length;
		const content = raw.slice(indent);
		if (blockScalarIndent !== undefined) {
			if (content === '' || indent > blockScalarIndent) {
				line++;
				continue;
			}
			blockScalarIndent = undefined;
		}
		if (flow === 0 && quote === undefined && content !== '' && !content.startsWith('#')) {
			while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
			indents.push(indent);
		}
		const dashes = flow === 0 && quote === undefined ? /^(?:- +)*/.exec(content)![0].split('-').length - 1 : 0;
		for (let at = 0; at < content.length; at++) {
			const c = content[at];
			if (quote) {
				if (c === '\\' && quote === '"') at++;
				else if (c === quote) quote = undefined;
				continue;
			}
			if (c === '#' && (at === 0 || content[at - 1] === ' ')) break;
			if (c === '"' || c === "'") quote = c;
			else if (c === '[' || c === '{') flow++;
			else if ((c === ']' || c === '}') && flow > 0) flow--;
			if (indents.length + dashes + flow > limit) return {line, col: indent + at + 1, message: `exceeded max depth of ${limit}`};
		}
		if (indents.length + dashes > limit) return {line, col: indent + 1, message: `exceeded max depth of ${limit}`};
		if (flow === 0 && quote === undefined && /(?:^|[:\-]\s)[|>][-+0-9]*\s*(?:#.*)?$/.test(content)) blockScalarIndent = indent;
		line++;
	}
	return undefined;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * `parseDocument` without its quadratic key check, and never on text nested deeper than the limit
 * (then `limit` says where). `duplicate` is the first key a mapping repeats.
 */
export function parseBoundedDocument(
	text: string,
	options: Options = {},
): {document?: Document; lineCounter: LineCounter; limit?: YamlLimitError; duplicate?: {key: string; line: number; col: number}} {
	const lineCounter = options.lineCounter ?? new LineCounter();
	const limit = nestingTooDeep(text);
	if (limit) return {lineCounter, limit};
	const document = parseDocument(text, {...options, uniqueKeys: false, lineCounter});
	const duplicate = firstDuplicateKey(document, lineCounter);
	return {document, lineCounter, ...(duplicate ? {duplicate} : {})};
}

/** Walks the document without recursion; one set of keys per mapping. */
export function firstDuplicateKey(document: Document, lineCounter: LineCounter): {key: string; line: number; col: number} | undefined {
	const stack: unknown[] = [document.contents];
	let first: {key: string; line: number; col: number} | undefined;
	while (stack.length > 0) {
		const node = stack.pop();
		if (isMap(node)) {
			const seen = new Set<string>();
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
				if (key !== undefined) {
					if (seen.has(key)) {
						const {line, col} = lineCounter.linePos((pair.key as {range?: [number, number, number]}).range?.[0] ?? 0);
						if (!first || line < first.line) first = {key, line, col};
					}
					seen.add(key);
				}
				stack.push(pair.value);
			}
		} else if (isSeq(node)) stack.push(...node.items);
	}
	return first;
}

/**
 * A document's value with every mapping as a plain object whose keys are all own data properties:
 * `__proto__` stays a key like any other instead of becoming the object's prototype (the `yaml`
 * package assigns keys, and assigning `__proto__` sets the prototype). Shared anchors stay shared.
 */
export function toPlainData(document: Document, maxAliasCount = MAX_ALIAS_COUNT): unknown {
	const converted = new Map<unknown, unknown>();
	const convert = (value: unknown): unknown => {
		if (!(value instanceof Map) && !Array.isArray(value)) return value;
		const done = converted.get(value);
		if (done !== undefined) return done;
		if (Array.isArray(value)) {
			const out: unknown[] = [];
			converted.set(value, out);
			for (const item of value) out.push(convert(item));
			return out;
		}
		const out: Record<string, unknown> = {};
		converted.set(value, out);
		for (const [key, item] of value) Object.defineProperty(out, String(key), {value: convert(item), enumerable: true, writable: true, configurable: true});
		return out;
	};
	return convert(document.toJS({maxAliasCount, mapAsMap: true}));
}
