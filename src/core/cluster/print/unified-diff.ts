/**
 * GNU `diff -u -N` between two texts, as `kubectl diff` shows it: a longest-common-subsequence
 * edit script grouped into hunks with three lines of context (`@@ -6,7 +6,7 @@`).
 */
const CONTEXT = 3;

type Edit = {op: ' ' | '-' | '+'; line: string};

/** The hunks, or '' when the texts are the same. Both texts end with a newline (or are empty). */
export function unifiedHunks(before: string, after: string): string {
	const edits = editScript(lines(before), lines(after));
	if (!edits.some(edit => edit.op !== ' ')) return '';
	let out = '';
	for (const hunk of hunks(edits)) out += hunk;
	return out;
}

function lines(text: string): string[] {
	if (text === '') return [];
	return text.replace(/\n$/, '').split('\n');
}

function editScript(a: readonly string[], b: readonly string[]): Edit[] {
	// suffix LCS lengths; objects are a few hundred lines, so the table stays small
	const width = b.length + 1;
	const table = new Uint32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			table[i * width + j] = a[i] === b[j] ? table[(i + 1) * width + j + 1] + 1 : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
		}
	}
	const edits: Edit[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			edits.push({op: ' ', line: a[i++]});
			j++;
		} else if (j < b.length && (i === a.length || table[i * width + j + 1] >= table[(i + 1) * width + j])) edits.push({op: '+', line: b[j++]});
		else edits.push({op: '-', line: a[i++]});
	}
	return reorder(edits);
}

/** GNU diff prints a change's removed lines before its added ones. */
function reorder(edits: readonly Edit[]): Edit[] {
	const out: Edit[] = [];
	let removed: Edit[] = [];
	let added: Edit[] = [];
	const flush = () => {
		out.push(...removed, ...added);
		removed = [];
		added = [];
	};
	for (const edit of edits) {
		if (edit.op === ' ') {
			flush();
			out.push(edit);
		} else (edit.op === '-' ? removed : added).push(edit);
	}
	flush();
	return out;
}

function* hunks(edits: readonly Edit[]): Generator<string> {
	const changed = edits.map((edit, index) => (edit.op === ' ' ? -1 : index)).filter(index => index >= 0);
	let start = 0;
	while (start < changed.length) {
		let end = start;
		while (end + 1 < changed.length && changed[end + 1] - changed[end] <= CONTEXT * 2) end++;
		const from = Math.max(0, changed[start] - CONTEXT);
		const to = Math.min(edits.length, changed[end] + CONTEXT + 1);
		yield hunk(edits, from, to);
		start = end + 1;
	}
}

function hunk(edits: readonly Edit[], from: number, to: number): string {
	let oldLine = 1;
	let newLine = 1;
	for (const edit of edits.slice(0, from)) {
		if (edit.op !== '+') oldLine++;
		if (edit.op !== '-') newLine++;
	}
	const body = edits.slice(from, to);
	const oldCount = body.filter(edit => edit.op !== '+').length;
	const newCount = body.filter(edit => edit.op !== '-').length;
	return `@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n${body.map(edit => `${edit.op}${edit.line}\n`).join('')}`;
}

/** `6,7`; a single line is `6`; an empty range names the line before it (`0,0`). */
function range(start: number, count: number): string {
	if (count === 0) return `${start - 1},0`;
	if (count === 1) return String(start);
	return `${start},${count}`;
}
