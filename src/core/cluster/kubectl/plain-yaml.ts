/**
 * A fast reader for the plain block YAML nearly every manifest is written in: nested mappings and
 * `- ` lists, plain, 'single' and "double" quoted scalars without escapes, comment lines. It gives
 * exactly the value the `yaml` package gives for such text (YAML 1.2 core schema), or undefined
 * for anything else (anchors, flow collections, block scalars, tags, escapes, numbers other than
 * plain integers, duplicate keys, odd indentation), and the caller then uses the `yaml` package,
 * which also words the errors. It exists because applying 2,000 objects spent most of its YAML
 * time building syntax trees it threw away.
 */

interface Line {
	indent: number;
	text: string;
}

class NotPlain {}
const NOT_PLAIN = new NotPlain();

const KEY = /^([A-Za-z_][A-Za-z0-9_./-]*):(?: +(.*))?$/;
const RESERVED = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;
/** Plain scalars that are surely strings: no indicator first, no `: ` or ` #` inside, nothing the core schema reads as a number. */
const PLAIN_STRING = /^[A-Za-z_/$(<=^~][^\t#]*$/;
/** Addresses, CIDRs and `80/TCP`: start with a digit, yet no number of the core schema. */
const DIGITS_STRING = /^[0-9][0-9A-Za-z./:-]*$/;
const CORE_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;

export function readPlainYaml(text: string): {value: unknown} | undefined {
	const lines: Line[] = [];
	for (const raw of text.split('\n')) {
		const body = raw.trimEnd();
		const content = body.trimStart();
		if (content === '' || content.startsWith('#')) continue;
		if (body.includes('\t') || content.startsWith('%') || content === '...' || content.startsWith('---')) return undefined;
		lines.push({indent: body.length - content.length, text: content});
	}
	if (lines.length === 0) return undefined;
	const reader = new Reader(lines);
	try {
		const value = reader.node(0);
		return reader.done() ? {value} : undefined;
	} catch (error) {
		if (error === NOT_PLAIN) return undefined;
		throw error;
	}
}

function isItem(text: string): boolean {
	return text === '-' || text.startsWith('- ');
}

function scalar(text: string): unknown {
	if (text.startsWith('"')) {
		if (text.length < 2 || !text.endsWith('"') || /["\\]/.test(text.slice(1, -1))) throw NOT_PLAIN;
		return text.slice(1, -1);
	}
	if (text.startsWith("'")) {
		if (text.length < 2 || !text.endsWith("'") || text.slice(1, -1).includes("'")) throw NOT_PLAIN;
		return text.slice(1, -1);
	}
	if (INTEGER.test(text)) return Number(text);
	if (RESERVED.test(text)) return text === '~' || text.toLowerCase() === 'null' ? null : text.toLowerCase() === 'true';
	if (DIGITS_STRING.test(text) && !CORE_NUMBER.test(text) && !text.endsWith(':')) return text;
	if (!PLAIN_STRING.test(text) || text.includes(': ') || text.endsWith(':') || text.startsWith('<<')) throw NOT_PLAIN;
	return text;
}

class Reader {
	private at = 0;

	constructor(private readonly lines: Line[]) {}

	done(): boolean {
		return this.at === this.lines.length;
	}

	/** The block starting at the current line, whose indent must be at least `min`. */
	node(min: number): unknown {
		const line = this.lines[this.at];
		if (!line || line.indent < min) return null;
		return isItem(line.text) ? this.sequence(line.indent) : this.mapping(line.indent);
	}

	private mapping(indent: number): Record<string, unknown> {
		const out: Record<string, unknown> = {};
		for (let line = this.lines[this.at]; line && line.indent >= indent; line = this.lines[this.at]) {
			if (line.indent > indent || isItem(line.text)) throw NOT_PLAIN;
			const match = KEY.exec(line.text);
			if (!match || RESERVED.test(match[1]) || match[1] === '__proto__' || Object.hasOwn(out, match[1])) throw NOT_PLAIN;
			this.at++;
			out[match[1]] = match[2] === undefined ? this.nested(indent) : scalar(match[2]);
		}
		return out;
	}

	/** The value of `key:` with nothing after it: a deeper block, a list at the key's own indent, or null. */
	private nested(indent: number): unknown {
		const next = this.lines[this.at];
		if (next && next.indent > indent) return this.node(next.indent);
		if (next && next.indent === indent && isItem(next.text)) return this.sequence(indent);
		return null;
	}

	private sequence(indent: number): unknown[] {
		const out: unknown[] = [];
		for (let line = this.lines[this.at]; line && line.indent >= indent; line = this.lines[this.at]) {
			if (line.indent > indent || !isItem(line.text)) {
				if (line.indent > indent) throw NOT_PLAIN;
				break;
			}
			const rest = line.text.slice(1).trimStart();
			if (rest === '') {
				this.at++;
				const next = this.lines[this.at];
				out.push(next && next.indent > indent ? this.node(next.indent) : null);
			} else if (KEY.test(rest)) {
				// `- name: web`: a mapping whose keys line up with `name`.
				const column = line.indent + line.text.length - rest.length;
				this.lines[this.at] = {indent: column, text: rest};
				out.push(this.mapping(column));
			} else {
				if (isItem(rest)) throw NOT_PLAIN;
				this.at++;
				out.push(scalar(rest));
			}
		}
		return out;
	}
}
