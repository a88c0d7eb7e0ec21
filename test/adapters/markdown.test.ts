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

describe('readable at 60 columns (issue #10)', () => {
	const plain = async (markdown: string, width: number) => {
		const render = await loadMarkdownRenderer();
		const out = render(markdown, {width, ascii: false});
		return {...out, lines: out.lines.map(stripAnsi)};
	};

	it('expands tabs in code to 8-column stops, losing no character', async () => {
		const {lines} = await plain('```\nServer:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n```\n', 58);
		expect(lines).toEqual(['  Server:         10.96.0.10', '  Address:        10.96.0.10#53']);
	});

	it('wraps a long code line under its indent with every character kept, never ending it in …', async () => {
		const url = 'kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.12.1/deploy/static/provider/cloud/deploy.yaml';
		const {lines} = await plain('```bash\n' + url + '\n```\n', 58);
		expect(lines.every(line => [...line].length <= 58 && !line.endsWith('…'))).toBe(true);
		expect(lines.map(line => line.trim()).join('')).toBe(url);
		expect(lines[0]).toBe('  kubectl apply -f https://raw.githubusercontent.com/kuber');
		expect(lines[1]).toBe('    netes/ingress-nginx/controller-v1.12.1/deploy/static/p');
	});

	it('keeps inline code with the punctuation after it', async () => {
		const {lines} = await plain('So nobody should talk to a Pod by its IP. If a front end remembered\n`10.244.1.7`, it would break the first time that Pod was replaced.\n', 78);
		expect(lines).toEqual(['So nobody should talk to a Pod by its IP. If a front end remembered', '10.244.1.7, it would break the first time that Pod was replaced.']);
	});

	it('wraps list items under their bullet at the page width', async () => {
		const {lines} = await plain('* A virtual IP from the service range (10.96.0.0/12 here). No\n  machine owns it and no network card carries it.\n', 58);
		expect(lines).toEqual(['  * A virtual IP from the service range (10.96.0.0/12', '    here). No machine owns it and no network card carries', '    it.']);
	});

	it('draws a table too wide for the page as one entry per row, and keeps a table that fits together', async () => {
		const table = '| type | reachable from | in one line |\n| --- | --- | --- |\n| ClusterIP | inside the cluster | the default: a virtual IP |\n| NodePort | any node\'s IP:port | ClusterIP + a port per node |\n';
		const narrow = await plain(table, 40);
		expect(narrow.lines).toEqual(['* ClusterIP — reachable from: inside the', '  cluster; in one line: the default: a', '  virtual IP', "* NodePort — reachable from: any node's", '  IP:port; in one line: ClusterIP + a', '  port per node']);
		const wide = await plain(`Intro\n\n${table}`, 78);
		expect(wide.keep).toEqual([{start: 2, end: wide.lines.length - 1}]);
		expect(wide.lines[2]).toMatch(/^┌/);
	});
});
