import {execFileSync, spawn} from 'node:child_process';
import {chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {hostname, tmpdir} from 'node:os';
import {join} from 'node:path';
import {build} from 'esbuild';
import {afterEach, describe, expect, it} from 'vitest';
import {isStaleLock} from '../../../src/adapters/file-lock.js';
import {openProgressStore} from '../../../src/adapters/progress-file-store.js';
import {progressFilePath} from '../../../src/adapters/progress-location.js';
import {runCli} from '../../../src/cli/main.js';
import {cliIo} from '../../cli/cli-io.js';
import {recordAnswer, recordTask} from '../../../src/core/progress/progress-ops.js';
import type {AnswerRecord} from '../../../src/core/progress/progress-schema.js';

const dirs: string[] = [];
const mounts: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-progress-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const mount of mounts.splice(0)) execFileSync('umount', [mount]);
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

const when = new Date('2026-03-04T05:06:07.089Z');
const answer = (id: string): AnswerRecord => ({id, attempt: 'a', quiz: 'nodeport', question: 'range', at: '2026-03-04T05:06:07.000Z', correct: false, given: '1', mode: 'practice'});
const open = (dir: string, extra: Partial<Parameters<typeof openProgressStore>[0]> = {}) => openProgressStore({env: {KUBETUTOR_CONFIG_DIR: dir}, now: () => when, ...extra});
const ids = (dir: string) => open(dir).get().answers.map(entry => entry.id);
const leftAlone = (file: string, reason: string) => `kubetutor: progress file ${file} ${reason}; it is left alone and this session's progress is not saved`;
const saved = (dir: string) => JSON.stringify(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')));

describe('the progress file', () => {
	it('is never written through a symbolic link, and the file it points at is left untouched', () => {
		const dir = tempDir();
		const victim = join(tempDir(), 'victim.txt');
		writeFileSync(victim, 'precious\n');
		symlinkSync(victim, join(dir, 'config.json'));
		const store = open(dir);
		expect(store.warnings).toEqual([leftAlone(join(dir, 'config.json'), 'is a symbolic link')]);
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(store.get().answers.map(entry => entry.id)).toEqual(['1']);
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('is not written when it becomes a symbolic link after the tutor opened it', () => {
		const dir = tempDir();
		const victim = join(tempDir(), 'victim.txt');
		writeFileSync(victim, 'precious\n');
		const store = open(dir);
		store.update(progress => recordAnswer(progress, answer('1')));
		rmSync(join(dir, 'config.json'));
		symlinkSync(victim, join(dir, 'config.json'));
		store.update(progress => recordAnswer(progress, answer('2')));
		expect(store.warnings).toEqual([leftAlone(join(dir, 'config.json'), 'is a symbolic link')]);
		expect(readFileSync(victim, 'utf8')).toBe('precious\n');
	});

	it('is not read when it is a FIFO, so start-up does not hang', () => {
		const dir = tempDir();
		execFileSync('mkfifo', [join(dir, 'config.json')]);
		const store = open(dir);
		expect(store.warnings).toEqual([leftAlone(join(dir, 'config.json'), 'is not a regular file')]);
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(statSync(join(dir, 'config.json')).isFIFO()).toBe(true);
	});

	it('is left alone when it is a hard link to another file, whose permissions stay as they were', () => {
		const dir = tempDir();
		const victim = join(tempDir(), 'victim.txt');
		writeFileSync(victim, 'not json\n', {mode: 0o640});
		chmodSync(victim, 0o640);
		linkSync(victim, join(dir, 'config.json'));
		const store = open(dir);
		expect(store.warnings).toEqual([leftAlone(join(dir, 'config.json'), 'has another name (a hard link)')]);
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(readFileSync(victim, 'utf8')).toBe('not json\n');
		expect(statSync(victim).mode & 0o777).toBe(0o640);
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('is left alone with a warning when it is read-only, and its progress is still shown', () => {
		const dir = tempDir();
		open(dir).update(progress => recordAnswer(progress, answer('1')));
		chmodSync(join(dir, 'config.json'), 0o444);
		const before = readFileSync(join(dir, 'config.json'), 'utf8');
		const store = open(dir);
		expect(store.warnings).toEqual([leftAlone(join(dir, 'config.json'), 'is read-only')]);
		expect(store.get().answers.map(entry => entry.id)).toEqual(['1']);
		store.update(progress => recordAnswer(progress, answer('2')));
		expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(before);
		expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o444);
	});

	it('is created in KUBETUTOR_CONFIG_DIR, readable by its owner only, and read back', () => {
		const dir = tempDir();
		const store = open(dir);
		expect(store.path).toBe(join(dir, 'config.json'));
		store.update(progress => recordAnswer(progress, answer('1')));
		expect(ids(dir)).toEqual(['1']);
		expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toMatchObject({version: 1, answers: [{id: '1'}]});
		expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o600);
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('lives where earlier releases kept it', () => {
		expect(progressFilePath({}, 'linux', '/home/ada')).toBe('/home/ada/.config/kubetutor-nodejs/config.json');
		expect(progressFilePath({XDG_CONFIG_HOME: '/xdg'}, 'linux', '/home/ada')).toBe('/xdg/kubetutor-nodejs/config.json');
		expect(progressFilePath({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Preferences/kubetutor-nodejs/config.json');
		expect(progressFilePath({KUBETUTOR_CONFIG_DIR: '/class/ada'}, 'linux', '/home/ada')).toBe('/class/ada/config.json');
	});

	it.each([
		['truncated', '{"version":1,"lessons":{},"answers":[{"id":"1","att', 'not valid JSON'],
		['garbage', '\u0000\u0001binary junk', 'not valid JSON'],
		['empty', '', 'the file is empty'],
		['wrong-type', '[1,2,3]', 'expected an object, found a list'],
		['wrong field type', '{"version":1,"lessons":{},"answers":"many"}', 'answers must be a list, found a string'],
	])('recovers from a %s file: moves it aside once, owner-only, warns once, starts fresh', (_name, content, reason) => {
		const dir = tempDir();
		const file = join(dir, 'config.json');
		writeFileSync(file, content, {mode: 0o644});
		const store = open(dir);
		const backup = `${file}.corrupt-2026-03-04T05-06-07-089Z`;
		expect(store.warnings).toEqual([`kubetutor: progress file ${file} could not be read (${reason}); moved it to ${backup} and started fresh`]);
		expect(readFileSync(backup, 'utf8')).toBe(content);
		expect(statSync(backup).mode & 0o777).toBe(0o600);
		expect(existsSync(file)).toBe(false);
		expect(store.get().answers).toEqual([]);
		store.update(progress => recordAnswer(progress, answer('2')));
		store.update(progress => recordAnswer(progress, answer('3')));
		expect(open(dir).get().answers.map(entry => entry.id)).toEqual(['2', '3']);
		expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.corrupt-2026-03-04T05-06-07-089Z']);
		expect(store.warnings).toHaveLength(1);
	});

	it('never writes over a file it could not read and could not move aside', () => {
		const dir = tempDir();
		const file = join(dir, 'config.json');
		writeFileSync(file, 'junk');
		// A folder where the backup should go makes the move fail.
		mkdirSync(`${file}.corrupt-2026-03-04T05-06-07-089Z`);
		const store = open(dir);
		expect(store.warnings[0]).toMatch(/^kubetutor: progress file .* could not be read \(not valid JSON\) nor moved aside \(EEXIST: .*\); progress will not be saved this session$/);
		store.update(progress => recordAnswer(progress, answer('3')));
		expect(store.get().answers).toHaveLength(1);
		expect(readFileSync(file, 'utf8')).toBe('junk');
	});

	it('keeps what was saved before when a write comes up short, and says the answer was not saved', () => {
		const dir = tempDir();
		open(dir).update(progress => recordAnswer(progress, answer('1')));
		const before = saved(dir);
		const store = open(dir, {write: (_fd, bytes) => bytes.length - 1});
		const next = store.update(progress => recordAnswer(progress, answer('2')));
		expect(next.answers.map(entry => entry.id)).toEqual(['1', '2']);
		expect(store.warnings).toEqual([
			`kubetutor: could not save progress to ${join(dir, 'config.json')} (only ${Buffer.byteLength(`${JSON.stringify(next, undefined, '\t')}\n`) - 1} of ${Buffer.byteLength(`${JSON.stringify(next, undefined, '\t')}\n`)} bytes could be written; is the disk full?); the last answer is not saved, the file keeps what was saved before`,
		]);
		expect(saved(dir)).toBe(before);
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('loses nothing saved before when the disk fills up (a 64 KiB tmpfs)', () => {
		const dir = tempDir();
		// Needs root, as CI has: without the mount the test fails rather than skips.
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]);
		mounts.push(dir);
		const store = open(dir);
		const savedIds: string[] = [];
		for (let i = 0; store.warnings.length === 0; i++) {
			expect(i).toBeLessThan(2000);
			store.update(progress => recordAnswer(progress, answer(`answer-${i}-${'x'.repeat(100)}`)));
			if (store.warnings.length === 0) savedIds.push(`answer-${i}-${'x'.repeat(100)}`);
		}
		expect(store.warnings[0]).toMatch(/^kubetutor: could not save progress to .*config\.json \((ENOSPC: no space left on device, write|only \d+ of \d+ bytes could be written; is the disk full\?)\); the last answer is not saved, the file keeps what was saved before$/);
		for (let i = 0; i < 5; i++) store.update(progress => recordAnswer(progress, answer(`late-${i}`)));
		expect(savedIds.length).toBeGreaterThan(50);
		const reopened = open(dir);
		expect(reopened.warnings).toEqual([]);
		expect(reopened.get().answers.map(entry => entry.id).sort()).toEqual(savedIds.sort());
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('merges answers another tutor wrote since it was opened', () => {
		const dir = tempDir();
		const first = open(dir);
		const second = open(dir);
		first.update(progress => recordAnswer(progress, answer('a1')));
		second.update(progress => recordAnswer(progress, answer('b1')));
		first.update(progress => recordAnswer(progress, answer('a2')));
		expect(ids(dir).sort()).toEqual(['a1', 'a2', 'b1']);
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

	it('is only read by `kubetutor progress`: no folder is created, a damaged file stays where it is', async () => {
		const parent = tempDir();
		const dir = join(parent, 'never-created');
		const run = async () => {
			const t = cliIo({KUBETUTOR_CONFIG_DIR: dir});
			const code = await runCli(['progress', '--json'], t.io);
			return {code, err: t.err()};
		};

		expect(await run()).toEqual({code: 0, err: ''});
		expect(readdirSync(parent)).toEqual([]);
		mkdirSync(dir);
		writeFileSync(join(dir, 'config.json'), 'junk');
		expect(await run()).toEqual({code: 0, err: `kubetutor: progress file ${join(dir, 'config.json')} could not be read (not valid JSON); it is left as it is\n`});
		expect(readdirSync(dir)).toEqual(['config.json']);
	});
});

describe('kubetutor reset', () => {
	const reset = async (dir: string) => {
		const t = cliIo({KUBETUTOR_CONFIG_DIR: dir});
		const code = await runCli(['reset', '--yes'], t.io);
		return {code, out: t.out(), err: t.err()};
	};

	it('forgets everything in a file it may write', async () => {
		const dir = tempDir();
		open(dir).update(progress => recordAnswer(progress, answer('1')));
		expect(await reset(dir)).toEqual({code: 0, out: `Progress forgotten (${join(dir, 'config.json')}).\n`, err: ''});
		expect(ids(dir)).toEqual([]);
	});

	it('says so when a read-only file kept its progress', async () => {
		const dir = tempDir();
		open(dir).update(progress => recordAnswer(progress, answer('1')));
		chmodSync(join(dir, 'config.json'), 0o444);
		const file = join(dir, 'config.json');
		expect(await reset(dir)).toEqual({code: 1, out: '', err: `${leftAlone(file, 'is read-only')}\nkubetutor: progress in ${file} was not forgotten; see the warning above.\n`});
		expect(ids(dir)).toEqual(['1']);
	});
});

describe('the lock', () => {
	it('left by a process that no longer runs is recognised at once and taken over', () => {
		const dir = tempDir();
		const dead = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']));
		writeFileSync(join(dir, 'config.json.lock'), `${dead} ${hostname()}\n`);
		expect(isStaleLock(join(dir, 'config.json.lock'))).toBe(true);
		open(dir).update(progress => recordAnswer(progress, answer('1')));
		expect(ids(dir)).toEqual(['1']);
		expect(readdirSync(dir)).toEqual(['config.json']);
	});

	it('held by a running tutor, or just created and not yet named, is not stale', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'running.lock'), `${process.pid} ${hostname()}\n`);
		expect(isStaleLock(join(dir, 'running.lock'))).toBe(false);
		writeFileSync(join(dir, 'unnamed.lock'), '');
		expect(isStaleLock(join(dir, 'unnamed.lock'))).toBe(false);
		expect(isStaleLock(join(dir, 'unnamed.lock'), Date.now() + 5_000)).toBe(true);
	});
});

// A tutor saving answers in a loop; it prints each answer's id once update() has returned.
async function buildWriter(dir: string): Promise<string> {
	const script = join(dir, 'writer.mjs');
	await build({
		stdin: {
			contents: `
				import {openProgressStore} from './src/adapters/progress-file-store.ts';
				import {recordAnswer} from './src/core/progress/progress-ops.ts';
				const [name, count] = process.argv.slice(2);
				const store = openProgressStore({env: {KUBETUTOR_CONFIG_DIR: process.env.KUBETUTOR_CONFIG_DIR}});
				for (let i = 0; i < Number(count); i++) {
					const id = name + '-' + i;
					store.update(p => recordAnswer(p, {id, attempt: name, quiz: 'nodeport', question: 'q' + i, at: new Date().toISOString(), correct: i % 2 === 0, given: '1', mode: 'practice'}));
					if (store.warnings.length > 0) throw new Error(store.warnings.join('\\n'));
					process.stdout.write(id + '\\n');
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
	return script;
}

// Each round starts a node process; a busy CI machine makes that slow.
describe('tutors saving at once', {timeout: 120_000}, () => {
	it('lose no answers', async () => {
		const dir = tempDir();
		const script = await buildWriter(dir);
		const store = join(dir, 'store');
		const writer = (name: string) =>
			new Promise<number>((resolve, reject) => {
				const child = spawn(process.execPath, [script, name, '40'], {env: {...process.env, KUBETUTOR_CONFIG_DIR: store}, stdio: ['ignore', 'ignore', 'inherit']});
				child.on('error', reject);
				child.on('exit', code => resolve(code ?? 1));
			});
		expect(await Promise.all([writer('one'), writer('two')])).toEqual([0, 0]);
		const found = ids(store);
		expect(found).toHaveLength(80);
		expect(new Set(found).size).toBe(80);
		expect(readdirSync(store).filter(name => name.includes('corrupt'))).toEqual([]);
	});

	it('lose no saved answer when killed with SIGKILL during saves, again and again', async () => {
		const dir = tempDir();
		const script = await buildWriter(dir);
		const store = join(dir, 'store');
		const reported: string[] = [];
		const KILLS = 15;
		for (let round = 0; round < KILLS; round++) {
			await new Promise<void>((resolve, reject) => {
				const child = spawn(process.execPath, [script, `round${round}`, '100000'], {env: {...process.env, KUBETUTOR_CONFIG_DIR: store}, stdio: ['ignore', 'pipe', 'inherit']});
				let out = '';
				let timer: NodeJS.Timeout | undefined;
				child.stdout.on('data', chunk => {
					out += chunk;
					// Killed a varying while after its first save, so kills land in every step of a save.
					timer ??= setTimeout(() => child.kill('SIGKILL'), 5 + ((round * 37) % 60));
				});
				child.on('error', reject);
				child.on('exit', (_code, signal) => {
					if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed (${signal ?? _code})`));
					reported.push(...out.split('\n').slice(0, -1));
					resolve();
				});
			});
		}
		expect(reported.length).toBeGreaterThan(KILLS);
		const reopened = openProgressStore({env: {KUBETUTOR_CONFIG_DIR: store}});
		expect(reopened.warnings).toEqual([]);
		const found = new Set(reopened.get().answers.map(entry => entry.id));
		expect(reported.filter(id => !found.has(id))).toEqual([]);
		// The next save finds the lock a killed writer left and takes it over.
		reopened.update(progress => recordAnswer(progress, answer('after')));
		expect(reopened.warnings).toEqual([]);
		expect(readdirSync(store).sort()).toEqual(['config.json']);
	});
});
