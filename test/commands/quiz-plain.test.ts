import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import progress from '../../src/commands/progress.js';
import quiz from '../../src/commands/quiz.js';
import reset from '../../src/commands/reset.js';
import {commandContext} from './command-context.js';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-quiz-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('kubetutor quiz nodeport --plain < answers.txt', () => {
	it('asks numbered questions, gives feedback, and keeps the answers given when input ends', async () => {
		const config = tempDir();
		const run = commandContext({args: ['nodeport'], input: '2\n1\nnot a number\n2\n', env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await quiz(run.ctx)).toBe(0);
		const out = run.stdout();
		expect(out).toMatch(/NodePort — question 1 of \d+\n/);
		expect(out).toContain('What is the default range of NodePorts?\n  1) 1-1024\n  2) 30000-32767\n  3) 8000-9000\n  4) 32768-65535\nAnswer with a number from 1 to 4.\n> ✔ correct\n');
		expect(out).toContain('> ✘ wrong — the answer is 3, Every node, including the control plane\n');
		expect(out).toContain('> Please answer with numbers from 1 to 4.\n> ✔ correct\n');
		expect(out).toContain('\nScore: 2 of 3 answered correct\n');

		const exported = commandContext({args: ['--json'], env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await progress(exported.ctx)).toBe(0);
		const data = JSON.parse(exported.stdout());
		expect(data.answers.map((answer: {question: string; given: string; correct: boolean; mode: string}) => [answer.question, answer.given, answer.correct, answer.mode])).toEqual([
			['default-range', '2', true, 'practice'],
			['which-nodes', '1', false, 'practice'],
			['port-80', '2', true, 'practice'],
		]);
		expect(data.reviews).toEqual([{quiz: 'nodeport', question: 'which-nodes', box: 1, due: expect.any(String)}]);
		expect(data.file).toBe(join(config, 'config.json'));
	});

	it('shows lessons, scores and due reviews in the progress table', async () => {
		const config = tempDir();
		await quiz(commandContext({args: ['nodeport'], input: '1\n', env: {KUBETUTOR_CONFIG_DIR: config}}).ctx);
		const table = commandContext({env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await progress(table.ctx)).toBe(0);
		expect(table.stdout()).toMatch(/^ {2}nodeport +0\/1 +1 of \d+ +\d{4}-\d\d-\d\d$/m);
		expect(table.stdout()).toContain('Reviews due now: 0 (of 1 in the schedule)');
	});

	it('accepts typed answers for text questions, normalised', async () => {
		const config = tempDir();
		const run = commandContext({args: ['nodeport'], input: '2\n3\n2\n2\n2\n31234/tcp\n', env: {KUBETUTOR_CONFIG_DIR: config}});
		await quiz(run.ctx);
		expect(run.stdout()).toContain('Type your answer.\n> ✔ correct\n');
	});

	it('says so for an unknown quiz', async () => {
		const run = commandContext({args: ['nodeports'], input: '', env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
		expect(await quiz(run.ctx)).toBe(1);
		expect(run.stderr()).toMatch(/^kubetutor: no quiz "nodeports"\. Quizzes: what-is-a-service, clusterip, nodeport, /m);
	});

	it('has nothing to review before any mistake', async () => {
		const run = commandContext({args: ['--review'], input: '', env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
		expect(await quiz(run.ctx)).toBe(0);
		expect(run.stdout()).toBe('✔ Nothing is due for review today. Wrong answers come back here on a schedule (1, 2, 4, 8, 16 days).\n');
	});

	it('asks a question answered wrong two days ago again in --review, and moves it up a box when right', async () => {
		const config = tempDir();
		const at = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString();
		writeFileSync(join(config, 'config.json'), JSON.stringify({version: 1, lessons: {}, answers: [{id: 'old', attempt: 'a', quiz: 'nodeport', question: 'default-range', at, correct: false, given: '1', mode: 'practice'}]}));
		const run = commandContext({args: ['--review'], input: '2\n', env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await quiz(run.ctx)).toBe(0);
		expect(run.stdout()).toContain('Review — question 1 of 1\nWhat is the default range of NodePorts?\n');
		expect(run.stdout()).toContain('> ✔ correct\n');
		const exported = commandContext({args: ['--json'], env: {KUBETUTOR_CONFIG_DIR: config}});
		await progress(exported.ctx);
		const data = JSON.parse(exported.stdout());
		expect(data.answers.map((answer: {mode: string}) => answer.mode)).toEqual(['practice', 'review']);
		expect(data.reviews).toEqual([{quiz: 'nodeport', question: 'default-range', box: 2, due: expect.any(String)}]);
		expect(data.due).toBe(0);
	});

	it('runs a 20-question exam with no feedback until the score per domain', async () => {
		const run = commandContext({args: ['--exam'], input: '1\n'.repeat(3), env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
		expect(await quiz(run.ctx)).toBe(0);
		const out = run.stdout();
		expect(out.startsWith('Exam: 20 questions, 30 minutes. No feedback until the end.\n')).toBe(true);
		expect(out).toMatch(/Exam — question 1 of 20 — 30:00 left/);
		expect(out).not.toContain('✔ correct');
		expect(out).toMatch(/Score: \d+ of \d+ answered correct\nScore per domain:\n {2}CKA: Services & Networking: \d+\/\d+/);
	});
});

describe('content packs', () => {
	it('load next to the shipped quizzes; a broken file is reported and skipped', async () => {
		const pack = tempDir();
		mkdirSync(join(pack, 'quizzes'));
		writeFileSync(
			join(pack, 'quizzes', 'extra.yaml'),
			['format_version: 1', 'id: extra', 'title: "Extra \u001b[31mred\u001b[0m \u001b]0;pwned\u0007quiz"', 'lesson: nodeport', 'questions:', '  - id: one', '    kind: single', '    prompt: Pick two', '    choices: [one, two]', '    answer: 2', '    explain: two', '    tags: [x, ckad:services-networking]', ''].join('\n'),
		);
		writeFileSync(join(pack, 'quizzes', 'broken.yaml'), 'format_version: 1\nid: broken\n  title: [\n');
		const run = commandContext({content: [pack], env: {KUBETUTOR_CONFIG_DIR: tempDir()}});
		expect(await quiz(run.ctx)).toBe(0);
		expect(run.stdout()).toContain('  extra              Extra red quiz (1 questions)\n');
		expect(run.stderr()).toMatch(/^kubetutor: skipped broken content: .*broken\.yaml:2:5 YAML: Nested mappings are not allowed in compact mappings$/m);
	});
});

describe('kubetutor reset', () => {
	it('refuses without a terminal unless --yes, then forgets', async () => {
		const config = tempDir();
		await quiz(commandContext({args: ['nodeport'], input: '1\n', env: {KUBETUTOR_CONFIG_DIR: config}}).ctx);
		const refused = commandContext({input: 'y\n', env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await reset(refused.ctx)).toBe(1);
		expect(refused.stderr()).toBe(`kubetutor: not resetting: cannot ask for confirmation without a terminal. Run 'kubetutor reset --yes' to forget all progress in ${join(config, 'config.json')}.\n`);
		const asked = commandContext({input: 'n\n', env: {KUBETUTOR_CONFIG_DIR: config}, stdinIsTTY: true});
		expect(await reset(asked.ctx)).toBe(0);
		expect(asked.stdout()).toBe(`Forget all progress in ${join(config, 'config.json')}? [y/N] Kept your progress.\n`);
		const yes = commandContext({args: ['--yes'], env: {KUBETUTOR_CONFIG_DIR: config}});
		expect(await reset(yes.ctx)).toBe(0);
		const exported = commandContext({args: ['--json'], env: {KUBETUTOR_CONFIG_DIR: config}});
		await progress(exported.ctx);
		expect(JSON.parse(exported.stdout()).answers).toEqual([]);
	});
});
