import {describe, expect, it} from 'vitest';
import {formatProblem} from '../../../src/core/content/content-problem.js';
import type {ContentReader} from '../../../src/core/content/content-reader.js';
import {loadContent, quizEntries} from '../../../src/core/content/load-content.js';

/** A pack in memory: paths to texts; folders are the prefixes. */
function memoryReader(files: Record<string, string>): ContentReader {
	const paths = Object.keys(files);
	return {
		kind: path => (path in files ? 'file' : paths.some(file => file.startsWith(`${path}/`)) ? 'folder' : undefined),
		list: folder => [...new Set(paths.filter(file => file.startsWith(`${folder}/`)).map(file => file.slice(folder.length + 1).split('/')[0]))],
		read: file => (file in files ? {text: files[file]} : {problem: 'cannot read this file (ENOENT)'}),
		join: (folder, name) => `${folder}/${name}`,
		display: path => path,
	};
}

const lesson = (id: string, order: number, extra = '') => `---\nid: ${id}\ntitle: ${id.toUpperCase()}\norder: ${order}\n${extra}---\nText\n`;
const quiz = (id: string, lessonId: string, extra = '') =>
	`format_version: 1\nid: ${id}\ntitle: Quiz ${id}\nlesson: ${lessonId}\n${extra}questions:\n  - id: one\n    kind: single\n    prompt: Pick\n    choices: [a, b]\n    answer: 2\n    explain: b\n    tags: [x, cka:services-networking]\n`;
const bomb = `anchor: &a [x, y]\nuses: [${Array(120).fill('*a').join(', ')}]\n`;

describe('loadContent', () => {
	it('reads lessons/ and quizzes/ of a pack, sorts lessons by order and lists quizzes for menus', () => {
		const loaded = loadContent(['pack'], memoryReader({'pack/lessons/b.md': lesson('b', 2), 'pack/lessons/a.md': lesson('a', 1), 'pack/lessons/README.md': '# notes', 'pack/quizzes/a.yaml': quiz('a', 'a')}));
		expect(loaded.problems).toEqual([]);
		expect(loaded.lessons.map(entry => entry.id)).toEqual(['a', 'b']);
		expect(quizEntries(loaded.quizzes)).toEqual([{id: 'a', title: 'Quiz a', lesson: 'a', questions: 1}]);
		expect(loaded.checked).toEqual({lessons: 2, quizzes: 1});
	});

	it('keeps the first lesson to claim an id and reports the second where its id is', () => {
		const loaded = loadContent(['one', 'two'], memoryReader({'one/a.md': lesson('a', 1), 'two/a.md': lesson('a', 5)}));
		expect(loaded.lessons.map(entry => entry.file)).toEqual(['one/a.md']);
		expect(loaded.problems.map(formatProblem)).toEqual(['two/a.md:2:5 duplicate lesson id "a" (also in one/a.md)']);
	});

	it('loses only the file the YAML parser refuses: an alias bomb, nesting too deep, a duplicate key', () => {
		const loaded = loadContent(['pack'], memoryReader({
			'pack/lessons/good.md': lesson('good', 1),
			'pack/lessons/bomb.md': lesson('bomb', 2, bomb),
			'pack/quizzes/good.yaml': quiz('good', 'good'),
			'pack/quizzes/bomb.yaml': quiz('bomb', 'good', bomb),
			'pack/quizzes/deep.yaml': quiz('deep', 'good', `deep: ${'['.repeat(3000)}${']'.repeat(3000)}\n`),
			'pack/quizzes/twice.yaml': quiz('twice', 'good', 'title: Again\n'),
		}));
		expect(loaded.lessons.map(entry => entry.id)).toEqual(['good']);
		expect(loaded.quizzes.map(entry => entry.id)).toEqual(['good']);
		expect(loaded.problems.map(formatProblem)).toEqual([
			'pack/lessons/bomb.md:6:8 front matter: Excessive alias count indicates a resource exhaustion attack',
			'pack/quizzes/bomb.yaml:6:8 YAML: Excessive alias count indicates a resource exhaustion attack',
			'pack/quizzes/deep.yaml:5:70 YAML: nested more than 64 levels deep',
			'pack/quizzes/twice.yaml:5:1 YAML: Map keys must be unique',
		]);
	});

	it('names a folder or file that cannot be read and loads the rest', () => {
		const loaded = loadContent(['nowhere', 'pack'], memoryReader({'pack/a.md': lesson('a', 1)}));
		expect(loaded.lessons.map(entry => entry.id)).toEqual(['a']);
		expect(loaded.problems.map(formatProblem)).toEqual(['nowhere:1:1 no such file or folder']);
	});

	it('sanitises the file names and messages it reports, and the content it loads', () => {
		const loaded = loadContent(['pack'], memoryReader({'pack/\u001b]0;owned\u0007x.md': 'no front matter', 'pack/c.md': lesson('c', 1).replace('title: C', 'title: "C \\e]52;c;aGk=\\e\\\\ title"')}));
		expect(loaded.problems.map(formatProblem)).toEqual(['pack/x.md:1:1 lesson must start with front matter (a line "---", then id, title, order, summary)']);
		expect(loaded.lessons[0].title).toBe('C  title');
	});

	it('reports a quiz that names a lesson no pack has, and keeps it usable', () => {
		const loaded = loadContent(['pack'], memoryReader({'pack/q.yaml': quiz('q', 'missing')}));
		expect(loaded.problems.map(formatProblem)).toEqual(['pack/q.yaml:4:9 lesson "missing" does not exist']);
		expect(loaded.quizzes.map(entry => entry.id)).toEqual(['q']);
	});

	it('checks front matter against schemas/lesson.schema.json, where each problem is', () => {
		const tasks = ['tasks:', '  - id: t', '    title: T', '    hint: typo', '    checks:', '      - service: {name: web, colour: blue}', '    hints: [a]', '    solution: s', ''].join('\n');
		const loaded = loadContent(['pack'], memoryReader({'pack/a.md': lesson('a', 1, `draft: yes\n${tasks}`)}));
		expect(loaded.lessons).toEqual([]);
		expect(loaded.problems.map(formatProblem)).toEqual([
			'pack/a.md:5:1 front matter: unknown field "draft"',
			'pack/a.md:9:5 front matter: tasks.0: unknown field "hint"',
			'pack/a.md:11:30 front matter: tasks.0.checks.0.service: unknown field "colour"',
		]);
	});
});
