import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {TmuxSession, ensureBuilt, hasTmux} from './tmux.js';

describe('the exam journey', () => {
	it('has tmux to run in', () => {
		expect(hasTmux, 'tmux is not installed: apt-get install tmux (or run .ci/run)').toBe(true);
	});
});

beforeAll(() => {
	ensureBuilt();
}, 120_000);

// Seed 3 draws anchor (a targetPort), nimbus (an Ingress pathType), cipher and porthole first.
describe('a hands-on exam in a terminal (tmux, 80x24)', {timeout: 90_000}, () => {
	let session: TmuxSession | undefined;
	afterEach(() => {
		session?.kill();
		session = undefined;
	});

	it('starts an exam, solves two tasks, flags one, submits and reads the results', async () => {
		session = new TmuxSession(['exam', '--seed', '3', '--tasks', '4']);
		let screen = await session.waitFor('Exam · Task 1/4 · 4 pts · ns anchor');
		expect(screen).toMatch(/⏱ (1:00:00|59:\d\d) left/);
		expect(screen).toContain('In namespace anchor, http://anchor/ from the client pod is refused');
		expect(screen).toContain('Ctrl+X submit · Ctrl+N next · Ctrl+P prev · Ctrl+F flag · Ctrl+T task text');
		session.text(`kubectl -n anchor patch service anchor --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":80}]'`);
		session.keys('Enter');
		await session.waitFor('service/anchor patched');
		session.text('check');
		session.keys('Enter');
		await session.waitFor('  ✓ passes');
		session.keys('C-n');
		screen = await session.waitFor('Exam · Task 2/4 · 4 pts · ns nimbus');
		session.keys('C-f');
		screen = await session.waitFor('Task 2 flagged for review');
		expect(screen).toContain('ns nimbus · flagged');
		session.text(`kubectl -n nimbus patch ingress nimbus --type=json -p '[{"op":"replace","path":"/spec/rules/0/http/paths/0/pathType","value":"Prefix"}]'`);
		session.keys('Enter');
		await session.waitFor('ingress.networking.k8s.io/nimbus patched');
		session.keys('C-x');
		await session.waitFor('Submit now? Every task is graded as the cluster stands.');
		session.text('y');
		screen = await session.waitFor('Exam results: 53% (8 of 15 points)');
		expect(screen).toContain('Troubleshooting: 8 of 15 (53%)');
		expect(screen).toMatch(/› +1 ✓ passed +4p Service anchor refuses connections/);
		expect(screen).toMatch(/ +2 ✓ passed +4p \[flagged\] nimbus.example.com/);
		expect(screen).toMatch(/ +3 ✗ failed +4p Service cipher points at a port name/);
		session.text('j');
		session.text('j');
		screen = await session.waitFor('Task 3 · Troubleshooting · 4 points · namespace cipher: not passed');
		expect(screen).toContain('Still wrong:');
		expect(screen).toContain('its targetPort "http" names no container');
		expect(screen).toContain('Reference solution:');
		session.text('q');
		screen = await session.waitFor('EXIT=0');
		expect(screen).toContain('Score: 8 of 15 (53%)');
	});
});
