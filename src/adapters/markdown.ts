import type {MarkedExtension, Tokens} from 'marked';
import {completesMarker, isManifest} from '../core/content/lesson-manifest.js';
import {asciiText as asciiLine} from '../core/app/ascii-text.js';
import {expandTabs} from '../core/app/wrap-text.js';

export interface MarkdownOptions {
	/** Columns available: paragraphs are wrapped to exactly this width. */
	width: number;
	/** Draw diagrams, tables and symbols with ASCII only (plain mode, terminals without UTF-8). */
	ascii: boolean;
	/** The line shown above the n-th manifest, which the reader can send to the sandbox. */
	manifestLabel?: (number: number) => string;
}

export interface LessonManifest {
	number: number;
	yaml: string;
	/** Index of the manifest's label line in the rendered lines. */
	line: number;
}

export interface RenderedMarkdown {
	lines: string[];
	manifests: LessonManifest[];
	/** Line ranges (inclusive) a page should not split: a table's header stays with its rows. */
	keep: Array<{start: number; end: number}>;
}

export type MarkdownRenderer = (markdown: string, options: MarkdownOptions) => RenderedMarkdown;

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

export function stripAnsi(text: string): string {
	return text.replace(ANSI, '');
}

const ASCII_TABLE = {
	top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
	bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
	left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

function indent(text: string, by: string, mark = ''): string {
	return text.replace(/\n+$/, '').split('\n').map(line => mark + by + line).join('\n');
}

// Lines that must not be reflowed are marked while marked renders (a list indents them further),
// and the marks are removed once the whole text is laid out: code wraps with every character kept,
// a diagram is cut at the edge, a label stays whole. Content never holds these control characters
// (src/core/content/sanitise.ts removes them).
const CODE = '\u0001';
const DIAGRAM = '\u0002';
const VERBATIM = '\u0003';
const MARKED = /^(\s*)([\u0001\u0002\u0003])/;

/** Visible columns of a line that may hold SGR colour codes. */
function columns(text: string): number {
	return [...stripAnsi(text)].length;
}

/**
 * Word-wraps styled text at spaces only, so inline code keeps the punctuation that follows it
 * (`10.244.1.7`, stays one word). Continuation lines get `hang`.
 */
export function wrapStyled(text: string, width: number, hang = ''): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (word === '') continue;
		if (line === '') line = word;
		else if (columns(line) + 1 + columns(word) <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = hang + word;
		}
	}
	if (line !== '') lines.push(line);
	return lines.length > 0 ? lines : [''];
}

/** Cuts a code line into rows of `width` columns, continuation rows under its indent: nothing is lost. */
function wrapCode(line: string, width: number): string[] {
	const chars = [...line];
	if (chars.length <= width) return [line];
	const lead = (/^ */.exec(line)?.[0] ?? '').length;
	const rows = [chars.slice(0, width).join('')];
	const room = Math.max(8, width - lead - 2);
	for (let i = width; i < chars.length; i += room) rows.push(' '.repeat(Math.min(lead + 2, width - 8)) + chars.slice(i, i + room).join(''));
	return rows;
}

/** A reflowed line wider than the page (a list item indented after it was wrapped): wrapped again under its text. */
function rewrap(line: string, width: number): string[] {
	if (columns(line) <= width) return [line];
	const plain = stripAnsi(line);
	const hang = ' '.repeat((/^\s*(?:[*•-] |\d+\. )?/.exec(plain)?.[0] ?? '').length);
	const lead = /^\s*/.exec(line)?.[0] ?? '';
	return wrapStyled(line.slice(lead.length), width - lead.length, hang.slice(lead.length)).map(text => lead + text);
}

/** Final layout: marks removed, code wrapped, diagrams cut (with a note), prose fitted to the width. */
function layout(lines: string[], width: number): string[] {
	const out: string[] = [];
	let noted = false;
	for (const line of lines) {
		const mark = MARKED.exec(line);
		if (!mark) {
			noted = false;
			out.push(...(isTableLine(line) ? [line] : rewrap(line, width)));
			continue;
		}
		const text = mark[1] + line.slice(mark[0].length);
		if (mark[2] === CODE) out.push(...wrapCode(text, width));
		else if (mark[2] === DIAGRAM && columns(text) > width) {
			if (!noted) out.push(...wrapStyled(`  (this drawing is cut at ${width} columns: widen the terminal to see all of it)`, width, '   '));
			noted = true;
			out.push([...stripAnsi(text)].slice(0, width).join(''));
		} else out.push(text);
	}
	return out;
}

/** What marked-terminal undoes after its own paragraphs: its placeholder for `:` in code, and HTML entities. */
function unescapeInline(text: string): string {
	const entities: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'"};
	return text.replaceAll('*#COLON|*', ':').replace(/&(?:amp|lt|gt|quot|#39);/g, entity => entities[entity]);
}

const TABLE_EDGE = /^\s*(?:\x1b\[[0-9;]*m)*[┌│├└╞+|]/;

function isTableLine(line: string): boolean {
	return TABLE_EDGE.test(line);
}

/** Runs of table lines: a page break never falls inside one that fits on a page. */
function tableRanges(lines: readonly string[]): Array<{start: number; end: number}> {
	const ranges: Array<{start: number; end: number}> = [];
	lines.forEach((line, index) => {
		if (!isTableLine(line)) return;
		const last = ranges.at(-1);
		if (last && last.end === index - 1) last.end = index;
		else ranges.push({start: index, end: index});
	});
	return ranges.filter(range => range.end > range.start);
}

/** Columns a table needs drawn as a grid: each cell's text, padding and the borders. */
function tableWidth(token: Tokens.Table): number {
	const rows = [token.header, ...token.rows];
	const widths = token.header.map((_cell, column) => Math.max(...rows.map(row => [...(row[column]?.text ?? '')].length)));
	return widths.reduce((sum, cell) => sum + cell + 2, 0) + widths.length + 1;
}

export const defaultManifestLabel = (number: number): string => `[${number}] Try it: press a to apply this in the sandbox`;

/**
 * Loads marked and marked-terminal (which pulls in highlight.js) on first use, so start-up does
 * not pay for them, and returns a renderer of lesson Markdown into terminal lines.
 */
export async function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
	const [{Marked}, {markedTerminal}] = await Promise.all([import('marked'), import('marked-terminal')]);
	return (markdown, options) => {
		const manifests: Array<{number: number; yaml: string}> = [];
		const label = options.manifestLabel ?? defaultManifestLabel;
		const width = Math.max(20, options.width);
		const marked = new Marked();
		marked.use(markedTerminal({
			width: Math.max(20, options.width),
			reflowText: true,
			showSectionPrefix: false,
			tab: 2,
			emoji: false,
			tableOptions: options.ascii ? {chars: ASCII_TABLE} : {},
		}));
		const fixes: MarkedExtension = {
			renderer: {
				// marked-terminal 7.3 prints inline markup in list items raw (docs/architecture.md, "Markdown").
				text(token: Tokens.Text | Tokens.Escape) {
					// One line per item: the final layout wraps it under its bullet at the page's width.
					return 'tokens' in token && token.tokens?.length ? unescapeInline(this.parser.parseInline(token.tokens)).replace(/\s*\n\s*/g, ' ') : false;
				},
				code(token: Tokens.Code) {
					const lang = (token.lang ?? '').trim().split(/\s+/)[0];
					if (lang === 'diagram') return indent(options.ascii ? asciiLine(token.text) : token.text, '  ', DIAGRAM) + '\n\n';
					// A tab is drawn as 8-column stops here, where the terminal would, so no character is overwritten.
					const text = token.text.split('\n').map(expandTabs).join('\n');
					if ((lang === 'yaml' || lang === 'yml') && isManifest(token.text)) {
						const number = manifests.length + 1;
						manifests.push({number, yaml: token.text.replace(/\n*$/, '\n')});
						const completes = completesMarker(token.lang ?? '');
						// Said before the learner applies it: this example is a task's answer (docs/content.md).
						const note = completes.length > 0 ? `(applying it completes task ${completes.map(id => `"${id}"`).join(', ')}, which then counts as assisted)\n` : '';
						return `${VERBATIM}${label(number)}\n${note}${indent(text, '    ', CODE)}\n\n`;
					}
					return indent(text, '  ', CODE) + '\n\n';
				},
				// Paragraphs wrap at spaces only: marked-terminal's reflow breaks after inline code, before its comma.
				paragraph(token: Tokens.Paragraph) {
					const text = unescapeInline(this.parser.parseInline(token.tokens)).replace(/\s*\n\s*/g, ' ');
					return wrapStyled(text, width).join('\n') + '\n\n';
				},
				// A table too wide for the page becomes one entry per row, every cell named by its header.
				table(token: Tokens.Table) {
					if (tableWidth(token) <= width) return false;
					const cell = (entry: Tokens.TableCell) => this.parser.parseInline(entry.tokens);
					const rows = token.rows.map(row => {
						const [first, ...rest] = row;
						const named = rest.map((entry, index) => `${cell(token.header[index + 1])}: ${cell(entry)}`).join('; ');
						return wrapStyled(`* ${cell(first)} — ${named}`, width, '  ').join('\n');
					});
					return rows.join('\n') + '\n\n';
				},
			},
		};
		marked.use(fixes);
		const output = marked.parse(markdown, {async: false}) as string;
		let lines = layout(output.replace(/\s+$/, '').split('\n'), width);
		if (options.ascii) lines = lines.map(asciiLine);
		const plain = lines.map(stripAnsi);
		const located = manifests.map(manifest => ({...manifest, line: plain.indexOf(label(manifest.number))}));
		return {lines, manifests: located, keep: tableRanges(plain)};
	};
}
