import {describe, expect, it} from 'vitest';
import {loadMarkdownRenderer, stripAnsi} from '../../src/adapters/markdown.js';

const lesson = [
	'# Pods come and go',
	'',
	'A **Service** gives Pods a stable name, and this sentence is long enough to need wrapping at forty columns.',
	'',
	'* **labels** mark the Pods, like `app: web`',
	'* a *selector* picks them',
	'',
	'```diagram',
	'┌────────┐    ┌─────────┐',
	'│ laptop │ ─→ │ node    │',
	'└────────┘    └─────────┘',
	'```',
	'',
	'```yaml',
	'apiVersion: v1',
	'kind: Service',
	'metadata:',
	'  name: web',
	'```',
	'',
	'```yaml',
	'ports:',
	'- port: 80',
	'```',
].join('\n');

describe('markdown renderer', () => {
	it('renders inline markup inside list items instead of printing it raw', async () => {
		const render = await loadMarkdownRenderer();
		const lines = render(lesson, {width: 40, ascii: false}).lines.map(stripAnsi);
		expect(lines).toContain('  * labels mark the Pods, like app: web');
		expect(lines).toContain('  * a selector picks them');
		expect(lines.join('\n')).not.toMatch(/\*\*|`|^#/m);
	});

	it('wraps prose at exactly the given width', async () => {
		const render = await loadMarkdownRenderer();
		const lines = render(lesson, {width: 40, ascii: false}).lines.map(stripAnsi);
		expect(lines.slice(2, 5)).toEqual(['A Service gives Pods a stable name, and', 'this sentence is long enough to need', 'wrapping at forty columns.']);
	});

	it('shows diagrams verbatim, or in ASCII for terminals that cannot draw boxes', async () => {
		const render = await loadMarkdownRenderer();
		expect(render(lesson, {width: 60, ascii: false}).lines.map(stripAnsi)).toContain('  │ laptop │ ─→ │ node    │');
		const ascii = render(lesson, {width: 60, ascii: true}).lines.map(stripAnsi);
		expect(ascii).toContain('  +--------+    +---------+');
		expect(ascii).toContain('  | laptop | -> | node    |');
	});

	it('numbers the manifests that hold whole objects and knows their lines', async () => {
		const render = await loadMarkdownRenderer();
		const out = render(lesson, {width: 60, ascii: false});
		expect(out.manifests).toHaveLength(1);
		expect(out.manifests[0]).toMatchObject({number: 1, yaml: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'});
		expect(stripAnsi(out.lines[out.manifests[0].line])).toBe('[1] Try it: press a to apply this in the sandbox');
		expect(stripAnsi(out.lines[out.manifests[0].line + 1])).toBe('    apiVersion: v1');
	});
});

describe('the shipped lessons', async () => {
	const {readdirSync, readFileSync} = await import('node:fs');
	const {parseLesson} = await import('../../src/core/content/lesson-parse.js');
	const files = readdirSync('lessons').filter(name => name.endsWith('.md'));

	it.each(files)('%s prints as plain text: no raw Markdown, diagrams in ASCII', async name => {
		const parsed = parseLesson(name, readFileSync(`lessons/${name}`, 'utf8'));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const render = await loadMarkdownRenderer();
		const text = render(parsed.lesson.body, {width: 80, ascii: true}).lines.map(stripAnsi).join('\n');
		expect(text).not.toMatch(/\*\*|```|^#{1,6} |[\u2500-\u257f]/m);
	});
});
