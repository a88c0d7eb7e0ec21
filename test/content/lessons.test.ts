/**
 * The shipped curriculum, checked as a learner would meet it: every lesson loads, its manifests
 * apply in the sandbox, its diagrams fit and fall back to ASCII, and every task starts failing and
 * passes with its reference solution.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {parseAllDocuments} from 'yaml';
import {runScript} from '../../src/core/cluster/shell/batch.js';
import {parseLesson} from '../../src/core/content/lesson-parse.js';
import type {Lesson} from '../../src/core/content/lesson.js';
import {asciiText} from '../../src/core/app/ascii-text.js';
import {checkTask} from '../../src/core/lessons/check-task.js';
import {parseTasks} from '../../src/core/lessons/parse-tasks.js';
import {runCommands, startTaskSandbox} from '../../src/core/lessons/task-sandbox.js';
import type {TaskResult} from '../../src/core/lessons/task.js';

const LESSON_DIR = new URL('../../lessons/', import.meta.url);
const files = readdirSync(LESSON_DIR).filter(name => name.endsWith('.md')).sort();
const lessons: Lesson[] = files.map(file => {
	const parsed = parseLesson(file, readFileSync(new URL(file, LESSON_DIR), 'utf8'));
	if (!parsed.ok) throw new Error(parsed.errors.map(e => `${e.file}:${e.line}:${e.col} ${e.message}`).join('\n'));
	return parsed.lesson;
});
const TYPE_LESSONS = ['clusterip', 'nodeport', 'loadbalancer', 'externalname', 'headless', 'ingress'];
const noFiles = () => undefined;

function fencedBlocks(body: string, language: string): string[] {
	const blocks: string[] = [];
	const pattern = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm');
	for (const match of body.matchAll(pattern)) blocks.push(match[1]);
	return blocks;
}

function failing(result: TaskResult): string {
	return result.checks.filter(check => !check.passed).map(check => `${check.label}: ${check.why}`).join('\n');
}

/** Corners line up: below every ┌…┐ the sides continue straight down to └…┘. */
function misalignedBoxes(diagram: string): string[] {
	const lines = diagram.split('\n').map(line => [...line]);
	const sides = '│├┤┼┬┴';
	const problems: string[] = [];
	lines.forEach((line, row) => {
		line.forEach((char, left) => {
			if (char !== '┌') return;
			const right = line.indexOf('┐', left);
			if (right < 0) return;
			for (let below = row + 1; below < lines.length; below++) {
				const at = (col: number) => lines[below][col] ?? ' ';
				if ('▼▲►◄'.includes(at(left))) return;
				if (at(left) === '└') {
					if (at(right) !== '┘') problems.push(`box at line ${row + 1} col ${left + 1}: bottom right corner not under ┐`);
					return;
				}
				if (!sides.includes(at(left)) || !sides.includes(at(right))) {
					problems.push(`box at line ${row + 1} col ${left + 1}: side broken on line ${below + 1}`);
					return;
				}
			}
		});
	});
	return problems;
}

describe('the curriculum', () => {
	test('covers every topic, in course order', () => {
		expect(lessons.map(lesson => lesson.id)).toEqual([
			'what-is-a-service',
			'clusterip',
			'nodeport',
			'loadbalancer',
			'externalname',
			'headless',
			'ingress',
			'choosing-a-type',
			'troubleshooting',
		]);
		expect(new Set(lessons.map(lesson => lesson.id)).size).toBe(lessons.length);
	});

	test('Ingress is presented with its successor and the retirement of ingress-nginx', () => {
		const body = lessons.find(lesson => lesson.id === 'ingress')?.body ?? '';
		expect(body).toMatch(/successor is the \*\*Gateway API\*\*/);
		expect(body).toMatch(/\*\*ingress-nginx\*\* project used here has been\s+\*\*retired\*\*/);
	});

	test('choosing a type has the comparison table', () => {
		const body = lessons.find(lesson => lesson.id === 'choosing-a-type')?.body ?? '';
		expect(body).toContain('| type         | who reaches it  | typical use   | cloud? | address      |');
	});
});

describe('outputs quoted in lessons are what the sandbox prints', () => {
	const quoted = (id: string, index: number) => fencedBlocks(lessons.find(lesson => lesson.id === id)?.body ?? '', 'text')[index];
	const transcript = (script: string) => runScript(script, {seed: 1, readFile: noFiles}).transcript;

	test('a nodePort outside the range', () => {
		const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  ports:\n    - port: 80\n      nodePort: 80\n';
		expect(transcript(`kubectl apply -f - <<EOF\n${service}EOF\n`)).toBe(`$ kubectl apply -f - <<EOF\n${quoted('nodeport', 0)}`);
	});

	test('a selector typo: no endpoints, and curl is refused at once', () => {
		const script = `kubectl create deployment web --image=nginx\nkubectl create service clusterip web --tcp=80:80\nkubectl patch service web -p '{"spec":{"selector":{"app":"wbe"}}}'\nkubectl run client --image=nicolaka/netshoot --command -- sleep infinity\nsleep 120\n`;
		const out = transcript(`${script}kubectl get endpoints web\nkubectl exec client -- curl http://web\n`);
		expect(out).toContain(quoted('troubleshooting', 0));
		expect(out).toContain(quoted('troubleshooting', 1));
	});

	test('a Service name from another namespace does not resolve', () => {
		const script = 'kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80\nkubectl create namespace shop\nkubectl run probe -n shop --image=nicolaka/netshoot --command -- sleep infinity\nsleep 5\n';
		expect(transcript(`${script}kubectl exec -n shop probe -- curl http://web\n`)).toContain(quoted('troubleshooting', 2));
	});

	test('nslookup of an ExternalName Service', () => {
		const out = transcript('kubectl create service externalname db --external-name db.example.com\nkubectl run client --image=nicolaka/netshoot --command -- sleep infinity\nsleep 5\nkubectl exec client -- nslookup db\n');
		expect(out).toContain(quoted('externalname', 0));
	});
});

describe.each(lessons.map(lesson => [lesson.file, lesson] as const))('%s', (file, lesson) => {
	test('front matter is complete and the file name carries the topic', () => {
		expect(lesson.title.length).toBeGreaterThan(0);
		expect(lesson.summary.length).toBeGreaterThan(20);
		expect(lesson.frontMatter.quiz).toBe(lesson.id);
		expect(file).toBe(`${String(lesson.order).padStart(2, '0')}-${lesson.id}.md`);
	});

	test('fits a short sitting and ends by pointing to its quiz', () => {
		const prose = lesson.body.replace(/^```[\s\S]*?^```$/gm, '');
		const words = prose.split(/\s+/).filter(Boolean).length;
		expect(words).toBeGreaterThan(250);
		expect(words).toBeLessThan(1500);
		expect(lesson.body.trimEnd().endsWith(`Take the quiz: \`kubetutor quiz ${lesson.id}\`.`) || lesson.body.trimEnd().endsWith(`\`kubetutor quiz ${lesson.id}\`.`)).toBe(true);
	});

	test('has a diagram no wider than 72 columns, with aligned boxes and an ASCII fallback of the same shape', () => {
		const diagrams = fencedBlocks(lesson.body, 'diagram');
		expect(diagrams.length).toBeGreaterThan(0);
		for (const diagram of diagrams) {
			const lines = diagram.replace(/\n$/, '').split('\n');
			expect(lines.filter(line => [...line].length > 72)).toEqual([]);
			expect(misalignedBoxes(diagram)).toEqual([]);
			const ascii = asciiText(diagram);
			expect(ascii).toMatch(/^[\x20-\x7e\n]*$/);
			// Every symbol has a real ASCII stand-in: nothing falls back to '?'.
			expect(ascii.split('?').length).toBe(diagram.split('?').length);
			expect(ascii.split('\n').map(line => line.length)).toEqual(diagram.split('\n').map(line => [...line].length));
		}
	});

	test('every yaml block holds whole objects that the sandbox accepts', () => {
		const blocks = fencedBlocks(lesson.body, 'yaml');
		for (const block of blocks) {
			const docs = parseAllDocuments(block);
			expect(Array.isArray(docs)).toBe(true);
			for (const doc of docs as ReturnType<typeof parseAllDocuments> & unknown[]) {
				expect(doc.errors).toEqual([]);
				const object = doc.toJS() as {apiVersion?: string; kind?: string; metadata?: {name?: string}};
				expect(object.apiVersion && object.kind && object.metadata?.name).toBeTruthy();
			}
		}
		if (blocks.length === 0) return;
		const script = blocks.map(block => `kubectl apply -f - <<EOF\n${block}EOF\n`).join('');
		const {transcript, exitCode} = runScript(script, {seed: 1, readFile: noFiles});
		expect(transcript).not.toMatch(/error|invalid/i);
		expect(exitCode).toBe(0);
	});

	const {tasks, errors} = parseTasks(lesson.tasks);
	test('tasks are declared correctly', () => {
		expect(errors).toEqual([]);
		if (TYPE_LESSONS.includes(lesson.id)) expect(tasks.length).toBeGreaterThan(0);
		for (const task of tasks) expect(task.hints).toHaveLength(3);
	});

	test.each(tasks.map(task => [task.id, task] as const))('task %s fails from its starting state and passes with its solution', (_id, task) => {
		const sandbox = startTaskSandbox(task, {seed: 1, readFile: noFiles});
		expect(sandbox.setup.output).not.toMatch(/error|invalid/i);
		expect(sandbox.setup.exitCode).toBe(0);
		const before = checkTask(sandbox.cluster, task);
		expect(before.passed, 'the task passes before the learner does anything').toBe(false);
		expect(before.checks.filter(check => !check.passed).every(check => check.why)).toBe(true);
		const solved = runCommands(sandbox.shell, task.solution);
		expect(solved.output).not.toMatch(/error|invalid/i);
		expect(solved.exitCode).toBe(0);
		const after = checkTask(sandbox.cluster, task);
		expect(failing(after), solved.output).toBe('');
		expect(after.passed).toBe(true);
	});

	// The app sets up all of a lesson's tasks in one sandbox: they must not solve or break each other.
	if (tasks.length > 1) test('its tasks share one sandbox without solving or breaking each other', () => {
		const sandbox = startTaskSandbox({setup: tasks.map(task => task.setup).join('\n')}, {seed: 2, readFile: noFiles});
		expect(sandbox.setup.exitCode).toBe(0);
		for (const task of tasks) expect(checkTask(sandbox.cluster, task).passed, `${task.id} passes from the start`).toBe(false);
		tasks.forEach((task, index) => {
			const solved = runCommands(sandbox.shell, task.solution);
			expect(solved.exitCode, solved.output).toBe(0);
			for (const other of tasks) {
				const result = checkTask(sandbox.cluster, other);
				const shouldPass = tasks.indexOf(other) <= index;
				expect(result.passed, `${other.id} after solving ${task.id}: ${failing(result)}`).toBe(shouldPass);
			}
		});
	});
});
