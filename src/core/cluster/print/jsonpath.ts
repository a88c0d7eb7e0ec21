/**
 * kubectl's JSONPath (k8s.io/client-go/util/jsonpath) for `-o jsonpath=…`: text outside braces
 * is copied, `{.a.b}` prints values (several results joined by spaces, maps and lists as
 * compact JSON), `{range …}{end}` loops, `[?(@.x=="y")]` filters, `{"\n"}` prints literals.
 */
import {setOwn} from '../api/own-property.js';
export type JsonPathResult = {ok: true; text: string} | {ok: false; error: string};

export interface JsonPathOptions {
	/** kubectl get's `--allow-missing-template-keys` (default true): missing fields print nothing. */
	allowMissingKeys?: boolean;
	/** `-o jsonpath-as-json`: each expression's results (and each literal) as an indented JSON array. */
	json?: boolean;
}

type Step =
	| {type: 'field'; name: string}
	| {type: 'wildcard'}
	| {type: 'recursive'; name: string}
	| {type: 'slice'; start?: number; end?: number; step?: number; index: boolean}
	| {type: 'filter'; left: Step[]; op?: string; right?: Operand}
	| {type: 'root'}
	| {type: 'current'};

type Operand = {kind: 'path'; steps: Step[]} | {kind: 'literal'; value: unknown};

type TemplateNode =
	| {type: 'text'; text: string}
	| {type: 'path'; steps: Step[]}
	| {type: 'literal'; value: string}
	| {type: 'range'; steps: Step[]; body: TemplateNode[]};

class ParseError extends Error {}
class ExecError extends Error {}

/** Runs a kubectl JSONPath template against data; errors carry kubectl's full `error: …` wording. */
export function jsonPath(template: string, data: unknown, options: JsonPathOptions = {}): JsonPathResult {
	let nodes: TemplateNode[];
	try {
		nodes = parseTemplate(template);
	} catch (error) {
		return {ok: false, error: `error: error parsing jsonpath ${template}, ${(error as Error).message}\n`};
	}
	try {
		const text = execute(nodes, data, data, {allowMissing: options.allowMissingKeys ?? true, json: options.json ?? false});
		return {ok: true, text};
	} catch (error) {
		if (!(error instanceof ExecError)) throw error;
		return {
			ok: false,
			error:
				`error: error executing jsonpath ${goQuote(template)}: Error executing template: ${error.message}. ` +
				'Printing more information for debugging the template:\n' +
				`\ttemplate was:\n\t\t${template}\n` +
				`\tobject given to jsonpath engine was:\n\t\t${goSyntax(data)}\n\n\n`,
		};
	}
}

/**
 * The values a template's expressions select (as kubectl's custom-columns and --sort-by use
 * them), missing fields allowed. Literal text is ignored.
 */
export function findResults(template: string, data: unknown): {ok: true; values: unknown[]} | {ok: false; error: string} {
	try {
		const values: unknown[] = [];
		const walk = (nodes: TemplateNode[], current: unknown): void => {
			for (const node of nodes) {
				if (node.type === 'path') values.push(...evaluate(node.steps, data, current, true));
				else if (node.type === 'range') for (const item of evaluate(node.steps, data, current, true)) walk(node.body, item);
			}
		};
		walk(parseTemplate(template), data);
		return {ok: true, values};
	} catch (error) {
		return {ok: false, error: (error as Error).message};
	}
}

/** kubectl's RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJsonPath(expression: string): string | undefined {
	if (expression === '') return expression;
	const match = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expression);
	if (!match) return undefined;
	return `{.${match[1] ?? match[2]}}`;
}

/** How Go's fmt prints a decoded JSON value (`map[app:web]`, `[a b]`), as custom-columns shows it. */
export function goValueText(value: unknown): string {
	if (value === null || value === undefined) return '<nil>';
	if (Array.isArray(value)) return `[${value.map(goValueText).join(' ')}]`;
	if (isRecord(value)) return `map[${Object.keys(value).sort().map(key => `${key}:${goValueText(value[key])}`).join(' ')}]`;
	return String(value);
}

// ---------------------------------------------------------------- parsing

function parseTemplate(template: string): TemplateNode[] {
	const root: TemplateNode[] = [];
	const stack: {body: TemplateNode[]}[] = [{body: root}];
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open === -1) {
			stack[stack.length - 1].body.push({type: 'text', text: template.slice(i)});
			break;
		}
		if (open > i) stack[stack.length - 1].body.push({type: 'text', text: template.slice(i, open)});
		const close = findClose(template, open + 1);
		if (close === -1) throw new ParseError('unclosed action');
		const action = template.slice(open + 1, close).trim();
		i = close + 1;
		if (action === 'end') {
			if (stack.length === 1) throw new ParseError('not in range, nothing to end');
			stack.pop();
			continue;
		}
		if (action.startsWith('range ') || action === 'range') {
			const node: TemplateNode = {type: 'range', steps: parsePath(action.slice(5).trim()), body: []};
			stack[stack.length - 1].body.push(node);
			stack.push(node);
			continue;
		}
		for (const item of splitAction(action)) stack[stack.length - 1].body.push(item);
	}
	return root;
}

/** The `}` that closes an action, skipping quoted strings and filter brackets. */
function findClose(text: string, from: number): number {
	let depth = 0;
	for (let i = from; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"' || ch === "'") {
			const end = skipQuoted(text, i);
			if (end === -1) throw new ParseError('unterminated quoted string');
			i = end;
		} else if (ch === '[' || ch === '(') depth++;
		else if (ch === ']' || ch === ')') depth--;
		else if (ch === '}' && depth <= 0) return i;
	}
	return -1;
}

function skipQuoted(text: string, start: number): number {
	const quote = text[start];
	for (let i = start + 1; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text[i] === quote) return i;
	}
	return -1;
}

/** An action holds paths and quoted literals, separated by optional spaces. */
function splitAction(action: string): TemplateNode[] {
	const nodes: TemplateNode[] = [];
	let i = 0;
	while (i < action.length) {
		const ch = action[i];
		if (ch === ' ' || ch === '\t') {
			i++;
		} else if (ch === '"' || ch === "'") {
			const end = skipQuoted(action, i);
			if (end === -1) throw new ParseError('unterminated quoted string');
			nodes.push({type: 'literal', value: unquote(action.slice(i, end + 1))});
			i = end + 1;
		} else {
			let end = i;
			let depth = 0;
			while (end < action.length && (depth > 0 || (action[end] !== ' ' && action[end] !== '"' && action[end] !== "'"))) {
				if (action[end] === '[') depth++;
				else if (action[end] === ']') depth--;
				else if ((action[end] === '"' || action[end] === "'") && depth > 0) end = skipQuoted(action, end);
				end++;
			}
			const steps = parsePath(action.slice(i, end));
			const previous = nodes[nodes.length - 1];
			// Go's parser chains consecutive path pieces of one action into one path.
			if (previous?.type === 'path' && steps[0]?.type !== 'root' && steps[0]?.type !== 'current') previous.steps.push(...steps);
			else nodes.push({type: 'path', steps});
			i = end;
		}
	}
	return nodes;
}

function unquote(quoted: string): string {
	const body = quoted.slice(1, -1);
	return body.replace(/\\(.)/g, (_match, ch: string) =>
		ch === 'n' ? '\n' : ch === 't' ? '\t' : ch === 'r' ? '\r' : ch === '0' ? '\0' : ch,
	);
}

function parsePath(path: string): Step[] {
	const steps: Step[] = [];
	let i = 0;
	if (path.startsWith('$')) {
		steps.push({type: 'root'});
		i = 1;
	} else if (path.startsWith('@')) {
		steps.push({type: 'current'});
		i = 1;
	}
	while (i < path.length) {
		const ch = path[i];
		if (path.startsWith('..', i)) {
			const match = /^[^.[\]]+/.exec(path.slice(i + 2));
			if (!match) throw new ParseError(`unrecognized character in action: ${describeChar(path[i + 2] ?? '')}`);
			steps.push({type: 'recursive', name: match[0]});
			i += 2 + match[0].length;
		} else if (ch === '.') {
			// `\.` keeps a dot inside a key: {.metadata.labels.app\.kubernetes\.io/name}
			const match = /^(?:\\.|[^.[\]\\])*/.exec(path.slice(i + 1))!;
			const name = match[0].replace(/\\\./g, '.');
			if (name === '*') steps.push({type: 'wildcard'});
			else if (name !== '') steps.push({type: 'field', name});
			i += 1 + match[0].length;
		} else if (ch === '[') {
			const close = matchingBracket(path, i);
			if (close === -1) throw new ParseError('unterminated array');
			steps.push(parseBracket(path.slice(i + 1, close).trim()));
			i = close + 1;
		} else if (/[A-Za-z_]/.test(ch) && steps.length === 0) {
			const match = /^[^.[\]]+/.exec(path.slice(i))!;
			steps.push({type: 'field', name: match[0]});
			i += match[0].length;
		} else {
			throw new ParseError(`unrecognized character in action: ${describeChar(ch)}`);
		}
	}
	return steps;
}

function describeChar(ch: string): string {
	const code = ch.codePointAt(0) ?? 0;
	return `U+${code.toString(16).toUpperCase().padStart(4, '0')} '${ch}'`;
}

function matchingBracket(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '"' || text[i] === "'") {
			i = skipQuoted(text, i);
			if (i === -1) return -1;
		} else if (text[i] === '[') depth++;
		else if (text[i] === ']' && --depth === 0) return i;
	}
	return -1;
}

function parseBracket(inner: string): Step {
	if (inner === '*') return {type: 'wildcard'};
	if (inner.startsWith('?')) {
		const match = /^\?\s*\((.*)\)$/s.exec(inner);
		if (!match) throw new ParseError('unterminated filter');
		return parseFilter(match[1].trim());
	}
	if (/^'.*'$|^".*"$/s.test(inner)) return {type: 'field', name: unquote(inner)};
	const parts = inner.split(':');
	if (parts.length > 3 || parts.some(part => part.trim() !== '' && !/^-?\d+$/.test(part.trim()))) {
		throw new ParseError(`invalid array index ${inner}`);
	}
	const value = (part: string | undefined): number | undefined => (part === undefined || part.trim() === '' ? undefined : Number(part));
	if (parts.length === 1) return {type: 'slice', start: value(parts[0]), index: true};
	return {type: 'slice', start: value(parts[0]), end: value(parts[1]), step: value(parts[2]), index: false};
}

function parseFilter(expression: string): Step {
	const match = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/s.exec(expression);
	if (!match) return {type: 'filter', left: parsePath(expression)};
	return {type: 'filter', left: parsePath(match[1].trim()), op: match[2], right: parseOperand(match[3].trim())};
}

function parseOperand(text: string): Operand {
	if (/^'.*'$|^".*"$/s.test(text)) return {kind: 'literal', value: unquote(text)};
	if (/^-?\d+(\.\d+)?$/.test(text)) return {kind: 'literal', value: Number(text)};
	if (text === 'true' || text === 'false') return {kind: 'literal', value: text === 'true'};
	return {kind: 'path', steps: parsePath(text)};
}

// ---------------------------------------------------------------- evaluation

interface ExecuteOptions {
	allowMissing: boolean;
	json: boolean;
}

function execute(nodes: TemplateNode[], root: unknown, current: unknown, options: ExecuteOptions): string {
	const {allowMissing, json} = options;
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += json ? jsonArray([node.text]) : node.text;
		else if (node.type === 'literal') out += json ? jsonArray([node.value]) : node.value;
		else if (node.type === 'path') {
			const results = evaluate(node.steps, root, current, allowMissing);
			out += json ? jsonArray(results) : printResults(results);
		} else {
			let items = evaluate(node.steps, root, current, allowMissing);
			if (items.length === 1 && Array.isArray(items[0])) items = items[0];
			for (const item of items) out += execute(node.body, root, item, options);
		}
	}
	return out;
}

/** client-go's PrintResults with JSON output: json.MarshalIndent of the results, four spaces, a newline. */
function jsonArray(values: unknown[]): string {
	const text = JSON.stringify(sortKeys(values), null, 4).replace(/[<>&\u2028\u2029]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `${text}\n`;
}

function evaluate(steps: Step[], root: unknown, current: unknown, allowMissing: boolean): unknown[] {
	let values: unknown[] = [current];
	for (const step of steps) {
		const next: unknown[] = [];
		if (step.type === 'root') {
			values = [root];
			continue;
		}
		if (step.type === 'current') continue;
		for (const value of values) {
			switch (step.type) {
				case 'field':
					if (isRecord(value) && step.name in value) next.push(value[step.name]);
					break;
				case 'wildcard':
					if (Array.isArray(value)) next.push(...value);
					else if (isRecord(value)) next.push(...Object.keys(value).sort().map(key => value[key]));
					break;
				case 'recursive':
					collect(value, step.name, next);
					break;
				case 'slice':
					if (Array.isArray(value)) next.push(...slice(value, step));
					break;
				case 'filter':
					if (Array.isArray(value)) next.push(...value.filter(item => matches(step, root, item, allowMissing)));
					break;
			}
		}
		if (next.length === 0 && step.type === 'field' && !allowMissing) throw new ExecError(`${step.name} is not found`);
		values = next;
	}
	return values;
}

function slice(list: unknown[], step: Extract<Step, {type: 'slice'}>): unknown[] {
	const length = list.length;
	let start = step.start ?? 0;
	if (start < 0) start += length;
	if (step.index) {
		if (start >= length || start < 0) throw new ExecError(`array index out of bounds: index ${start}, length ${length}`);
		return [list[start]];
	}
	let end = step.end ?? length;
	if (end < 0) end += length;
	if (end === start) return [];
	if (start >= length || start < 0) throw new ExecError(`array index out of bounds: index ${start}, length ${length}`);
	if (end > length || end < 0) throw new ExecError(`array index out of bounds: index ${end - 1}, length ${length}`);
	if (start > end) throw new ExecError(`starting index ${start} is greater than ending index ${end}`);
	const stride = step.step && step.step > 0 ? step.step : 1;
	const out: unknown[] = [];
	for (let i = start; i < end; i += stride) out.push(list[i]);
	return out;
}

function matches(step: Extract<Step, {type: 'filter'}>, root: unknown, item: unknown, allowMissing: boolean): boolean {
	const left = evaluate(step.left, root, item, true);
	if (!step.op || !step.right) return left.length > 0 && left[0] !== null && left[0] !== false;
	const right = step.right.kind === 'literal' ? [step.right.value] : evaluate(step.right.steps, root, item, allowMissing);
	if (left.length === 0 || right.length === 0) return false;
	const a = left[0];
	const b = right[0];
	switch (step.op) {
		case '==':
			return a === b || String(a) === String(b);
		case '!=':
			return !(a === b || String(a) === String(b));
		case '<':
			return Number(a) < Number(b);
		case '>':
			return Number(a) > Number(b);
		case '<=':
			return Number(a) <= Number(b);
		default:
			return Number(a) >= Number(b);
	}
}

function collect(value: unknown, name: string, out: unknown[]): void {
	if (Array.isArray(value)) {
		for (const item of value) collect(item, name, out);
	} else if (isRecord(value)) {
		if (name in value) out.push(value[name]);
		for (const key of Object.keys(value).sort()) collect(value[key], name, out);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Results of one expression: space-separated; maps and lists as compact JSON. */
function printResults(values: unknown[]): string {
	return values.map(value => (typeof value === 'object' && value !== null ? compactJson(value) : scalarText(value))).join(' ');
}

function scalarText(value: unknown): string {
	if (value === null || value === undefined) return '<nil>';
	return String(value);
}

function compactJson(value: unknown): string {
	return JSON.stringify(sortKeys(value)).replace(/[<>&]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (isRecord(value)) {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) setOwn(out, key, sortKeys(value[key]));
		return out;
	}
	return value;
}

function goQuote(text: string): string {
	return JSON.stringify(text);
}

/** Go's `%#v` of decoded JSON, which kubectl prints when a template fails. */
function goSyntax(value: unknown): string {
	if (value === null || value === undefined) return 'interface {}(nil)';
	if (Array.isArray(value)) return `[]interface {}{${value.map(goSyntax).join(', ')}}`;
	if (isRecord(value)) {
		const entries = Object.keys(value)
			.sort()
			.map(key => `${JSON.stringify(key)}:${goSyntax(value[key])}`);
		return `map[string]interface {}{${entries.join(', ')}}`;
	}
	if (typeof value === 'string') return JSON.stringify(value);
	return String(value);
}
