/**
 * YAML exactly as kubectl prints it (sigs.k8s.io/yaml over go-yaml v2): map keys sorted,
 * 2-space indent, sequences not indented under their key, strings quoted only when a plain
 * scalar would read back as something else (`"true"`, `"80"`, `""`, timestamps) or cannot be
 * written plain; multi-line strings as literal blocks; long plain strings folded at 80 columns.
 */
const BEST_WIDTH = 80;

export function toYaml(value: unknown): string {
	const lines: string[] = [];
	emitDocument(value, lines);
	return lines.join('\n') + '\n';
}

function emitDocument(value: unknown, lines: string[]): void {
	if (isMap(value) && Object.keys(value).length > 0) emitMap(value, 0, lines);
	else if (Array.isArray(value) && value.length > 0) emitSeq(value, 0, lines);
	else lines.push(scalarOrEmpty(value, 0, 0));
}

function isMap(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function emitMap(map: Record<string, unknown>, indent: number, lines: string[], firstPrefix?: string): void {
	const keys = Object.keys(map)
		.filter(key => map[key] !== undefined)
		.sort(goYamlKeyOrder);
	keys.forEach((key, index) => {
		const lead = index === 0 && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
		const keyText = formatScalarString(key, lead.length, false);
		emitEntry(`${lead}${keyText}:`, map[key], indent, lines);
	});
}

/** One `key:` (or `- `) line plus the value, nested or inline. */
function emitEntry(head: string, value: unknown, indent: number, lines: string[]): void {
	if (isMap(value) && Object.keys(value).some(key => value[key] !== undefined)) {
		lines.push(head);
		emitMap(value, indent + 2, lines);
	} else if (Array.isArray(value) && value.length > 0) {
		lines.push(head);
		emitSeq(value, indent, lines);
	} else {
		const text = scalarOrEmpty(value, indent + 2, head.length + 1);
		pushScalar(lines, `${head} `, text);
	}
}

function emitSeq(items: unknown[], indent: number, lines: string[]): void {
	const dash = ' '.repeat(indent) + '- ';
	for (const item of items) {
		if (isMap(item) && Object.keys(item).some(key => item[key] !== undefined)) {
			emitMap(item, indent + 2, lines, dash);
		} else if (Array.isArray(item) && item.length > 0) {
			// go-yaml writes a nested sequence's first item on the dash line.
			const nested: string[] = [];
			emitSeq(item, indent + 2, nested);
			nested[0] = dash + nested[0].slice(indent + 2);
			lines.push(...nested);
		} else {
			pushScalar(lines, dash, scalarOrEmpty(item, indent + 2, dash.length));
		}
	}
}

function pushScalar(lines: string[], head: string, text: string): void {
	const [first, ...rest] = text.split('\n');
	lines.push(head + first);
	lines.push(...rest);
}

/** A scalar, or `{}` / `[]` for empty collections. `indent` is the indent of continuation lines. */
function scalarOrEmpty(value: unknown, indent: number, column: number): string {
	if (value === null || value === undefined) return 'null';
	if (Array.isArray(value)) return '[]';
	if (isMap(value)) return '{}';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') return formatNumber(value);
	return formatScalarString(String(value), column, true, indent);
}

function formatNumber(value: number): string {
	if (Number.isInteger(value)) return String(value);
	if (!Number.isFinite(value)) return Number.isNaN(value) ? '.nan' : value > 0 ? '+.inf' : '-.inf';
	return String(value);
}

/**
 * How go-yaml writes a string: literal block for multi-line text, double quotes when a plain
 * scalar would resolve to another type or contains unprintable characters, single quotes when
 * plain style is not allowed, plain otherwise (folded at spaces past column 80 in values).
 */
function formatScalarString(value: string, column: number, isValue: boolean, indent = 0): string {
	const blockAllowed = !hasSpecialCharacters(value.replace(/\n/g, '')) && !/ \n/.test(value) && !value.endsWith(' ');
	if (value.includes('\n') && isValue && blockAllowed) return literalBlock(value, indent);
	if (value.includes('\n') || hasSpecialCharacters(value)) return doubleQuoted(value);
	if (resolvesToNonString(value)) return doubleQuoted(value);
	if (!plainAllowed(value)) {
		const quoted = `'${value.replace(/'/g, "''")}'`;
		return isValue ? foldPlain(quoted, column, indent) : quoted;
	}
	return isValue ? foldPlain(value, column, indent) : value;
}

function literalBlock(value: string, indent: number): string {
	const pad = ' '.repeat(indent);
	let chomp = '-';
	let body = value;
	if (value.endsWith('\n')) {
		body = value.slice(0, -1);
		chomp = body.endsWith('\n') ? '+' : '';
	}
	const indicator = /^[ \n]/.test(value) ? String(2) : '';
	const lines = body.split('\n').map(line => (line === '' ? '' : pad + line));
	return `|${indicator}${chomp}\n${lines.join('\n')}`;
}

/** go-yaml folds long plain scalars at a space once the line passes the best width. */
function foldPlain(value: string, column: number, indent: number): string {
	let out = '';
	let col = column;
	for (let i = 0; i < value.length; i++) {
		const ch = value[i];
		if (ch === ' ' && col > BEST_WIDTH && value[i - 1] !== ' ' && value[i + 1] !== ' ' && i + 1 < value.length) {
			out += '\n' + ' '.repeat(indent);
			col = indent;
			continue;
		}
		out += ch;
		col++;
	}
	return out;
}

function hasSpecialCharacters(value: string): boolean {
	for (const ch of value) {
		const code = ch.codePointAt(0)!;
		const printable =
			code === 0x0a ||
			(code >= 0x20 && code <= 0x7e) ||
			code === 0x85 ||
			(code >= 0xa0 && code <= 0xd7ff) ||
			(code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
			(code >= 0x10000 && code <= 0x10ffff);
		if (!printable) return true;
	}
	return false;
}

function doubleQuoted(value: string): string {
	let out = '"';
	for (const ch of value) {
		const code = ch.codePointAt(0)!;
		if (ch === '"') out += '\\"';
		else if (ch === '\\') out += '\\\\';
		else if (ch === '\n') out += '\\n';
		else if (ch === '\t') out += '\\t';
		else if (ch === '\r') out += '\\r';
		else if (ch === '\0') out += '\\0';
		else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
		else if (code === 0xfeff) out += '\\uFEFF';
		else out += ch;
	}
	return out + '"';
}

const BOOL_OR_NULL: ReadonlySet<string> = new Set([
	'y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO',
	'true', 'True', 'TRUE', 'false', 'False', 'FALSE',
	'on', 'On', 'ON', 'off', 'Off', 'OFF',
	'~', 'null', 'Null', 'NULL', '',
	'.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN',
	'<<',
]);

/** go-yaml v2's resolve(): would this plain scalar read back as a bool, null, number or timestamp? */
function resolvesToNonString(value: string): boolean {
	if (BOOL_OR_NULL.has(value)) return true;
	if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(value)) return true;
	const digits = value.replace(/_/g, '');
	if (/^[-+]?(0b[01]+|0o?[0-7]+|0x[0-9a-fA-F]+|[0-9]+)$/.test(digits)) return true;
	if (/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(value)) return true;
	return /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/.test(value);
}

/** go-yaml's scalar analysis for block context. */
function plainAllowed(value: string): boolean {
	if (value.startsWith('---') || value.startsWith('...')) return false;
	if (value.startsWith(' ') || value.endsWith(' ')) return false;
	const first = value[0];
	if ('#,[]{}&*!|>\'"%@`'.includes(first)) return false;
	if ((first === '?' || first === ':' || first === '-') && (value.length === 1 || value[1] === ' ')) return false;
	if (value.endsWith(':')) return false;
	if (value.includes(': ') || value.includes(' #')) return false;
	return true;
}

/**
 * go-yaml's key order: runs of digits compare numerically, and a letter sorts after a
 * non-letter at the first difference.
 */
export function goYamlKeyOrder(a: string, b: string): number {
	const ar = [...a];
	const br = [...b];
	for (let i = 0; i < ar.length && i < br.length; i++) {
		if (ar[i] === br[i]) continue;
		const al = isLetter(ar[i]);
		const bl = isLetter(br[i]);
		if (al && bl) return ar[i] < br[i] ? -1 : 1;
		if (al || bl) return bl ? -1 : 1;
		const an = digitRun(ar, i);
		const bn = digitRun(br, i);
		if (an.value !== bn.value) return an.value < bn.value ? -1 : 1;
		if (an.length !== bn.length) return an.length - bn.length;
		return ar[i] < br[i] ? -1 : 1;
	}
	return ar.length - br.length;
}

function isLetter(ch: string): boolean {
	return /\p{L}/u.test(ch);
}

/** The digits starting at position i, as a number (0 when there are none). */
function digitRun(chars: string[], i: number): {value: number; length: number} {
	let end = i;
	while (end < chars.length && /[0-9]/.test(chars[end])) end++;
	return {value: end > i ? Number(chars.slice(i, end).join('')) : 0, length: end - i};
}
