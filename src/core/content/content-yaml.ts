import {LineCounter, isAlias, parseAllDocuments, parseDocument, visit, type Document} from 'yaml';
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

/** Alias uses allowed per anchor, as the yaml library counts them (its default, named here). */
const MAX_ALIAS_COUNT = 100;

// Content packs come from anyone. Every content YAML text goes through here, so no pack can make
// the parser throw past the loader or (with pretty errors, which build a regular expression from
// the text) exhaust memory: a refusal is a problem at a position, and the rest of the pack loads.
const OPTIONS = {prettyErrors: false, uniqueKeys: true} as const;

/** Levels of nesting a content file may use; the shipped ones use fewer than ten. */
export const MAX_NESTING = 64;

/** Parses one YAML document of content: its problems with positions, else its sanitised value. */
export function parseContentYaml(text: string): ParsedYaml {
	const counter = new LineCounter();
	const deep = tooDeep(text);
	if (deep) return {doc: parseDocument(''), counter, problems: [deep]};
	let doc: Document;
	try {
		doc = parseDocument(text, {...OPTIONS, lineCounter: counter});
	} catch (error) {
		return {doc: parseDocument(''), counter, problems: [{line: 1, col: 1, message: refusal(error)}]};
	}
	const problems = distinct([...doc.errors, ...doc.warnings].map(error => ({...counter.linePos(error.pos[0]), message: refusal(error)})));
	if (doc.errors.length > 0) return {doc, counter, problems};
	try {
		return {doc, counter, problems, value: sanitiseDeep(doc.toJS({maxAliasCount: MAX_ALIAS_COUNT}))};
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
		const docs = parseAllDocuments(text, {...OPTIONS, lineCounter: counter});
		const list = Array.isArray(docs) ? docs : [];
		return list.flatMap(doc => {
			const found = distinct(doc.errors.map(error => ({...counter.linePos(error.pos[0]), message: refusal(error)})));
			if (found.length > 0) return found;
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

/**
 * Where the text first nests deeper than MAX_NESTING: indentation levels plus open flow brackets
 * outside quotes and comments. The parser recurses per level, so a deep enough text would overflow
 * the stack at a place that depends on the stack; checked first, the place is the same every time.
 */
function tooDeep(text: string): YamlProblem | undefined {
	const indents: number[] = [];
	let flow = 0;
	const lines = text.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index];
		const indent = /^ */.exec(line)![0].length;
		if (flow === 0 && line.trim() !== '' && !line.trimStart().startsWith('#')) {
			while (indents.length > 0 && indent < indents[indents.length - 1]) indents.pop();
			if (indents.length === 0 || indent > indents[indents.length - 1]) indents.push(indent);
		}
		let quote: string | undefined;
		for (let col = indent; col < line.length; col++) {
			const char = line[col];
			if (quote) {
				if (char === quote) quote = undefined;
			} else if (char === '"' || char === "'") {
				if (col === 0 || /[\s\[{,:]/.test(line[col - 1])) quote = char;
			} else if (char === '#' && (col === 0 || /\s/.test(line[col - 1]))) {
				break;
			} else if (char === '[' || char === '{') {
				if (++flow + indents.length > MAX_NESTING) return {line: index + 1, col: col + 1, message: `nested more than ${MAX_NESTING} levels deep`};
			} else if ((char === ']' || char === '}') && flow > 0) {
				flow--;
			}
		}
		if (indents.length > MAX_NESTING) return {line: index + 1, col: indent + 1, message: `nested more than ${MAX_NESTING} levels deep`};
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
