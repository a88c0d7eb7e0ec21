import {isMap, isScalar, type Node} from 'yaml';
import type {ContentProblem} from './content-problem.js';
import {parseContentYaml} from './content-yaml.js';
import type {Lesson} from './lesson.js';
import {sanitise} from './sanitise.js';

export type LessonParseResult = {ok: true; lesson: Lesson} | {ok: false; errors: ContentProblem[]};

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

interface FrontMatterBlock {
	yaml: string;
	body: string;
	bodyLine: number;
}

/** Splits the leading `---` block off; marked would otherwise render it as text. */
function splitFrontMatter(text: string): FrontMatterBlock | undefined {
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') return undefined;
	// Only an unindented marker closes the block: a task's `setup: |` may hold a multi-document
	// manifest whose indented `---` separators belong to the YAML, not to the file.
	const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line.replace(/\r$/, '')));
	if (end < 0) return undefined;
	return {yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2};
}

/** Parses one lesson file; every problem comes back with the line and column it is on. */
export function parseLesson(file: string, source: string): LessonParseResult {
	const text = sanitise(source.replace(/^\uFEFF/, ''));
	const fail = (line: number, col: number, message: string): LessonParseResult => ({ok: false, errors: [{file, line, col, message}]});
	if (text.split('\n')[0]?.trim() !== '---') return fail(1, 1, 'lesson must start with front matter (a line "---", then id, title, order, summary)');
	const block = splitFrontMatter(text);
	if (!block) return fail(1, 1, 'front matter is not closed: add a line "---" after it');

	const parsed = parseContentYaml(block.yaml);
	const {doc, counter} = parsed;
	// Front matter starts on line 2 of the file (after the opening ---).
	const at = (offset: number): {line: number; col: number} => {
		const pos = counter.linePos(offset);
		return {line: pos.line + 1, col: pos.col};
	};
	if (parsed.problems.length > 0 || parsed.value === undefined) {
		return {ok: false, errors: parsed.problems.map(problem => ({file, line: problem.line + 1, col: problem.col, message: `front matter: ${problem.message}`}))};
	}
	if (!isMap(doc.contents)) return fail(2, 1, 'front matter must be a mapping of fields (id, title, order, summary)');
	const map = doc.contents;
	const errors: ContentProblem[] = [];
	const nodeOf = (key: string): Node | undefined => {
		const node = map.get(key, true);
		return node && typeof node === 'object' ? (node as Node) : undefined;
	};
	const where = (key: string): {line: number; col: number} => {
		const node = nodeOf(key);
		return node?.range ? at(node.range[0]) : {line: 1, col: 1};
	};
	const data = parsed.value as Record<string, unknown>;
	const stringField = (key: string, required: boolean): string => {
		const value = data[key];
		if (value === undefined || value === null) {
			if (required) errors.push({file, line: 1, col: 1, message: `front matter: missing "${key}"`});
			return '';
		}
		if (typeof value !== 'string' || !isScalar(nodeOf(key))) {
			errors.push({file, ...where(key), message: `front matter: "${key}" must be text`});
			return '';
		}
		return value.trim();
	};
	const id = stringField('id', true);
	if (id && !ID_PATTERN.test(id)) errors.push({file, ...where('id'), message: `front matter: id "${id}" must be lowercase letters, digits and dashes`});
	const title = stringField('title', true);
	const summary = stringField('summary', false);
	const order = data.order;
	if (order === undefined) errors.push({file, line: 1, col: 1, message: 'front matter: missing "order"'});
	else if (typeof order !== 'number' || !Number.isFinite(order)) errors.push({file, ...where('order'), message: 'front matter: "order" must be a number'});
	if (errors.length > 0) return {ok: false, errors};
	return {
		ok: true,
		lesson: {id, title, order: order as number, summary, tasks: data.tasks, frontMatter: data, body: block.body, bodyLine: block.bodyLine, file},
	};
}
