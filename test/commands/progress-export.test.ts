import {mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {nodeHasher} from '../../src/adapters/node-hasher.js';
import {openProgressStore} from '../../src/adapters/progress-file-store.js';
import progress from '../../src/commands/progress.js';
import {checkExport} from '../../src/core/classes/export-check.js';
import {recordAnswer, recordTask, markLessonDone} from '../../src/core/progress/progress-ops.js';
import {commandContext} from './command-context.js';

const root = join(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-export-'));
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function learnerWithProgress(): NodeJS.ProcessEnv {
	const env = {KUBETUTOR_CONFIG_DIR: tempDir()};
	const store = openProgressStore({env});
	store.update(p => recordTask(p, 'nodeport', 'reach-nodeport', {passed: true, assisted: true, at: '2026-11-02T10:00:00.000Z'}));
	store.update(p => markLessonDone(p, 'nodeport', '2026-11-02T10:01:00.000Z', true));
	store.update(p => recordAnswer(p, {id: 'a1', attempt: 'r1', quiz: 'nodeport', question: 'default-range', at: '2026-11-02T10:05:00.000Z', correct: false, given: '1', mode: 'practice'}));
	store.update(p => recordAnswer(p, {id: 'a2', attempt: 'e1', quiz: 'nodeport', question: 'which-nodes', at: '2026-11-02T10:06:00.000Z', correct: true, given: '3', mode: 'exam'}));
	return env;
}

async function exportWith(env: NodeJS.ProcessEnv, args: string[]) {
	const run = commandContext({args, env, cwd: root});
	const code = await progress(run.ctx);
	return {code, stdout: run.stdout(), stderr: run.stderr()};
}

describe('kubetutor progress --export', () => {
	it('without a name and without a terminal, says how to give one and exits 2', async () => {
		const file = join(tempDir(), 'ada.json');
		const result = await exportWith(learnerWithProgress(), ['--export', file]);
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(`kubetutor: progress --export needs your name: add --name "Your Name" (it is asked only on a terminal). See 'kubetutor progress --help'.\n`);
	});

	it('writes every outcome with its time and assisted flag, the packs and their hashes, and remembers the name', async () => {
		const env = learnerWithProgress();
		const file = join(tempDir(), 'ada.json');
		const result = await exportWith(env, ['--export', file, '--name', ' Ada \u001b[31mLovelace ']);
		expect(result).toEqual({code: 0, stdout: `Exported the progress of Ada Lovelace (4 outcomes) to ${file}\n`, stderr: ''});
		const record = JSON.parse(readFileSync(file, 'utf8'));
		expect(record.learner).toBe('Ada Lovelace');
		expect(record.tool).toEqual({name: 'kubetutor', version: '0.1.0'});
		expect(record.outcomes).toEqual([
			{kind: 'task', at: '2026-11-02T10:00:00.000Z', passed: true, assisted: true, lesson: 'nodeport', task: 'reach-nodeport'},
			{kind: 'lesson', at: '2026-11-02T10:01:00.000Z', passed: true, assisted: true, lesson: 'nodeport'},
			{kind: 'quiz', at: '2026-11-02T10:05:00.000Z', passed: false, assisted: false, quiz: 'nodeport', question: 'default-range', attempt: 'r1', given: '1'},
			{kind: 'exam', at: '2026-11-02T10:06:00.000Z', passed: true, assisted: false, quiz: 'nodeport', question: 'which-nodes', attempt: 'e1', given: '3'},
		]);
		const pack = record.packs[0];
		expect([pack.id, pack.version]).toEqual(['kubetutor-services', '0.1.0']);
		expect(pack.files['lessons/03-nodeport.md']).toMatch(/^[0-9a-f]{64}$/);
		expect(pack.files['kubetutor-pack.yaml']).toMatch(/^[0-9a-f]{64}$/);
		expect(record.quizzes.find((quiz: {id: string}) => quiz.id === 'nodeport').questions[0]).toEqual({id: 'default-range', tags: ['nodeport', 'ckad:services-networking', 'cka:services-networking']});
		expect(checkExport(record, nodeHasher)).toMatchObject({ok: true});
		// Asked once: the next export needs no --name.
		const again = await exportWith(env, ['--export', file]);
		expect(again.stdout).toBe(`Exported the progress of Ada Lovelace (4 outcomes) to ${file}\n`);
	});

	it('a hand-edited export is flagged by its digest, and by its HMAC even when the digest is recomputed', async () => {
		const file = join(tempDir(), 'ada.json');
		await exportWith(learnerWithProgress(), ['--export', file, '--name', 'Ada', '--class-key', 'k8s-class-2026']);
		const record = JSON.parse(readFileSync(file, 'utf8'));
		expect(checkExport(record, nodeHasher, 'k8s-class-2026')).toMatchObject({ok: true, signed: true});
		expect(checkExport(record, nodeHasher, 'another-key')).toEqual({ok: false, problem: 'tampered', reason: 'its HMAC does not match the class key (edited, or made with another key)'});
		record.outcomes[2].passed = true;
		expect(checkExport(record, nodeHasher, 'k8s-class-2026')).toEqual({ok: false, problem: 'tampered', reason: 'its integrity digest does not match its content (edited after export)'});
		const {integrity: _old, ...body} = record;
		const {canonicalJson} = await import('../../src/core/canonical-json.js');
		record.integrity.digest = `sha256:${nodeHasher.sha256(canonicalJson(body))}`;
		expect(checkExport(record, nodeHasher)).toMatchObject({ok: true});
		expect(checkExport(record, nodeHasher, 'k8s-class-2026')).toMatchObject({ok: false, problem: 'tampered'});
	});

	it('never writes through a symbolic link', async () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'target'), 'keep me');
		symlinkSync(join(dir, 'target'), join(dir, 'ada.json'));
		const result = await exportWith(learnerWithProgress(), ['--export', join(dir, 'ada.json'), '--name', 'Ada']);
		expect(result.code).toBe(1);
		expect(result.stderr).toBe(`kubetutor: progress not exported: ${join(dir, 'ada.json')} is a symbolic link; not written\n`);
		expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('keep me');
	});

	it('on a terminal, asks for the name once and remembers it', async () => {
		const env = learnerWithProgress();
		const file = join(tempDir(), 'ada.json');
		const asked = commandContext({args: ['--export', file], env, cwd: root, input: 'Grace Hopper\n', stdinIsTTY: true});
		expect(await progress(asked.ctx)).toBe(0);
		expect(asked.stdout()).toBe(`Your name, as your instructor should see it: Exported the progress of Grace Hopper (4 outcomes) to ${file}\n`);
		expect(openProgressStore({env}).get().learner?.name).toBe('Grace Hopper');
	});

	it('--name without --export is a usage error', async () => {
		const result = await exportWith(learnerWithProgress(), ['--name', 'Ada']);
		expect(result).toEqual({code: 2, stdout: '', stderr: "kubetutor: --name and --class-key go with --export FILE. See 'kubetutor progress --help'.\n"});
	});
});
