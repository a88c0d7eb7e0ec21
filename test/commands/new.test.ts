import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import newContent from '../../src/commands/new.js';
import validate from '../../src/commands/validate.js';
import {commandContext} from './command-context.js';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-new-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

async function run(command: typeof newContent, args: string[], cwd: string) {
	const captured = commandContext({args, cwd});
	const code = await command(captured.ctx);
	return {code, stdout: captured.stdout(), stderr: captured.stderr()};
}

describe('kubetutor new', () => {
	it('starts a pack with a manifest and a lesson, adds a quiz and a second lesson, and the pack validates', async () => {
		const cwd = tempDir();
		expect(await run(newContent, ['lesson', 'Week 1'], cwd)).toEqual({
			code: 0,
			stdout: 'Created Week 1/kubetutor-pack.yaml\nCreated Week 1/lessons/01-new-lesson.md\nEdit it, then check the pack with: kubetutor validate Week 1\nTry it with: kubetutor --content Week 1\n',
			stderr: '',
		});
		expect(readFileSync(join(cwd, 'Week 1', 'kubetutor-pack.yaml'), 'utf8')).toContain('id: week-1\nversion: 0.1.0\ntitle: "Week 1"\n');
		expect((await run(newContent, ['quiz', 'Week 1'], cwd)).stdout.split('\n')[0]).toBe('Created Week 1/quizzes/01-new-quiz.yaml');
		expect(readFileSync(join(cwd, 'Week 1', 'quizzes', '01-new-quiz.yaml'), 'utf8')).toContain('lesson: week-1-lesson-01\n');
		expect((await run(newContent, ['lesson', 'Week 1'], cwd)).stdout.split('\n')[0]).toBe('Created Week 1/lessons/02-new-lesson.md');
		const checked = await run(validate, ['Week 1'], cwd);
		expect(checked.stdout).toBe('✔ 2 lessons and 1 quiz checked (2 questions), no problems\n');
		expect(checked.code).toBe(0);
	});

	it('a quiz-only pack refers to a shipped lesson and validates', async () => {
		const cwd = tempDir();
		await run(newContent, ['quiz', 'quizpack'], cwd);
		expect(readFileSync(join(cwd, 'quizpack', 'quizzes', '01-new-quiz.yaml'), 'utf8')).toContain('lesson: what-is-a-service\n');
		expect((await run(validate, ['quizpack'], cwd)).code).toBe(0);
	});

	it('refuses a folder that is not a pack, a linked lessons folder, and a broken manifest', async () => {
		const cwd = tempDir();
		mkdirSync(join(cwd, 'notes'));
		writeFileSync(join(cwd, 'notes', 'todo.txt'), 'x');
		expect(await run(newContent, ['lesson', 'notes'], cwd)).toEqual({code: 1, stdout: '', stderr: 'kubetutor: notes is not empty and has no kubetutor-pack.yaml; choose a new folder for a new pack (nothing written)\n'});
		await run(newContent, ['lesson', 'pack'], cwd);
		rmSync(join(cwd, 'pack', 'lessons'), {recursive: true});
		mkdirSync(join(cwd, 'elsewhere'));
		symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'pack', 'lessons'));
		expect((await run(newContent, ['lesson', 'pack'], cwd)).stderr).toBe(`kubetutor: new lesson: ${join(cwd, 'pack', 'lessons')} is a symbolic link; nothing more written\n`);
		writeFileSync(join(cwd, 'pack', 'kubetutor-pack.yaml'), 'id: Pack One\nversion: one\n');
		const broken = await run(newContent, ['quiz', 'pack'], cwd);
		expect(broken.stderr).toBe(['pack/kubetutor-pack.yaml:1:5 id "Pack One" must be lower-case letters, digits and dashes', 'pack/kubetutor-pack.yaml:2:10 version "one" must look like 1, 1.2 or 1.2.3', 'pack/kubetutor-pack.yaml:1:1 missing "title"', 'kubetutor: pack has a pack manifest that needs fixing first; nothing written', ''].join('\n'));
		expect((await run(validate, ['pack'], cwd)).stdout.split('\n')).toContain('pack/kubetutor-pack.yaml:1:1 missing "title"');
	});

	it('without lesson or quiz is a usage error', async () => {
		expect(await run(newContent, ['lessons', 'x'], tempDir())).toEqual({code: 2, stdout: '', stderr: `kubetutor: new makes a "lesson" or a "quiz", not "lessons". Usage: kubetutor new lesson|quiz DIR (see 'kubetutor new --help')\n`});
	});
});
