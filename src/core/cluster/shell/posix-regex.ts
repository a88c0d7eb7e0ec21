/**
 * POSIX basic and extended regular expressions as BusyBox and GNU grep read them (with the GNU
 * extensions they share: `\|`, `\+`, `\?` in basic syntax, `\w \W \s \S \b \B \< \>`), matched
 * by a Thompson NFA simulation (a Pike VM without captures): time is linear in the line for any
 * pattern, so `(a+)+$` cannot run away as a backtracking engine does. Matches are leftmost-longest,
 * as POSIX requires. Back-references are not supported (they cannot be matched in linear time).
 */

type Assertion = 'bol' | 'eol' | 'word' | 'notword' | 'wordstart' | 'wordend';

type Instruction =
	| {op: 'char'; test: (c: string) => boolean}
	| {op: 'split'; x: number; y: number}
	| {op: 'jmp'; x: number}
	| {op: 'assert'; kind: Assertion}
	| {op: 'match'};

type Node =
	| {type: 'char'; test: (c: string) => boolean}
	| {type: 'assert'; kind: Assertion}
	| {type: 'concat'; items: Node[]}
	| {type: 'alt'; items: Node[]}
	| {type: 'repeat'; node: Node; min: number; max: number}
	| {type: 'empty'};

export class RegexError extends Error {}

export interface RegexOptions {
	extended: boolean;
	ignoreCase?: boolean;
	/** Only matches with no word character just before and after (`grep -w`). */
	word?: boolean;
	/** Only matches of the whole line (`grep -x`). */
	line?: boolean;
}

/** POSIX's RE_DUP_MAX: the largest count in `{m,n}`. */
const DUP_MAX = 255;
/** Bound on the compiled program, so `(((a{255}){255}){255})` is refused instead of built. */
const MAX_PROGRAM = 20_000;

export interface PosixRegex {
	test(line: string): boolean;
	/** Every non-empty leftmost-longest match, left to right (`grep -o`). */
	matches(line: string): string[];
}

export function compileRegex(pattern: string, options: RegexOptions): PosixRegex {
	let node = new Parser(pattern, options).parse();
	if (options.word) node = {type: 'concat', items: [{type: 'assert', kind: 'wordstart'}, node, {type: 'assert', kind: 'wordend'}]};
	if (options.line) node = {type: 'concat', items: [{type: 'assert', kind: 'bol'}, node, {type: 'assert', kind: 'eol'}]};
	const program: Instruction[] = [];
	emit(node, program);
	program.push({op: 'match'});
	return {
		test: line => search(program, line, 0) !== undefined,
		matches(line) {
			const found: string[] = [];
			let from = 0;
			while (from <= line.length) {
				const hit = search(program, line, from);
				if (!hit) break;
				if (hit.end > hit.start) found.push(line.slice(hit.start, hit.end));
				from = hit.end > hit.start ? hit.end : hit.start + 1;
			}
			return found;
		},
	};
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

function holds(kind: Assertion, line: string, at: number): boolean {
	const before = at > 0 ? line[at - 1] : undefined;
	const after = at < line.length ? line[at] : undefined;
	switch (kind) {
		case 'bol':
			return at === 0;
		case 'eol':
			return at === line.length;
		case 'word':
			return isWordChar(before) !== isWordChar(after);
		case 'notword':
			return isWordChar(before) === isWordChar(after);
		case 'wordstart':
			return !isWordChar(before);
		case 'wordend':
			return !isWordChar(after);
	}
}

/**
 * The leftmost-longest match starting at or after `from`. Each NFA state keeps the earliest start
 * that reached it (what happens next depends only on the state), so the simulation stays linear.
 */
function search(program: readonly Instruction[], line: string, from: number): {start: number; end: number} | undefined {
	let current = new Map<number, number>();
	let best: {start: number; end: number} | undefined;
	const add = (set: Map<number, number>, pc: number, start: number, at: number): void => {
		const stack: number[] = [pc];
		while (stack.length > 0) {
			const next = stack.pop()!;
			const seen = set.get(next);
			if (seen !== undefined && seen <= start) continue;
			set.set(next, start);
			const instruction = program[next];
			if (instruction.op === 'jmp') stack.push(instruction.x);
			else if (instruction.op === 'split') stack.push(instruction.y, instruction.x);
			else if (instruction.op === 'assert' && holds(instruction.kind, line, at)) stack.push(next + 1);
		}
	};
	for (let at = from; at <= line.length; at++) {
		if (!best) add(current, 0, at, at);
		for (const [pc, start] of current) {
			if (program[pc].op !== 'match') continue;
			if (!best || start < best.start || (start === best.start && at > best.end)) best = {start, end: at};
		}
		if (best) for (const [pc, start] of current) if (start > best.start) current.delete(pc);
		if (at === line.length || (best && current.size === 0)) break;
		const next = new Map<number, number>();
		const c = line[at];
		for (const [pc, start] of current) {
			const instruction = program[pc];
			if (instruction.op === 'char' && instruction.test(c)) add(next, pc + 1, start, at + 1);
		}
		current = next;
	}
	return best;
}

function emit(node: Node, program: Instruction[]): void {
	if (program.length > MAX_PROGRAM) throw new RegexError('regular expression too big');
	switch (node.type) {
		case 'empty':
			return;
		case 'char':
			program.push({op: 'char', test: node.test});
			return;
		case 'assert':
			program.push({op: 'assert', kind: node.kind});
			return;
		case 'concat':
			for (const item of node.items) emit(item, program);
			return;
		case 'alt': {
			const jumps: Array<{op: 'jmp'; x: number}> = [];
			node.items.forEach((item, index) => {
				if (index < node.items.length - 1) {
					const split = {op: 'split' as const, x: program.length + 1, y: 0};
					program.push(split);
					emit(item, program);
					const jump = {op: 'jmp' as const, x: 0};
					program.push(jump);
					jumps.push(jump);
					split.y = program.length;
				} else emit(item, program);
			});
			for (const jump of jumps) jump.x = program.length;
			return;
		}
		case 'repeat': {
			for (let i = 0; i < node.min; i++) emit(node.node, program);
			if (node.max === Infinity) {
				const split = {op: 'split' as const, x: program.length + 1, y: 0};
				program.push(split);
				const loop = program.length - 1;
				emit(node.node, program);
				program.push({op: 'jmp', x: loop});
				split.y = program.length;
				return;
			}
			const splits: Array<{op: 'split'; x: number; y: number}> = [];
			for (let i = node.min; i < node.max; i++) {
				const split = {op: 'split' as const, x: program.length + 1, y: 0};
				program.push(split);
				splits.push(split);
				emit(node.node, program);
			}
			for (const split of splits) split.y = program.length;
		}
	}
}

const CLASSES: Record<string, (c: string) => boolean> = {
	alpha: c => /\p{L}/u.test(c),
	digit: c => c >= '0' && c <= '9',
	alnum: c => /[\p{L}\p{N}]/u.test(c),
	upper: c => /\p{Lu}/u.test(c),
	lower: c => /\p{Ll}/u.test(c),
	space: c => /\s/.test(c),
	blank: c => c === ' ' || c === '\t',
	punct: c => /[!-/:-@[-`{-~]/.test(c),
	print: c => c >= ' ' && c !== '\x7f',
	graph: c => c > ' ' && c !== '\x7f',
	cntrl: c => c < ' ' || c === '\x7f',
	xdigit: c => /[0-9A-Fa-f]/.test(c),
};

class Parser {
	private at = 0;
	constructor(private readonly source: string, private readonly options: RegexOptions) {}

	parse(): Node {
		const node = this.alternation(0);
		if (this.at < this.source.length) throw new RegexError(this.options.extended ? 'Unmatched ) or \\)' : 'Unmatched ) or \\)');
		return node;
	}

	private get ere(): boolean {
		return this.options.extended;
	}

	private peekAlternation(): boolean {
		return this.ere ? this.source[this.at] === '|' : this.source.startsWith('\\|', this.at);
	}

	private peekClose(): boolean {
		return this.ere ? this.source[this.at] === ')' : this.source.startsWith('\\)', this.at);
	}

	private alternation(depth: number): Node {
		if (depth > 100) throw new RegexError('regular expression too big');
		const items = [this.sequence(depth)];
		while (this.peekAlternation()) {
			this.at += this.ere ? 1 : 2;
			items.push(this.sequence(depth));
		}
		return items.length === 1 ? items[0] : {type: 'alt', items};
	}

	private sequence(depth: number): Node {
		const items: Node[] = [];
		const start = this.at;
		while (this.at < this.source.length && !this.peekAlternation() && !(depth > 0 && this.peekClose())) {
			if (!this.ere && this.peekClose()) throw new RegexError('Unmatched ) or \\)');
			let atom = this.atom(depth, this.at === start);
			atom = this.quantified(atom);
			items.push(atom);
		}
		return items.length === 1 ? items[0] : {type: 'concat', items};
	}

	private quantified(atom: Node): Node {
		for (;;) {
			const c = this.source[this.at];
			if (c === '*') {
				this.at++;
				atom = {type: 'repeat', node: atom, min: 0, max: Infinity};
			} else if (this.ere && (c === '+' || c === '?')) {
				this.at++;
				atom = {type: 'repeat', node: atom, min: c === '+' ? 1 : 0, max: c === '+' ? Infinity : 1};
			} else if (!this.ere && (this.source.startsWith('\\+', this.at) || this.source.startsWith('\\?', this.at))) {
				const plus = this.source[this.at + 1] === '+';
				this.at += 2;
				atom = {type: 'repeat', node: atom, min: plus ? 1 : 0, max: plus ? Infinity : 1};
			} else if ((this.ere && c === '{' && /^\{\d/.test(this.source.slice(this.at))) || (!this.ere && this.source.startsWith('\\{', this.at))) {
				atom = this.interval(atom);
			} else return atom;
		}
	}

	private interval(atom: Node): Node {
		const close = this.ere ? '}' : '\\}';
		this.at += this.ere ? 1 : 2;
		const end = this.source.indexOf(close, this.at);
		const body = end < 0 ? '' : this.source.slice(this.at, end);
		const match = /^(\d+)(,(\d*))?$/.exec(body);
		if (!match) throw new RegexError('Invalid content of \\{\\}');
		const min = Number(match[1]);
		const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
		if (min > DUP_MAX || (max !== Infinity && max > DUP_MAX) || max < min) throw new RegexError('Invalid content of \\{\\}');
		this.at = end + close.length;
		return {type: 'repeat', node: atom, min, max};
	}

	private atom(depth: number, first: boolean): Node {
		const c = this.source[this.at];
		if (this.ere ? c === '(' : this.source.startsWith('\\(', this.at)) {
			this.at += this.ere ? 1 : 2;
			const inner = this.alternation(depth + 1);
			if (!this.peekClose()) throw new RegexError('Unmatched ( or \\(');
			this.at += this.ere ? 1 : 2;
			return inner;
		}
		if (this.ere && c === ')') throw new RegexError('Unmatched ) or \\)');
		this.at++;
		if (c === '.') return {type: 'char', test: () => true};
		if (c === '[') return this.bracket();
		if (c === '^' && (this.ere || first)) return {type: 'assert', kind: 'bol'};
		if (c === '$' && (this.ere || this.atEndOfBranch())) return {type: 'assert', kind: 'eol'};
		if (c === '*' && first) return this.literal('*');
		if (this.ere && (c === '*' || c === '+' || c === '?')) return {type: 'empty'};
		if (c === '\\') return this.escape();
		return this.literal(c);
	}

	private atEndOfBranch(): boolean {
		return this.at === this.source.length || this.peekAlternation() || this.peekClose();
	}

	private escape(): Node {
		const c = this.source[this.at++];
		if (c === undefined) throw new RegexError('Trailing backslash');
		if (/[1-9]/.test(c)) throw new RegexError('back-references are not supported in the sandbox');
		switch (c) {
			case 'w':
				return {type: 'char', test: isWordChar};
			case 'W':
				return {type: 'char', test: ch => !isWordChar(ch)};
			case 's':
				return {type: 'char', test: ch => /\s/.test(ch)};
			case 'S':
				return {type: 'char', test: ch => !/\s/.test(ch)};
			case 'b':
				return {type: 'assert', kind: 'word'};
			case 'B':
				return {type: 'assert', kind: 'notword'};
			case '<':
				return {type: 'assert', kind: 'wordstart'};
			case '>':
				return {type: 'assert', kind: 'wordend'};
			default:
				return this.literal(c);
		}
	}

	private literal(c: string): Node {
		if (!this.options.ignoreCase) return {type: 'char', test: ch => ch === c};
		const lower = c.toLowerCase();
		return {type: 'char', test: ch => ch.toLowerCase() === lower};
	}

	private bracket(): Node {
		const negate = this.source[this.at] === '^';
		if (negate) this.at++;
		const tests: Array<(c: string) => boolean> = [];
		let first = true;
		for (;;) {
			if (this.at >= this.source.length) throw new RegexError('Unmatched [, [^, [:, [., or [=');
			const c = this.source[this.at];
			if (c === ']' && !first) {
				this.at++;
				break;
			}
			first = false;
			const named = /^\[:([a-z]+):\]/.exec(this.source.slice(this.at));
			if (named) {
				const test = CLASSES[named[1]];
				if (!test) throw new RegexError('Invalid character class name');
				tests.push(test);
				this.at += named[0].length;
				continue;
			}
			this.at++;
			if (this.source[this.at] === '-' && this.source[this.at + 1] !== undefined && this.source[this.at + 1] !== ']') {
				const high = this.source[this.at + 1];
				if (high < c) throw new RegexError('Invalid range end');
				this.at += 2;
				tests.push(ch => ch >= c && ch <= high);
			} else tests.push(ch => ch === c);
		}
		const fold = this.options.ignoreCase;
		const inSet = (ch: string) => tests.some(test => test(ch) || (fold && (test(ch.toLowerCase()) || test(ch.toUpperCase()))));
		return {type: 'char', test: ch => inSet(ch) !== negate};
	}
}
