/**
 * A command line as a list: simple commands joined by `;`, `&&`, `||`, `&` or newlines, and the
 * loops `for NAME in WORDS; do …; done`, `while COND; do …; done` and `until COND; do …; done`.
 * Each simple command stays unexpanded text, so `$?` and loop variables expand when it runs.
 */
export type Separator = ';' | '&&' | '||';

export type ListNode =
	/** `background`: the command ended with `&` (a job, src/core/cluster/shell/job-control.ts). */
	| {kind: 'simple'; text: string; after: Separator; background?: boolean}
	| {kind: 'for'; name: string; words: string; body: ListNode[]; after: Separator}
	| {kind: 'while'; until: boolean; condition: ListNode[]; body: ListNode[]; after: Separator};

export type ListParse = {ok: true; nodes: ListNode[]} | {ok: false; message: string; incomplete: boolean};

interface Segment {
	text: string;
	after: Separator;
	background?: boolean;
}

/** Splits at top-level separators, skipping quotes, `\` escapes, `$(…)` and comments. */
function segments(line: string): Segment[] {
	const found: Segment[] = [];
	let start = 0;
	let after: Separator = ';';
	let depth = 0;
	const cut = (end: number, width: number, next: Separator, background = false) => {
		found.push({text: line.slice(start, end), after, ...(background ? {background} : {})});
		start = end + width;
		after = next;
	};
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (ch === '\\') {
			i++;
		} else if (ch === "'" && depth === 0) {
			const end = line.indexOf("'", i + 1);
			i = end === -1 ? line.length : end;
		} else if (ch === '"') {
			let j = i + 1;
			while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
			i = j;
		} else if (ch === '#' && depth === 0 && (i === 0 || /\s/.test(line[i - 1]))) {
			const end = line.indexOf('\n', i);
			i = end === -1 ? line.length : end - 1;
		} else if (ch === '(') {
			depth++;
		} else if (ch === ')') {
			depth = Math.max(0, depth - 1);
		} else if (depth === 0) {
			const two = line.slice(i, i + 2);
			if (two === '&&' || two === '||') {
				cut(i, 2, two);
				i++;
			} else if (ch === ';' || ch === '\n') cut(i, 1, ';');
			else if (ch === '&' && line[i + 1] !== '>' && line[i - 1] !== '>' && line[i - 1] !== '<') cut(i, 1, ';', true);
		}
	}
	found.push({text: line.slice(start), after});
	return found;
}

const KEYWORD = /^\s*(for|while|until|do|done)(?=\s|$)/;

export function parseList(line: string, shell: 'sh' | 'bash' = 'bash'): ListParse {
	const queue = segments(line);
	let index = 0;
	const unexpected = (token: string): ListParse => ({ok: false, message: `${shell}: syntax error near unexpected token \`${token}'`, incomplete: false});
	const eof: ListParse = {ok: false, message: `${shell}: syntax error: unexpected end of file`, incomplete: true};
	/** Reads nodes until a segment starting with one of `stops`; that keyword's segment keeps its remainder. */
	const read = (stops: readonly string[]): {nodes: ListNode[]; stop?: string} | ListParse => {
		const nodes: ListNode[] = [];
		while (index < queue.length) {
			const segment = queue[index];
			const keyword = KEYWORD.exec(segment.text)?.[1];
			const rest = keyword ? segment.text.slice(segment.text.indexOf(keyword) + keyword.length) : '';
			if (keyword && stops.includes(keyword)) {
				segment.text = rest;
				return {nodes, stop: keyword};
			}
			if (keyword === 'do' || keyword === 'done') return unexpected(keyword);
			if (keyword === 'for') {
				const header = /^\s+([A-Za-z_][A-Za-z0-9_]*)(?:\s+in(?:\s+(.*))?)?\s*$/s.exec(rest);
				if (!header) return unexpected(rest.trim().split(/\s+/)[1] ?? 'newline');
				index++;
				const body = loopBody();
				if ('ok' in body) return body;
				nodes.push({kind: 'for', name: header[1], words: header[2] ?? '', body: body.nodes, after: segment.after});
				continue;
			}
			if (keyword === 'while' || keyword === 'until') {
				const after = segment.after;
				segment.text = rest;
				segment.after = ';';
				const condition = read(['do']);
				if ('ok' in condition) return condition;
				if (!condition.stop) return eof;
				const body = loopBody(true);
				if ('ok' in body) return body;
				nodes.push({kind: 'while', until: keyword === 'until', condition: condition.nodes, body: body.nodes, after});
				continue;
			}
			index++;
			if (segment.text.trim() === '') {
				if (segment.after !== ';') return unexpected(segment.after);
				continue;
			}
			nodes.push({kind: 'simple', text: segment.text, after: segment.after, ...(segment.background ? {background: true} : {})});
		}
		return {nodes};
	};
	/** `do …; done`, the `do` segment still ahead unless `atDo`. */
	const loopBody = (atDo = false): {nodes: ListNode[]} | ListParse => {
		if (!atDo) {
			while (index < queue.length && queue[index].text.trim() === '') index++;
			const keyword = index < queue.length ? KEYWORD.exec(queue[index].text)?.[1] : undefined;
			if (index >= queue.length) return eof;
			if (keyword !== 'do') return unexpected(queue[index].text.trim().split(/\s+/)[0]);
			queue[index].text = queue[index].text.replace(KEYWORD, '');
		}
		const body = read(['done']);
		if ('ok' in body) return body;
		if (!body.stop) return eof;
		if (queue[index].text.trim() !== '') return unexpected(queue[index].text.trim().split(/\s+/)[0]);
		index++;
		return body;
	};
	const top = read([]);
	if ('ok' in top) return top;
	return {ok: true, nodes: top.nodes};
}

/** A loop opened and not yet closed: the script reader joins the next lines to it. */
export function opensLoop(line: string): boolean {
	const parsed = parseList(line);
	return !parsed.ok && parsed.incomplete;
}
