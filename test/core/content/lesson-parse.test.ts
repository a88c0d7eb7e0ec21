import {describe, expect, it} from 'vitest';
import {parseLesson} from '../../../src/core/content/lesson-parse.js';
import {formatProblem} from '../../../src/core/content/content-problem.js';
import {isManifest} from '../../../src/core/content/lesson-manifest.js';

const good = ['---', 'id: nodeport', 'title: NodePort', 'order: 3', 'summary: A door on every node.', 'tasks:', '  - id: t1', '---', '', '# NodePort', ''].join('\n');

describe('parseLesson', () => {
	it('reads the front matter and keeps tasks raw for the lessons module', () => {
		const result = parseLesson('lessons/03-nodeport.md', good);
		expect(result).toMatchObject({ok: true, lesson: {id: 'nodeport', title: 'NodePort', order: 3, summary: 'A door on every node.', tasks: [{id: 't1'}], bodyLine: 9}});
		if (result.ok) expect(result.lesson.body).toBe('\n# NodePort\n');
	});

	it('keeps an indented --- inside a task setup as part of the front matter', () => {
		const text = ['---', 'id: x', 'title: X', 'order: 1', 'tasks:', '  - id: t', '    setup: |', '      kubectl apply -f - <<EOF', '      kind: A', '      ---', '      kind: B', '      EOF', '---', '# Body', ''].join('\n');
		const result = parseLesson('x.md', text);
		expect(result).toMatchObject({ok: true, lesson: {tasks: [{id: 't', setup: 'kubectl apply -f - <<EOF\nkind: A\n---\nkind: B\nEOF\n'}]}});
		if (result.ok) expect(result.lesson.body).toBe('# Body\n');
	});

	it('reports YAML errors at the file line and column', () => {
		const result = parseLesson('bad.md', '---\nid: x\ntitle: [oops\norder: 1\n---\n');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(formatProblem(result.errors[0])).toMatch(/^bad\.md:4:1 front matter: /);
	});

	it('points at the field that has the wrong type', () => {
		const result = parseLesson('x.md', '---\nid: x\ntitle: X\norder: first\n---\n');
		expect(result).toEqual({ok: false, errors: [{file: 'x.md', line: 4, col: 8, message: 'front matter: "order" must be a number'}]});
	});

	it('names missing fields and bad ids', () => {
		const result = parseLesson('y.md', '---\nid: Not An Id\norder: 1\n---\n');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.map(formatProblem)).toEqual([
				'y.md:2:5 front matter: id "Not An Id" must be lowercase letters, digits and dashes',
				'y.md:1:1 front matter: missing "title"',
			]);
		}
	});

	it('asks for front matter when there is none, or when it is not closed', () => {
		expect(parseLesson('z.md', '# Title\n')).toEqual({ok: false, errors: [{file: 'z.md', line: 1, col: 1, message: 'lesson must start with front matter (a line "---", then id, title, order, summary)'}]});
		expect(parseLesson('z.md', '---\nid: z\n')).toEqual({ok: false, errors: [{file: 'z.md', line: 1, col: 1, message: 'front matter is not closed: add a line "---" after it'}]});
	});

	it('strips terminal control sequences from content', () => {
		const result = parseLesson('c.md', '---\nid: c\ntitle: "Evil \\e[2J title"\norder: 1\n---\nBody \u001b]0;pwned\u0007 text\n');
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.lesson.title).not.toContain('\u001b');
			expect(result.lesson.body).toBe('Body  text\n');
		}
	});
});

describe('isManifest', () => {
	it('accepts whole objects only', () => {
		expect(isManifest('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n')).toBe(true);
		expect(isManifest('apiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: Deployment\n')).toBe(true);
		expect(isManifest('ports:\n- port: 80\n')).toBe(false);
		expect(isManifest('apiVersion: v1\nkind: [\n')).toBe(false);
	});
});
