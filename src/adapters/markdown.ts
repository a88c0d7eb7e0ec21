import type {MarkedExtension, Tokens} from 'marked';
import {completesMarker, isManifest} from '../core/content/lesson-manifest.js';
import {asciiText as asciiLine} from '../core/app/ascii-text.js';

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

function indent(text: string, by: string): string {
	return text.replace(/\n+$/, '').split('\n').map(line => by + line).join('\n');
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
					return 'tokens' in token && token.tokens?.length ? this.parser.parseInline(token.tokens) : false;
				},
				code(token: Tokens.Code) {
					const lang = (token.lang ?? '').trim().split(/\s+/)[0];
					if (lang === 'diagram') return indent(options.ascii ? asciiLine(token.text) : token.text, '  ') + '\n\n';
					if ((lang === 'yaml' || lang === 'yml') && isManifest(token.text)) {
						const number = manifests.length + 1;
						manifests.push({number, yaml: token.text.replace(/\n*$/, '\n')});
						const completes = completesMarker(token.lang ?? '');
						// Said before the learner applies it: this example is a task's answer (docs/content.md).
						const note = completes.length > 0 ? `(applying it completes task ${completes.map(id => `"${id}"`).join(', ')}, which then counts as assisted)\n` : '';
						return `${label(number)}\n${note}${indent(token.text, '    ')}\n\n`;
					}
					return false;
				},
			},
		};
		marked.use(fixes);
		const output = marked.parse(markdown, {async: false}) as string;
		let lines = output.replace(/\s+$/, '').split('\n');
		if (options.ascii) lines = lines.map(asciiLine);
		const plain = lines.map(stripAnsi);
		const located = manifests.map(manifest => ({...manifest, line: plain.indexOf(label(manifest.number))}));
		return {lines, manifests: located};
	};
}
