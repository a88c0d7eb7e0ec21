import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterEach, describe, expect, it} from 'vitest';
import {openProgressStore} from '../../../src/adapters/conf-progress-store.js';
import {recordAnswer, recordTask} from '../../../src/core/progress/progress-ops.js';
import type {AnswerRecord} from '../../../src/core/progress/progress-schema.js';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-progress-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const when = new Date('2026-03-04T05:06:07.089Z');
const answer = (id: string): AnswerRecord => ({id, attempt: 'a', quiz: 'nodeport', question: 'range', at: '2026-03-04T05:06:07.000Z', correct: false, given: '1', mode: 'practice'});
const open = (dir: string) => openProgressStore({env: {KUBETUTOR_CONFIG_DIR: dir}, now: () => when});

describe('the progress file', () => {
	it('is never written through a symbolic link, and the file it points at is left untouched', () => {
		const dir = tempDir();
		const victim = join(tempDir(), 'victim.txt');
		writeFileSync(victim, 'precious\n');
		symlinkSync(victim, join(dir, 'config.json'));
		const store = open(dir);
		expect(store.warnings).toEqual([`kubetutor: progress file ${join(dir, 'config.json')} is a symbolic link; it is left alone and this session's progress is not saved`]);
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(store.get().answers.map(entry => entry.id)).toEqual(['1']);
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('is created in KUBETUTOR_CONFIG_DIR and read back', () => {
		const dir = tempDir();
		const store = open(dir);
		expect(store.path).toBe(join(dir, 'config.json'));
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(open(dir).get().answers.map(entry => entry.id)).toEqual(['1']);
		expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({version: 1, answers: [{id: '1'}]});
	});

	it.each([
		['truncated', '{"version":1,"lessons":{},"answers":[{"id":"1","att', 'not valid JSON'],
		['garbage', '\u0000\u0001binary junk', 'not valid JSON'],
		['empty', '', 'the file is empty'],
		['wrong-type', '[1,2,3]', 'expected an object, found a list'],
		['wrong field type', '{"version":1,"lessons":{},"answers":"many"}', 'answers must be a list, found a string'],
	])('recovers from a %s file: keeps a backup, warns once, starts fresh', (_name, content, reason) => {
		const dir = tempDir();
		const file = join(dir, 'config.json');
		writeFileSync(file, content);
		const store = open(dir);
		const backup = `${file}.corrupt-2026-03-04T05-06-07-089Z`;
		expect(store.warnings).toEqual([`kubetutor: progress file ${file} could not be read (${reason}); kept a copy at ${backup} and started fresh`]);
		expect(readFileSync(backup, 'utf8')).toBe(content);
		expect(store.get().answers).toEqual([]);
		store.update(progress => recordAnswer(progress, answer('2')));
		expect(open(dir).get().answers.map(entry => entry.id)).toEqual(['2']);
		expect(readFileSync(backup, 'utf8')).toBe(content);
	});

	it('never writes over a file it could not read and could not back up', () => {
		const dir = tempDir();
		const file = join(dir, 'config.json');
		writeFileSync(file, 'junk');
		// A folder where the backup should go makes the copy fail.
		const backup = `${file}.corrupt-2026-03-04T05-06-07-089Z`;
		mkdirp(backup);
		const store = open(dir);
		expect(store.warnings[0]).toMatch(/^kubetutor: progress file .* could not be read \(not valid JSON\) nor copied aside \(.*\); progress will not be saved this session$/);
		store.update(progress => recordAnswer(progress, answer('3')));
		expect(store.get().answers).toHaveLength(1);
		expect(readFileSync(file, 'utf8')).toBe('junk');
	});

	it('merges answers another tutor wrote since it was opened', () => {
		const dir = tempDir();
		const first = open(dir);
		const second = open(dir);
		first.update(progress => recordAnswer(progress, answer('a1')));
		second.update(progress => recordAnswer(progress, answer('b1')));
		first.update(progress => recordAnswer(progress, answer('a2')));
		expect(open(dir).get().answers.map(entry => entry.id).sort()).toEqual(['a1', 'a2', 'b1']);
		expect(first.get().answers).toHaveLength(3);
	});

	it('reloads what another tutor wrote, such as a task passed in the app', () => {
		const dir = tempDir();
		const quiz = open(dir);
		open(dir).update(progress => recordTask(progress, 'nodeport', 'expose-nodeport', {passed: true, assisted: false, at: '2026-03-04T05:06:07Z'}));
		expect(quiz.get().lessons.nodeport).toBeUndefined();
		expect(quiz.reload?.().lessons.nodeport?.tasks['expose-nodeport']?.passed).toBe(true);
	});

	it('forgets everything on clear, without merging the old answers back', () => {
		const dir = tempDir();
		const store = open(dir);
		store.update(progress => recordAnswer(progress, answer('1')));
		store.clear();
		expect(open(dir).get().answers).toEqual([]);
		expect(existsSync(`${store.path}.lock`)).toBe(false);
	});
});

describe('two tutors answering at once', () => {
	it('lose no answers', async () => {
		const dir = tempDir();
		const script = join(dir, 'writer.mjs');
		await build({
			stdin: {
				contents: `
					import {openProgressStore} from './src/adapters/conf-progress-store.ts';
					import {recordAnswer} from './src/core/progress/progress-ops.ts';
					const [name, count] = process.argv.slice(2);
					const store = openProgressStore({env: {KUBETUTOR_CONFIG_DIR: process.env.KUBETUTOR_CONFIG_DIR}});
					for (let i = 0; i < Number(count); i++) {
						store.update(p => recordAnswer(p, {id: name + '-' + i, attempt: name, quiz: 'nodeport', question: 'q' + i, at: new Date().toISOString(), correct: i % 2 === 0, given: '1', mode: 'practice'}));
					}
				`,
				resolveDir: join(import.meta.dirname, '../../..'),
				loader: 'ts',
			},
			bundle: true,
			platform: 'node',
			format: 'esm',
			outfile: script,
			banner: {js: "import {createRequire} from 'node:module';const require=createRequire(import.meta.url);"},
			logLevel: 'silent',
		});
		const store = join(dir, 'store');
		const writer = (name: string) =>
			new Promise<number>((resolve, reject) => {
				const child = spawn(process.execPath, [script, name, '40'], {env: {...process.env, KUBETUTOR_CONFIG_DIR: store}, stdio: 'inherit'});
				child.on('error', reject);
				child.on('exit', code => resolve(code ?? 1));
			});
		expect(await Promise.all([writer('one'), writer('two')])).toEqual([0, 0]);
		const ids = openProgressStore({env: {KUBETUTOR_CONFIG_DIR: store}}).get().answers.map(entry => entry.id);
		expect(ids).toHaveLength(80);
		expect(new Set(ids).size).toBe(80);
		expect(readdirSync(store).filter(name => name.includes('corrupt'))).toEqual([]);
	});
});

function mkdirp(path: string): void {
	mkdirSync(path, {recursive: true});
}
