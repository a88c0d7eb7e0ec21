/**
 * Go's text/template as kubectl's `-o go-template=…` runs it over decoded JSON: fields, variables
 * (`$x :=`, `$x =`, `$`), pipelines, parentheses, `if`/`else if`/`else`, `range` (with `else`,
 * `break`, `continue`), `with`, comments and `{{-`/`-}}` trimming; the functions and, or, not,
 * len, index, print, printf, println, eq, ne, lt, le, gt, ge, plus kubectl's exists and
 * base64decode. Missing keys print `<no value>` (kubectl's missingkey=default). Errors carry Go's
 * wording, `template: output:LINE:COL: executing "output" at <NODE>: …`.
 */
import {formatGo, goTypeName, goValue, isTruthy} from './go-fmt.js';

export type GoTemplateResult = {ok: true; text: string} | {ok: false; kind: 'parse'; message: string} | {ok: false; kind: 'exec'; message: string; partial: string};

type Arg =
	| {kind: 'field'; chain: string[]; pos: number}
	| {kind: 'dot'; pos: number}
	| {kind: 'var'; name: string; chain: string[]; pos: number}
	| {kind: 'ident'; name: string; pos: number}
	| {kind: 'string'; value: string; text: string; pos: number}
	| {kind: 'number'; value: number; text: string; pos: number}
	| {kind: 'bool'; value: boolean; pos: number}
	| {kind: 'nil'; pos: number}
	| {kind: 'pipe'; pipe: Pipe; chain: string[]; pos: number};

interface Command {
	args: Arg[];
	pos: number;
}

interface Pipe {
	decl: string[];
	/** `=` rather than `:=`. */
	assign: boolean;
	cmds: Command[];
	pos: number;
}

interface Control {
	type: 'if' | 'with' | 'range';
	pipe: Pipe;
	list: Node[];
	elseList: Node[];
}

type Node = {type: 'text'; text: string} | {type: 'action'; pipe: Pipe} | Control | {type: 'break' | 'continue'; pos: number};

const FUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'len', 'index', 'print', 'printf', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'exists', 'base64decode']);

class ParseError extends Error {}

class ExecError extends Error {}

class Break {}

class Continue {}

/** The template's name in Go's messages: kubectl parses every template as "output". */
const NAME = 'output';

export function goTemplate(template: string, data: unknown): GoTemplateResult {
	let nodes: Node[];
	try {
		nodes = new Parser(template).parse();
	} catch (error) {
		if (error instanceof ParseError) return {ok: false, kind: 'parse', message: error.message};
		throw error;
	}
	const state = new State(template, data);
	try {
		state.walk(nodes, data);
		return {ok: true, text: state.out};
	} catch (error) {
		if (error instanceof ExecError) return {ok: false, kind: 'exec', message: error.message, partial: state.out};
		throw error;
	}
}

// ---------------------------------------------------------------- parsing

interface Token {
	kind: 'string' | 'raw' | 'number' | 'field' | 'var' | 'ident' | 'dot' | 'lparen' | 'rparen' | 'pipe' | 'declare' | 'assign' | 'comma' | 'bool' | 'nil';
	text: string;
	pos: number;
}

interface Frame {
	node: Control;
	inElse: boolean;
	/** `else if` chains close with the outer `end`. */
	chained: boolean;
	vars: number;
}

class Parser {
	private readonly root: Node[] = [];
	private readonly frames: Frame[] = [];
	private readonly vars: string[] = ['$'];

	constructor(private readonly text: string) {}

	parse(): Node[] {
		let at = 0;
		let trimNext = false;
		while (at < this.text.length) {
			const open = this.text.indexOf('{{', at);
			let chunk = open === -1 ? this.text.slice(at) : this.text.slice(at, open);
			if (trimNext) chunk = chunk.replace(/^[ \t\r\n]+/, '');
			trimNext = false;
			if (open === -1) {
				this.push({type: 'text', text: chunk});
				break;
			}
			let start = open + 2;
			if (/^-[ \t\r\n]/.test(this.text.slice(start, start + 2))) {
				chunk = chunk.replace(/[ \t\r\n]+$/, '');
				start += 2;
			}
			if (chunk) this.push({type: 'text', text: chunk});
			const close = this.findClose(start);
			let inner = this.text.slice(start, close);
			if (/[ \t\r\n]-$/.test(inner)) {
				inner = inner.slice(0, -2);
				trimNext = true;
			}
			this.action(inner, start);
			at = close + 2;
		}
		if (this.frames.length > 0) throw this.error('unexpected EOF', this.text.length);
		return this.root;
	}

	private findClose(from: number): number {
		let i = from;
		if (this.text.startsWith('/*', i)) {
			const end = this.text.indexOf('*/', i + 2);
			if (end === -1) throw this.error('unclosed comment', from);
			i = end + 2;
		}
		while (i < this.text.length) {
			const ch = this.text[i];
			if (ch === '"' || ch === "'") {
				i = this.skipQuoted(i, ch);
				continue;
			}
			if (ch === '`') {
				const end = this.text.indexOf('`', i + 1);
				if (end === -1) throw this.error('unterminated raw quoted string', i);
				i = end + 1;
				continue;
			}
			if (this.text.startsWith('}}', i)) return i;
			i++;
		}
		throw this.error('unclosed action', from);
	}

	private skipQuoted(start: number, quote: string): number {
		for (let i = start + 1; i < this.text.length; i++) {
			if (this.text[i] === '\\') i++;
			else if (this.text[i] === quote) return i + 1;
			else if (this.text[i] === '\n') break;
		}
		throw this.error(quote === '"' ? 'unterminated quoted string' : 'unterminated character constant', start);
	}

	private line(pos: number): number {
		return this.text.slice(0, pos).split('\n').length;
	}

	private error(message: string, pos: number): ParseError {
		return new ParseError(`template: ${NAME}:${this.line(pos)}: ${message}`);
	}

	private push(node: Node): void {
		const frame = this.frames[this.frames.length - 1];
		if (!frame) this.root.push(node);
		else (frame.inElse ? frame.node.elseList : frame.node.list).push(node);
	}

	private action(inner: string, pos: number): void {
		if (inner.trimStart().startsWith('/*')) return;
		const tokens = this.tokenize(inner, pos);
		const first = tokens[0];
		if (first?.kind === 'ident' && ['if', 'with', 'range', 'else', 'end', 'break', 'continue', 'define', 'template', 'block'].includes(first.text)) {
			this.keyword(first, tokens.slice(1), pos);
			return;
		}
		this.push({type: 'action', pipe: this.pipeline(tokens, 'command', pos)});
	}

	private keyword(word: Token, rest: Token[], pos: number): void {
		switch (word.text) {
			case 'if':
			case 'with':
			case 'range':
				this.open(word.text, rest, pos, false);
				return;
			case 'else': {
				const frame = this.frames[this.frames.length - 1];
				if (!frame || frame.inElse) throw this.error('unexpected {{else}}', pos);
				this.dropVars(frame.vars);
				frame.inElse = true;
				const next = rest[0];
				if (next?.kind === 'ident' && (next.text === 'if' || next.text === 'with')) {
					if (next.text !== frame.node.type) throw this.error(`unexpected {{else ${next.text}}}`, pos);
					this.open(next.text, rest.slice(1), pos, true);
				} else if (rest.length > 0) throw this.error(`unexpected ${describe(rest[0])} in else`, pos);
				return;
			}
			case 'end': {
				if (rest.length > 0) throw this.error(`unexpected ${describe(rest[0])} in end`, pos);
				let frame = this.frames.pop();
				if (!frame) throw this.error('unexpected {{end}}', pos);
				this.dropVars(frame.vars);
				while (frame?.chained) {
					frame = this.frames.pop();
					if (frame) this.dropVars(frame.vars);
				}
				return;
			}
			case 'break':
			case 'continue':
				if (!this.frames.some(frame => frame.node.type === 'range')) throw this.error(`{{${word.text}}} outside {{range}}`, pos);
				this.push({type: word.text, pos: word.pos});
				return;
			default:
				throw this.error(`{{${word.text}}} is not available in this simulated kubectl`, pos);
		}
	}

	private open(type: 'if' | 'with' | 'range', tokens: Token[], pos: number, chained: boolean): void {
		const vars = this.vars.length;
		const pipe = this.pipeline(tokens, type, pos);
		const node: Control = {type, pipe, list: [], elseList: []};
		this.push(node);
		this.frames.push({node, inElse: false, chained, vars});
	}

	private dropVars(count: number): void {
		this.vars.length = count;
	}

	private pipeline(tokens: Token[], context: string, pos: number): Pipe {
		const pipe: Pipe = {decl: [], assign: false, cmds: [], pos};
		let i = 0;
		const declare = (at: number): boolean => tokens[at]?.kind === 'var' && (tokens[at + 1]?.kind === 'declare' || tokens[at + 1]?.kind === 'assign' || (context === 'range' && tokens[at + 1]?.kind === 'comma'));
		if (declare(0)) {
			pipe.decl.push(tokens[0].text);
			if (tokens[1].kind === 'comma') {
				if (tokens[2]?.kind !== 'var' || tokens[3]?.kind !== 'declare') throw this.error('too many declarations in range', pos);
				pipe.decl.push(tokens[2].text);
				i = 4;
			} else {
				pipe.assign = tokens[1].kind === 'assign';
				i = 2;
			}
			for (const name of pipe.decl) {
				if (pipe.assign && !this.vars.includes(name)) throw this.error(`undefined variable "${name}"`, pos);
			}
		}
		const body = tokens.slice(i);
		if (body.length === 0) throw this.error(`missing value for ${context}`, pos);
		let current: Token[] = [];
		const flush = () => {
			if (current.length === 0) throw this.error('missing value for command', pos);
			pipe.cmds.push(this.command(current, pos));
			current = [];
		};
		let depth = 0;
		for (const token of body) {
			if (token.kind === 'lparen') depth++;
			if (token.kind === 'rparen') depth--;
			if (token.kind === 'pipe' && depth === 0) flush();
			else current.push(token);
		}
		flush();
		if (!pipe.assign) this.vars.push(...pipe.decl);
		return pipe;
	}

	private command(tokens: Token[], pos: number): Command {
		const args: Arg[] = [];
		let i = 0;
		while (i < tokens.length) {
			const token = tokens[i];
			if (token.kind === 'lparen') {
				let depth = 0;
				let j = i;
				for (; j < tokens.length; j++) {
					if (tokens[j].kind === 'lparen') depth++;
					if (tokens[j].kind === 'rparen' && --depth === 0) break;
				}
				if (j === tokens.length) throw this.error('unclosed left paren', pos);
				const pipe = this.pipeline(tokens.slice(i + 1, j), 'parenthesized pipeline', pos);
				const chain: string[] = [];
				for (i = j + 1; tokens[i]?.kind === 'field' && !tokens[i].text.startsWith(' '); i++) chain.push(...fields(tokens[i].text));
				args.push({kind: 'pipe', pipe, chain, pos: token.pos});
				continue;
			}
			if (token.kind === 'rparen') throw this.error('unexpected right paren', pos);
			args.push(this.operand(token, pos));
			i++;
		}
		const head = args[0];
		if (head.kind === 'ident' && !FUNCTIONS.has(head.name)) throw this.error(`function "${head.name}" not defined`, pos);
		for (const arg of args.slice(1)) if (arg.kind === 'ident' && !FUNCTIONS.has(arg.name)) throw this.error(`function "${arg.name}" not defined`, pos);
		return {args, pos: head.pos};
	}

	private operand(token: Token, pos: number): Arg {
		switch (token.kind) {
			case 'field':
				return {kind: 'field', chain: fields(token.text), pos: token.pos};
			case 'dot':
				return {kind: 'dot', pos: token.pos};
			case 'var': {
				const [name, ...chain] = token.text.split('.');
				if (!this.vars.includes(name)) throw this.error(`undefined variable "${name}"`, pos);
				return {kind: 'var', name, chain, pos: token.pos};
			}
			case 'ident':
				return {kind: 'ident', name: token.text, pos: token.pos};
			case 'string':
				return {kind: 'string', value: unquote(token.text), text: token.text, pos: token.pos};
			case 'raw':
				return {kind: 'string', value: token.text.slice(1, -1), text: token.text, pos: token.pos};
			case 'number': {
				const value = Number(token.text);
				if (Number.isNaN(value)) throw this.error(`bad number syntax: "${token.text}"`, pos);
				return {kind: 'number', value, text: token.text, pos: token.pos};
			}
			case 'bool':
				return {kind: 'bool', value: token.text === 'true', pos: token.pos};
			case 'nil':
				return {kind: 'nil', pos: token.pos};
			default:
				throw this.error(`unexpected ${describe(token)} in operand`, pos);
		}
	}

	private tokenize(inner: string, base: number): Token[] {
		const tokens: Token[] = [];
		let i = 0;
		while (i < inner.length) {
			const ch = inner[i];
			const pos = base + i;
			if (/\s/.test(ch)) {
				i++;
				continue;
			}
			const rest = inner.slice(i);
			const take = (kind: Token['kind'], length: number) => {
				tokens.push({kind, text: inner.slice(i, i + length), pos});
				i += length;
			};
			if (ch === '"') take('string', this.skipQuoted(pos, '"') - pos);
			else if (ch === '`') take('raw', inner.indexOf('`', i + 1) - i + 1);
			else if (ch === '(') take('lparen', 1);
			else if (ch === ')') {
				take('rparen', 1);
				const field = /^(\.[A-Za-z_][A-Za-z0-9_]*)+/.exec(inner.slice(i));
				if (field) take('field', field[0].length);
			} else if (ch === '|') take('pipe', 1);
			else if (ch === ',') take('comma', 1);
			else if (rest.startsWith(':=')) take('declare', 2);
			else if (ch === '=') take('assign', 1);
			else if (ch === '$') take('var', /^\$[A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(rest)?.[0].length ?? 1);
			else if (/^\.[A-Za-z_]/.test(rest)) take('field', /^(\.[A-Za-z_][A-Za-z0-9_]*)+/.exec(rest)?.[0].length ?? 1);
			else if (ch === '.' && !/^\.\d/.test(rest)) take('dot', 1);
			else if (/^[-+]?\.?\d/.test(rest)) take('number', /^[-+]?(0[xX][0-9a-fA-F_]+|[0-9_]*\.?[0-9_]*([eE][-+]?\d+)?)/.exec(rest)?.[0].length ?? 1);
			else if (/[A-Za-z_]/.test(ch)) {
				const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0] ?? ch;
				take(word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'ident', word.length);
			} else throw this.error(`unexpected ${JSON.stringify(ch)} in command`, pos);
		}
		return tokens;
	}
}

function fields(text: string): string[] {
	return text.split('.').filter(Boolean);
}

function describe(token: Token): string {
	return `"${token.text}"`;
}

function unquote(quoted: string): string {
	try {
		return JSON.parse(quoted) as string;
	} catch {
		return quoted.slice(1, -1);
	}
}

// ---------------------------------------------------------------- execution

/** Missing (Go's invalid reflect.Value) is `undefined`; JSON null is a nil interface. */
type Value = unknown;

class State {
	out = '';
	private vars: {name: string; value: Value}[];

	constructor(
		private readonly text: string,
		root: Value,
	) {
		this.vars = [{name: '$', value: root}];
	}

	walk(nodes: readonly Node[], dot: Value): void {
		for (const node of nodes) this.node(node, dot);
	}

	private node(node: Node, dot: Value): void {
		switch (node.type) {
			case 'text':
				this.out += node.text;
				return;
			case 'action': {
				const value = this.pipe(node.pipe, dot);
				if (node.pipe.decl.length === 0) this.out += printable(value);
				return;
			}
			case 'break':
				throw new Break();
			case 'continue':
				throw new Continue();
			default:
				this.control(node, dot);
		}
	}

	private control(node: Control, dot: Value): void {
		const mark = this.vars.length;
		const value = node.type === 'range' ? this.pipeValue(node.pipe, dot) : this.pipe(node.pipe, dot);
		try {
			if (node.type === 'range') this.range(node, value, dot);
			else if (isTruthy(value)) this.walk(node.list, node.type === 'with' ? value : dot);
			else this.walk(node.elseList, dot);
		} finally {
			this.vars.length = mark;
		}
	}

	private range(node: Control, value: Value, dot: Value): void {
		const entries: [Value, Value][] = Array.isArray(value)
			? value.map((item, index) => [index, item])
			: isMap(value)
				? Object.keys(value)
						.sort()
						.map(key => [key, value[key]])
				: [];
		if (value !== undefined && value !== null && !Array.isArray(value) && !isMap(value)) {
			if (typeof value === 'number' && Number.isInteger(value)) for (let i = 0; i < value; i++) entries.push([i, i]);
			else {
				const head = node.pipe.cmds[node.pipe.cmds.length - 1].args[0];
				throw this.fail(fieldPos(head), nodeText({...node.pipe, decl: []}), `range can't iterate over ${goValue(value)}`);
			}
		}
		if (entries.length === 0) {
			this.walk(node.elseList, dot);
			return;
		}
		const mark = this.vars.length;
		for (const [key, item] of entries) {
			this.vars.length = mark;
			if (node.pipe.decl.length === 1) this.vars.push({name: node.pipe.decl[0], value: item});
			if (node.pipe.decl.length === 2) this.vars.push({name: node.pipe.decl[0], value: key}, {name: node.pipe.decl[1], value: item});
			try {
				this.walk(node.list, item);
			} catch (signal) {
				if (signal instanceof Break) break;
				if (!(signal instanceof Continue)) throw signal;
			}
		}
	}

	/** A range's pipeline: declarations bind per item, not to the whole value. */
	private pipeValue(pipe: Pipe, dot: Value): Value {
		return this.pipe({...pipe, decl: []}, dot);
	}

	private pipe(pipe: Pipe, dot: Value): Value {
		let value: Value = undefined;
		let first = true;
		for (const command of pipe.cmds) {
			value = this.command(command, dot, first ? [] : [value]);
			first = false;
		}
		for (const name of pipe.decl) {
			if (pipe.assign) {
				const slot = [...this.vars].reverse().find(entry => entry.name === name);
				if (slot) slot.value = value;
			} else this.vars.push({name, value});
		}
		return value;
	}

	private command(command: Command, dot: Value, piped: Value[]): Value {
		const [head, ...rest] = command.args;
		if (head.kind === 'ident') return this.call(head.name, command, rest, dot, piped);
		if (rest.length > 0 || piped.length > 0) throw this.fail(command.pos, commandText(command), `can't give argument to non-function ${argText(head)}`);
		return this.arg(head, dot);
	}

	private arg(arg: Arg, dot: Value): Value {
		switch (arg.kind) {
			case 'dot':
				return dot;
			case 'field':
				return this.chain(dot, arg.chain, arg);
			case 'var': {
				const slot = [...this.vars].reverse().find(entry => entry.name === arg.name);
				return this.chain(slot?.value, arg.chain, arg);
			}
			case 'pipe':
				return this.chain(this.pipe(arg.pipe, dot), arg.chain, arg);
			case 'string':
			case 'number':
			case 'bool':
				return arg.value;
			case 'nil':
				return null;
			case 'ident':
				return this.call(arg.name, {args: [arg], pos: arg.pos}, [], dot, []);
		}
	}

	private chain(start: Value, chain: readonly string[], arg: Arg): Value {
		let value = start;
		for (const name of chain) {
			if (value === undefined) return undefined;
			if (value === null) throw this.fail(fieldPos(arg), argText(arg), `nil pointer evaluating interface {}.${name}`);
			if (!isMap(value)) throw this.fail(fieldPos(arg), argText(arg), `can't evaluate field ${name} in type interface {}`);
			value = Object.hasOwn(value, name) ? value[name] : undefined;
		}
		return value;
	}

	private call(name: string, command: Command, args: readonly Arg[], dot: Value, piped: Value[]): Value {
		const fail = (message: string) => this.fail(command.pos, commandText(command), `error calling ${name}: ${message}`);
		if (name === 'and' || name === 'or') {
			const all = [...args.map(arg => () => this.arg(arg, dot)), ...piped.map(value => () => value)];
			if (all.length === 0) throw this.fail(command.pos, commandText(command), `wrong number of args for ${name}: want at least 1 got 0`);
			let value: Value = undefined;
			for (const next of all) {
				value = next();
				if (isTruthy(value) === (name === 'or')) return value;
			}
			return value;
		}
		const values = [...args.map(arg => this.arg(arg, dot)), ...piped];
		// an integer written in the template is a Go int, one from the object an int64
		const types = [...args.map((arg, i) => (arg.kind === 'number' && Number.isInteger(arg.value) ? 'int' : goTypeName(values[i]))), ...piped.map(value => goTypeName(value))];
		const want = (count: number) => {
			if (values.length !== count) throw this.fail(command.pos, commandText(command), `wrong number of args for ${name}: want ${count} got ${values.length}`);
		};
		switch (name) {
			case 'not':
				want(1);
				return !isTruthy(values[0]);
			case 'len': {
				want(1);
				const value = values[0];
				if (typeof value === 'string') return new TextEncoder().encode(value).length;
				if (Array.isArray(value)) return value.length;
				if (isMap(value)) return Object.keys(value).length;
				throw fail(value === undefined || value === null ? 'len of nil pointer' : `len of type ${types[0]}`);
			}
			case 'index':
				if (values.length === 0) throw this.fail(command.pos, commandText(command), 'wrong number of args for index: want at least 1 got 0');
				return this.index(values[0], values.slice(1), types.slice(1), fail);
			case 'print':
				return values.map((value, i) => (i > 0 && typeof value !== 'string' && typeof values[i - 1] !== 'string' ? ' ' : '') + goValue(value)).join('');
			case 'println':
				return `${values.map(goValue).join(' ')}\n`;
			case 'printf':
				if (values.length === 0 || typeof values[0] !== 'string') throw this.fail(command.pos, commandText(command), 'wrong number of args for printf: want at least 1 got 0');
				return formatGo(values[0], values.slice(1), types.slice(1));
			case 'eq':
			case 'ne':
			case 'lt':
			case 'le':
			case 'gt':
			case 'ge':
				return this.compare(name, values, fail);
			case 'exists':
				return exists(values[0], values.slice(1));
			case 'base64decode': {
				want(1);
				try {
					return new TextDecoder().decode(Uint8Array.from(atob(String(values[0])), ch => ch.charCodeAt(0)));
				} catch {
					throw fail('illegal base64 data at input byte 0');
				}
			}
			default:
				throw this.fail(command.pos, commandText(command), `"${name}" is not a defined function`);
		}
	}

	private index(start: Value, keys: readonly Value[], types: readonly string[], fail: (message: string) => ExecError): Value {
		let value = start;
		for (const [at, key] of keys.entries()) {
			if (value === undefined || value === null) throw fail('index of untyped nil');
			if (Array.isArray(value)) {
				if (typeof key !== 'number' || !Number.isInteger(key)) throw fail(`cannot index slice/array with type ${types[at]}`);
				if (key < 0 || key >= value.length) throw fail(`index out of range: ${key}`);
				value = value[key];
			} else if (isMap(value)) {
				if (typeof key !== 'string') throw fail(`value has type ${types[at]}; should be string`);
				value = Object.hasOwn(value, key) ? value[key] : null;
			} else if (typeof value === 'string') {
				if (typeof key !== 'number' || key < 0 || key >= value.length) throw fail(`index out of range: ${String(key)}`);
				value = value.charCodeAt(key);
			} else throw fail(`can't index item of type ${goTypeName(value)}`);
		}
		return value;
	}

	private compare(name: string, values: readonly Value[], fail: (message: string) => ExecError): boolean {
		if (values.length < 2) throw fail('missing argument for comparison');
		const [left, ...rights] = values;
		if (name === 'eq' || name === 'ne') {
			let equal = false;
			for (const right of rights) {
				if (left === undefined || left === null || right === undefined || right === null) {
					if ((left ?? null) === (right ?? null)) equal = true;
					continue;
				}
				if (typeof left === 'object' || typeof right === 'object') throw fail('invalid type for comparison');
				if (kindOf(left) !== kindOf(right)) throw fail('incompatible types for comparison');
				if (left === right) equal = true;
			}
			return name === 'eq' ? equal : !equal;
		}
		const right = rights[0];
		if (rights.length > 1) throw fail(`wrong number of args for ${name}: want 2 got ${values.length}`);
		if (typeof left === 'object' || typeof right === 'object' || typeof left === 'boolean' || typeof right === 'boolean' || left === undefined || right === undefined) throw fail('invalid type for comparison');
		if (kindOf(left) !== kindOf(right)) throw fail('incompatible types for comparison');
		const a = left as number | string;
		const b = right as number | string;
		if (name === 'lt') return a < b;
		if (name === 'le') return a <= b;
		if (name === 'gt') return a > b;
		return a >= b;
	}

	private fail(pos: number, node: string, message: string): ExecError {
		const before = this.text.slice(0, pos);
		const line = before.split('\n').length;
		const column = pos - (before.lastIndexOf('\n') + 1);
		return new ExecError(`template: ${NAME}:${line}:${column}: executing "${NAME}" at <${node}>: ${message}`);
	}
}

function kindOf(value: Value): string {
	if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
	return typeof value;
}

function isMap(value: Value): value is Record<string, Value> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** kubectl's exists: whether the nested keys (or list indexes) are all there. */
function exists(value: Value, keys: readonly Value[]): boolean {
	let current = value;
	for (const key of keys) {
		if (Array.isArray(current) && typeof key === 'number' && key >= 0 && key < current.length) current = current[key];
		else if (isMap(current) && typeof key === 'string' && Object.hasOwn(current, key)) current = current[key];
		else return false;
	}
	return true;
}

/** What an action prints: a missing or nil value is `<no value>`, everything else as fmt prints it. */
function printable(value: Value): string {
	if (value === undefined || value === null) return '<no value>';
	return goValue(value);
}

/** A chained field's position is its second field, as Go's parser records the chain. */
function fieldPos(arg: Arg): number {
	if (arg.kind === 'field' && arg.chain.length > 1) return arg.pos + arg.chain[0].length + 1;
	return arg.pos;
}

function argText(arg: Arg): string {
	const chain = (names: readonly string[]) => names.map(name => `.${name}`).join('');
	switch (arg.kind) {
		case 'field':
			return chain(arg.chain);
		case 'dot':
			return '.';
		case 'var':
			return arg.name + chain(arg.chain);
		case 'ident':
			return arg.name;
		case 'string':
		case 'number':
			return arg.text;
		case 'bool':
			return String(arg.value);
		case 'nil':
			return 'nil';
		case 'pipe':
			return `(${nodeText(arg.pipe)})${chain(arg.chain)}`;
	}
}

function commandText(command: Command): string {
	return command.args.map(argText).join(' ');
}

function nodeText(pipe: Pipe): string {
	const decl = pipe.decl.length > 0 ? `${pipe.decl.join(', ')} ${pipe.assign ? '=' : ':='} ` : '';
	return decl + pipe.cmds.map(commandText).join(' | ');
}
