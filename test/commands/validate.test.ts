import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import validate from '../../src/commands/validate.js';
import {commandContext} from './command-context.js';

const root = join(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-validate-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const goodQuiz = ['# yaml-language-server: $schema=../schemas/quiz.schema.json', 'format_version: 1', 'id: extra', 'title: Extra', 'lesson: nodeport', 'questions:', '  - id: one', '    kind: single', '    prompt: Pick', '    choices: [a, b]', '    answer: 2', '    explain: b', '    tags: [x, cka:services-networking]', ''].join('\n');

describe('kubetutor validate', () => {
	it('accepts the shipped lessons, quizzes and exam bank', async () => {
		const run = commandContext({cwd: root});
		const code = await validate(run.ctx);
		expect(run.stdout()).toMatch(/^✔ \d+ lessons, 9 quizzes and \d+ exam files checked \(\d+ questions, \d+ exam tasks\), no problems\n$/);
		expect(code).toBe(0);
	});

	it('reports a broken file by line and column and exits 1', async () => {
		const pack = tempDir();
		writeFileSync(join(pack, 'good.yaml'), goodQuiz);
		writeFileSync(join(pack, 'bad.yaml'), goodQuiz.replace('id: extra', 'id: bad').replace('    answer: 2', '    answer: c').replace('kind: single', 'kind: single\n    hint: none'));
		const run = commandContext({args: [pack], cwd: pack});
		expect(await validate(run.ctx)).toBe(1);
		expect(run.stdout()).toBe(['bad.yaml:9:5 questions.0: unknown field "hint"', '✘ 1 problem in 1 file (0 lessons and 2 quizzes checked)', ''].join('\n'));
		const fixed = commandContext({args: [pack], cwd: pack});
		writeFileSync(join(pack, 'bad.yaml'), goodQuiz.replace('id: extra', 'id: bad').replace('    answer: 2', '    answer: c'));
		expect(await validate(fixed.ctx)).toBe(1);
		expect(fixed.stdout()).toBe(['bad.yaml:11:13 answer "c" is not among the choices', '✘ 1 problem in 1 file (0 lessons and 2 quizzes checked)', ''].join('\n'));
	});

	it('checks lessons: front matter, tasks and yaml blocks', async () => {
		const pack = tempDir();
		mkdirSync(join(pack, 'lessons'));
		writeFileSync(join(pack, 'lessons', '01-x.md'), ['---', 'id: extra-lesson', 'title: Extra', 'order: 10', '---', '# Extra', '', '```yaml', 'kind: Service', 'metadata: {name: web', '```', ''].join('\n'));
		writeFileSync(join(pack, 'lessons', '02-y.md'), ['---', 'id: other', 'order: 11', '---', 'text'].join('\n'));
		const run = commandContext({args: [pack], cwd: pack});
		expect(await validate(run.ctx)).toBe(1);
		const lines = run.stdout().split('\n');
		expect(lines[0]).toMatch(/^lessons\/01-x\.md:1[01]:\d+ manifest: /);
		expect(lines).toContain('lessons/02-y.md:1:1 front matter: missing "title"');
	});

	it('reports quizzes that refer to a lesson that does not exist', async () => {
		const pack = tempDir();
		writeFileSync(join(pack, 'q.yaml'), goodQuiz.replace('lesson: nodeport', 'lesson: nodeports'));
		const run = commandContext({args: [pack], cwd: pack});
		expect(await validate(run.ctx)).toBe(1);
		expect(run.stdout().split('\n')[0]).toBe('q.yaml:5:9 lesson "nodeports" does not exist');
	});

	it('says so for a folder that does not exist', async () => {
		const run = commandContext({args: ['nowhere'], cwd: tempDir()});
		expect(await validate(run.ctx)).toBe(1);
		expect(run.stdout().split('\n')[0]).toMatch(/nowhere:1:1 no such file or folder$/);
	});
});

describe('a pack with hostile files', () => {
	const pack = join(root, 'test/fixtures/hostile-pack');

	it('is reported file by file by validate, at file:line:col', async () => {
		const run = commandContext({args: [pack], cwd: pack});
		expect(await validate(run.ctx)).toBe(1);
		expect(run.stdout()).toBe([
			'lessons/02-alias-bomb.md:6:8 front matter: Excessive alias count indicates a resource exhaustion attack',
			'quizzes/alias-bomb.yaml:7:8 YAML: Excessive alias count indicates a resource exhaustion attack',
			'quizzes/duplicate-key.yaml:4:1 YAML: Map keys must be unique',
			'quizzes/too-deep.yaml:5:75 YAML: nested more than 64 levels deep',
			'✘ 4 problems in 4 files (2 lessons and 4 quizzes checked)',
			'',
		].join('\n'));
	});

	it('leaves every other lesson and quiz on the home screen, plain and full-screen alike', async () => {
		const {runCli} = await import('../../src/cli/main.js');
		const plain = commandContext({input: '', cwd: root});
		expect(await runCli(['--plain', '--content', pack], {stdin: plain.ctx.stdin, stdout: plain.ctx.stdout, stderr: plain.ctx.stderr, env: {KUBETUTOR_CONFIG_DIR: tempDir()}, cwd: root})).toBe(0);
		expect(plain.stdout()).toContain('warning: test/fixtures/hostile-pack/quizzes/alias-bomb.yaml:7:8 YAML: Excessive alias count indicates a resource exhaustion attack\n');
		expect(plain.stdout()).toMatch(/^\[ \] to do +10\. hostile-good +A good lesson beside broken files$/m);
		const {realServices} = await import('../../src/ui/start-app.js');
		const app = commandContext({cwd: root, content: [pack]});
		const content = await realServices(app.ctx, {}).loadContent();
		expect(content.lessons.map(lesson => lesson.id)).toContain('hostile-good');
		expect(content.quizzes.map(quiz => quiz.id)).toContain('hostile-good');
		expect(content.warnings).toHaveLength(4);
	});
});

describe('kubetutor validate runs every task as an author would (a dev check)', () => {
	const lesson = (solution: string, body: string) => [
		'---',
		'id: dev-check',
		'title: Dev check',
		'order: 20',
		'tasks:',
		'  - id: expose-api',
		'    title: Expose api',
		'    goal: "`kubectl get endpoints api` lists the api pod"',
		'    setup: |',
		'      kubectl create deployment api --image=nginx',
		'    checks:',
		'      - endpoints: {service: api, min: 1}',
		'    hints: [a nudge]',
		'    solution: |',
		`      ${solution}`,
		'---',
		'# Dev check',
		'',
		body,
		'',
	].join('\n');
	const apiService = ['```yaml', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: api', 'spec:', '  selector:', '    app: api', '  ports:', '    - port: 80', '```'].join('\n');

	async function validatePack(text: string) {
		const pack = tempDir();
		mkdirSync(join(pack, 'lessons'));
		writeFileSync(join(pack, 'lessons', '20-dev.md'), text);
		const run = commandContext({args: [pack], cwd: pack});
		return {code: await validate(run.ctx), lines: run.stdout().split('\n')};
	}

	it('accepts a lesson whose solution passes and whose example is marked as completing the task', async () => {
		const run = await validatePack(lesson('kubectl expose deployment api --port=80', apiService.replace('```yaml', '```yaml completes=expose-api')));
		expect(run.lines[0]).toBe('✔ 1 lesson and 0 quizzes checked (0 questions), no problems');
		expect(run.code).toBe(0);
	});

	it('fails a lesson whose task solution does not pass, naming file:line:col', async () => {
		const run = await validatePack(lesson('kubectl expose deployment api --port=80 --selector=app=apí', 'Text.'));
		expect(run.code).toBe(1);
		expect(run.lines[0]).toMatch(/^lessons\/20-dev\.md:14:5 task "expose-api": its solution does not pass: Service api has at least 1 ready endpoint: /);
	});

	it('fails a lesson whose example completes a task unmarked, or does not apply, at its fence', async () => {
		const broken = ['```yaml', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: other', 'spec:', '  type: Nowhere', '```'].join('\n');
		const run = await validatePack(lesson('kubectl expose deployment api --port=80', `${apiService}\n\n${broken}\n\n${apiService.replace('```yaml', '```yaml completes=no-such-task')}`));
		expect(run.code).toBe(1);
		expect(run.lines.slice(0, 4)).toEqual([
			'lessons/20-dev.md:19:1 try-it manifest [1] completes task "expose-api": give the example its own names, or mark the block ```yaml completes=expose-api (applying it then counts as assisted)',
			'lessons/20-dev.md:31:1 try-it manifest [2] does not apply in the lesson\'s sandbox: The Service "other" is invalid: * spec.ports: Required value * spec.type: Unsupported value: "Nowhere": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
			'lessons/20-dev.md:40:1 try-it manifest [3]: completes=no-such-task names no task of this lesson',
			'✘ 3 problems in 1 file (1 lesson and 0 quizzes checked)',
		]);
	});

	it('fails a lesson whose task already passes in its starting state', async () => {
		const run = await validatePack(lesson('kubectl get pods', 'Text.').replace('kubectl create deployment api --image=nginx', 'kubectl create deployment api --image=nginx\n      kubectl expose deployment api --port=80'));
		expect(run.code).toBe(1);
		expect(run.lines[0]).toBe('lessons/20-dev.md:9:5 task "expose-api": its checks already pass in the starting state, before the learner does anything');
	});
});
