import {spawnSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {loadAllContent} from '../../src/adapters/content-files.js';
import {expandTabs} from '../../src/core/app/wrap-text.js';
import {plainInline} from '../../src/core/content/inline-code.js';
import {parseTasks} from '../../src/core/lessons/parse-tasks.js';
import {goalOf} from '../../src/core/practice/practice-session.js';
import type {Task} from '../../src/core/lessons/task.js';
import {CLI, ROOT, TmuxSession, ensureBuilt} from './tmux.js';

// Issue #10: every hint and solution of every shipped task can be read in full on a small
// terminal, lessons lose no character of their code, and a lesson's cluster and tasks survive a
// restart. These journeys drive the built program in tmux and read the screen as a learner would.

beforeAll(() => {
	ensureBuilt();
}, 120_000);

const lessons = loadAllContent([], ROOT).lessons.map(lesson => ({id: lesson.id, tasks: parseTasks(lesson.tasks).tasks}));
const squeeze = (text: string) => text.replace(/\s+/g, '');
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** Waits until the screen stops changing after a key, so the next read sees its result. */
async function settled(session: TmuxSession): Promise<string> {
	let last = session.screen();
	for (let quiet = 0; quiet < 3; ) {
		await sleep(80);
		const now = session.screen();
		quiet = now === last ? quiet + 1 : 0;
		last = now;
	}
	return last;
}

async function press(session: TmuxSession, ...keys: string[]): Promise<string> {
	for (const key of keys) {
		session.keys(key);
		await settled(session);
	}
	return session.screen();
}

/**
 * The whole task checklist, read through the panel: scrolled with `]` while its marker says there
 * is more (`▼ lines 1–6 of 14`), each line put at its place.
 */
async function checklist(session: TmuxSession, rows: number): Promise<string[]> {
	const all: string[] = [];
	// From its first line: after a reveal the panel shows the solution, below the hints.
	for (let turn = 0; turn < 30 && /[▼▲] lines (?!1–)\d+–/.test(session.screen()); turn++) await press(session, '[');
	for (let turn = 0; turn < 60; turn++) {
		const lines = session.screen().split('\n');
		const head = lines.findIndex(line => line.trimStart().startsWith('Tasks: '));
		expect(head, `no task panel on screen:\n${lines.join('\n')}`).toBeGreaterThan(0);
		const marker = lines.findIndex(line => /[▼▲] lines \d+–\d+ of \d+/.test(line));
		if (marker < 0) return lines.slice(head + 1, rows - 3).map(line => line.trim());
		const [, from, to, total] = /lines (\d+)–(\d+) of (\d+)/.exec(lines[marker])!.map(Number);
		lines.slice(marker - (to - from + 1), marker).forEach((line, index) => (all[from - 1 + index] = line.trim()));
		if (to >= total) return all;
		await press(session, ']');
	}
	throw new Error('the task panel never reached its end');
}

/** Types a task's solution into the sandbox, line by line, and comes back to the lesson. */
async function solve(session: TmuxSession, task: Task): Promise<void> {
	await press(session, 's');
	for (const line of task.solution.trimEnd().split('\n')) {
		session.text(line);
		await press(session, 'Enter');
		// A command that stays in the foreground (`sleep 10` runs on the wall clock) is waited for.
		for (const start = Date.now(); session.screen().includes('Ctrl+C stop') && Date.now() - start < 60_000; ) await sleep(200);
	}
	await press(session, 'Escape');
}

/** Pages through the lesson text: no line is cut with …, and every page fits the screen. */
async function readLesson(session: TmuxSession, rows: number): Promise<string[]> {
	const seen: string[] = [];
	for (let turn = 0; turn < 80; turn++) {
		const lines = session.screen().split('\n');
		const head = lines.findIndex(line => line.trimStart().startsWith('Tasks: '));
		const text = lines.slice(1, head > 0 ? head : rows - 3);
		for (const line of text) expect(line.trimEnd(), `a lesson line is cut off:\n${lines.join('\n')}`).not.toMatch(/…$/);
		seen.push(...text);
		const page = /page (\d+) of (\d+)/.exec(lines[0]);
		if (!page || page[1] === page[2]) return seen;
		await press(session, 'NPage');
	}
	throw new Error('the lesson never reached its last page');
}

for (const size of [{columns: 80, rows: 24}, {columns: 60, rows: 20}]) {
	describe(`every hint and solution at ${size.columns}x${size.rows} (tmux)`, {timeout: 240_000}, () => {
		let session: TmuxSession | undefined;
		afterEach(() => {
			session?.kill();
			session = undefined;
		});

		for (const lesson of lessons) {
			it(`lesson ${lesson.id}: the text loses no character, and each task's hints and solution show in full`, async () => {
				session = new TmuxSession(['lesson', lesson.id], size);
				await session.waitFor('page 1 of', 30_000);
				await session.waitFor(' done · c check', 30_000);
				const text = await readLesson(session, size.rows);
				if (lesson.id === 'externalname') expect(text.join('\n')).toContain('Server:         10.96.0.10');
				await press(session, 'g');
				for (const [index, task] of lesson.tasks.entries()) {
					let screen = '';
					for (let hint = 1; hint <= Math.min(task.hints.length, 3); hint++) {
						screen = await press(session, 'h');
						expect(screen).toContain(`Hint ${hint} of ${Math.min(task.hints.length, 3)} shown below.`);
					}
					screen = await press(session, 'r');
					expect(screen).toContain('Solution shown below: this task will count as assisted.');
					const shown = squeeze((await checklist(session, size.rows)).join(' '));
					for (const hint of task.hints.slice(0, 3)) expect(shown, `hint of ${task.id} not in full`).toContain(squeeze(plainInline(hint)));
					for (const line of task.solution.trimEnd().split('\n')) expect(shown, `solution line of ${task.id} not in full`).toContain(squeeze(expandTabs(line)));
					await solve(session, task);
					await session.waitFor(`Tasks: ${index + 1} of ${lesson.tasks.length} done`, 30_000);
				}
				session.keys('q');
				await session.waitFor('EXIT=0', 30_000);
			});
		}
	});
}

function progressJson(config: string): {lessons: Record<string, {tasks: Record<string, {passed: boolean; assisted: boolean}>; sandbox?: {steps: unknown[]}}>} {
	const env = {...process.env, CI: 'false', FORCE_COLOR: '0', XDG_CONFIG_HOME: config, KUBETUTOR_CONFIG_DIR: config};
	const run = spawnSync(process.execPath, [CLI, 'progress', '--json'], {cwd: ROOT, env, encoding: 'utf8'});
	return JSON.parse(run.stdout);
}

describe('quitting in the middle of a lesson (tmux)', {timeout: 240_000}, () => {
	let session: TmuxSession | undefined;
	afterEach(() => {
		session?.kill();
		session = undefined;
	});

	it('lesson troubleshooting keeps its cluster and tasks; assisted is recorded exactly where the solution was shown', async () => {
		const [first, second, third] = lessons.find(lesson => lesson.id === 'troubleshooting')!.tasks;
		session = new TmuxSession(['lesson', 'troubleshooting']);
		await session.waitFor(' done · c check', 30_000);
		// The first task by hand; the second after revealing its solution; the third half done.
		await solve(session, first);
		await session.waitFor('Tasks: 1 of 5 done', 30_000);
		await press(session, 'r');
		await solve(session, second);
		await session.waitFor('Tasks: 2 of 5 done', 30_000);
		await press(session, 's');
		session.text('kubectl create configmap half-done --from-literal=step=1');
		await press(session, 'Enter');
		await session.waitFor('configmap/half-done created', 30_000);
		await press(session, 'Escape', 'q');
		await session.waitFor('EXIT=0', 30_000);
		session.kill();

		session = new TmuxSession(['lesson', 'troubleshooting'], {columns: 80, rows: 24}, session.config);
		let screen = await session.waitFor('Tasks: 2 of 5 done', 30_000);
		expect(screen).toContain(`✓ done  ${plainInline(goalOf(first))}`.slice(0, 70));
		expect(screen).toContain(`✓ assisted  ${plainInline(goalOf(second))}`.slice(0, 70));
		expect(screen).toContain(`✗ to do  ${plainInline(goalOf(third))}`.slice(0, 70));
		await press(session, 's');
		session.text('kubectl get configmap half-done -o name');
		await press(session, 'Enter');
		screen = await session.waitFor('configmap/half-done\n', 30_000);
		expect(screen).toContain('commands replayed; R in the lesson resets it');
		await press(session, 'Escape', 'q');
		await session.waitFor('EXIT=0', 30_000);

		const progress = progressJson(session.config).lessons.troubleshooting;
		expect(progress.tasks).toEqual({
			[first.id]: expect.objectContaining({passed: true, assisted: false}),
			[second.id]: expect.objectContaining({passed: true, assisted: true}),
		});
	});

	it('lesson loadbalancer keeps a LoadBalancer left before it had its IP, and the task passes once it has', async () => {
		session = new TmuxSession(['lesson', 'loadbalancer']);
		await session.waitFor(' done · c check', 30_000);
		await press(session, 's');
		// Typed and left at once: the cloud has not given the address yet.
		session.text('kubectl expose deployment store --type=LoadBalancer --port=80');
		session.keys('Enter');
		// Simulated time moves only with the next command: the Service is left with <pending>.
		await session.waitFor('service/store exposed', 30_000);
		await press(session, 'Escape', 'q');
		await session.waitFor('EXIT=0', 30_000);
		session.kill();
		expect(progressJson(session.config).lessons.loadbalancer.sandbox?.steps).toEqual([expect.objectContaining({run: 'kubectl expose deployment store --type=LoadBalancer --port=80'})]);

		session = new TmuxSession(['lesson', 'loadbalancer'], {columns: 80, rows: 24}, session.config);
		await session.waitFor('Tasks: 0 of 1 done', 30_000);
		await sleep(1500);
		await press(session, 'c');
		await session.waitFor('Tasks: 1 of 1 done', 30_000);
		await press(session, 's');
		session.text('kubectl get svc store');
		await press(session, 'Enter');
		await session.waitFor('172.18.255.200', 30_000);
		await press(session, 'Escape', 'q');
		await session.waitFor('EXIT=0', 30_000);
		const [task] = lessons.find(lesson => lesson.id === 'loadbalancer')!.tasks;
		expect(progressJson(session.config).lessons.loadbalancer.tasks).toEqual({[task.id]: expect.objectContaining({passed: true, assisted: false})});
	});
});
