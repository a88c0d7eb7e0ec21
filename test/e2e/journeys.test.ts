import {spawnSync} from 'node:child_process';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {CLI, ROOT, TmuxSession, ensureBuilt, hasTmux, tempConfig} from './tmux.js';

// The journeys need tmux (.ci/run installs it): without it the suite fails here instead of
// passing with the journeys silently left out.
describe('the terminal journeys', () => {
	it('have tmux to run in', () => {
		expect(hasTmux, 'tmux is not installed: apt-get install tmux (or run .ci/run)').toBe(true);
	});
});

beforeAll(() => {
	ensureBuilt();
}, 120_000);

function runPlain(args: string[], input?: string, extraEnv: NodeJS.ProcessEnv = {}) {
	const config = tempConfig();
	const env: NodeJS.ProcessEnv = {...process.env, CI: 'false', FORCE_COLOR: '0', XDG_CONFIG_HOME: config, KUBETUTOR_CONFIG_DIR: config, COLUMNS: '80'};
	delete env.NO_COLOR;
	Object.assign(env, extraEnv);
	return spawnSync(process.execPath, [CLI, ...args], {cwd: ROOT, env, encoding: 'utf8', ...(input === undefined ? {stdio: ['ignore', 'pipe', 'pipe']} : {input})});
}

// A busy machine (CI runs every test file at once) can slow the real program down a lot.
describe('in a terminal (tmux)', {timeout: 60_000}, () => {
	let session: TmuxSession | undefined;
	afterEach(() => {
		session?.kill();
		session = undefined;
	});

	it('starts on the home, opens a lesson, pages, goes back and quits with status 0 and the cursor visible', async () => {
		session = new TmuxSession([]);
		let screen = await session.waitFor('Sandbox: a simulated kind cluster');
		expect(screen).toContain('kubetutor 0.1.0 — Kubernetes Services, hands on');
		expect(screen).toMatch(/Start here: .+/);
		expect(screen).toMatch(/Quizzes: \d+ topics?, \d+ questions/);
		expect(screen.split('\n').filter(line => line.trim()).length).toBeLessThanOrEqual(23);
		session.keys('Enter');
		screen = await session.waitFor('page 1 of');
		expect(screen).toMatch(/Lesson 1\/\d+: /);
		session.keys('NPage');
		await session.waitFor('page 2 of');
		session.keys('Escape');
		await session.waitFor('Continue where you left off');
		session.keys('q');
		await session.waitFor('EXIT=0');
		expect(session.cursorVisible()).toBe(true);
	});

	it('restores the terminal after Ctrl+C', async () => {
		session = new TmuxSession([]);
		await session.waitFor('Sandbox: a simulated kind cluster');
		session.keys('C-c');
		await session.waitFor('EXIT=0');
		await session.waitFor('ECHO=on');
		expect(session.cursorVisible()).toBe(true);
	});

	it('stays legible at 60x20 and follows a resize', async () => {
		session = new TmuxSession(['lesson', 'fixture-services', '--content', 'test/fixtures/pack'], {columns: 60, rows: 20});
		let screen = await session.waitFor('page 1 of');
		for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
		expect(screen).toContain('Pods come and go');
		session.resize(100, 30);
		// The header spans the new width and the text is re-wrapped for it.
		screen = await session.waitFor(' address. Clients cannot keep track of that');
		expect(Math.max(...screen.split('\n').map(line => line.trimEnd().length))).toBe(100);
	});

	it('keeps "? help" and "q quit" in a 60-column footer and fits every key in the help at 20 rows', async () => {
		session = new TmuxSession(['lesson', 'fixture-services', '--content', 'test/fixtures/pack'], {columns: 60, rows: 20});
		let screen = await session.waitFor('page 1 of');
		expect(screen).toContain('PgDn/Space page · n/p lesson · Esc back · ? help · q quit');
		session.keys('?');
		screen = await session.waitFor('Keys on this screen');
		expect(screen).toContain('Esc back · q/Ctrl+C quit');
		expect(screen).toContain('n/p         next / previous lesson');
		expect(screen).toContain("R           reset this lesson's cluster (asks first)");
	});
});

describe('without a terminal', {timeout: 60_000}, () => {
	it('prints a lesson rendered, with the diagram in ASCII (lesson ID --plain)', () => {
		const result = runPlain(['lesson', 'fixture-services', '--plain', '--content', 'test/fixtures/pack']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Fixture - Pods and Services\n===========================\n');
		expect(result.stdout).toContain('  * labels mark the Pods, like app: web\n');
		expect(result.stdout).toContain('  | client | --> | Service :80   | --> | Pod A |\n');
		expect(result.stdout).toContain("[1] Manifest: try it in 'kubetutor sandbox' with kubectl apply -f -\n    apiVersion: v1\n");
		expect(result.stdout).not.toMatch(/\*\*|```|^#|│|\u001b/m);
	});

	it('shows the plain home when stdin is not a terminal, never Ink’s raw-mode error', () => {
		const result = runPlain([], '');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('kubetutor 0.1.0 — Kubernetes Services, hands on, with a simulated cluster');
		expect(result.stdout).toMatch(/Lessons \(0 of \d+ done\):/);
		expect(result.stdout).toContain('Sandbox: kubetutor sandbox');
		expect(result.stdout + result.stderr).not.toMatch(/Raw mode|ERROR|at .*\.js:\d+/);
	});

	it('reads lesson numbers from stdin in the plain home', () => {
		const result = runPlain(['--content', 'test/fixtures/pack'], 'fixture-second\nq\n');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Fixture - Second lesson\n=======================\nThe lesson after the first.\n\nSecond lesson\n\nThis is the second fixture lesson.\n');
	});

	it('prints the version, and exits 2 with a one-line hint for an unknown flag', () => {
		expect(runPlain(['--version']).stdout).toBe('0.1.0\n');
		const bad = runPlain(['--colour']);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toBe(`kubetutor: unknown flag "--colour". See 'kubetutor --help'.\n`);
	});

	it('prints plain lessons without escape codes, even where colour is forced, with NO_COLOR or --no-color', () => {
		const args = ['lesson', 'fixture-services', '--plain', '--content', 'test/fixtures/pack'];
		// Plain mode is for screen readers, pipes and dumb terminals: never escape codes (lesson-print.ts).
		expect(runPlain(args, undefined, {FORCE_COLOR: '1'}).stdout).not.toContain('\u001b[');
		expect(runPlain(args, undefined, {FORCE_COLOR: '1', NO_COLOR: '1'}).stdout).not.toContain('\u001b[');
		expect(runPlain([...args, '--no-color'], undefined, {FORCE_COLOR: '1'}).stdout).not.toContain('\u001b[');
	});

	it('opens a lesson by the number the list shows (kubetutor lesson 11 --plain)', () => {
		const number = /(\d+)\. fixture-second/.exec(runPlain(['lesson', '--content', 'test/fixtures/pack']).stdout)![1];
		const result = runPlain(['lesson', number, '--plain', '--content', 'test/fixtures/pack']);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(runPlain(['lesson', 'fixture-second', '--plain', '--content', 'test/fixtures/pack']).stdout);
		expect(runPlain(['lesson', '99', '--plain', '--content', 'test/fixtures/pack']).stderr).toContain('kubetutor: no lesson "99".');
	});

	it('lists lessons with completion marks', () => {
		const result = runPlain(['lesson', '--content', 'test/fixtures/pack']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^\[ \] to do +\d+\. fixture-services +Fixture — Pods and Services$/m);
	});
});
