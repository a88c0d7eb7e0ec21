import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FRAME, PtyRun, sleep} from './pty.js';
import {CLI, ROOT, ensureBuilt, hasTmux, tempConfig} from './tmux.js';

beforeAll(() => {
	ensureBuilt();
}, 120_000);

const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

// Crashes the program from an event callback, as an exception escaping a sandbox command would.
function crashPreload(): string {
	const file = join(tempConfig(), 'crash.mjs');
	writeFileSync(file, "process.on('SIGUSR2', () => { throw new Error('injected crash in the sandbox'); });\n");
	return file;
}

async function expectRestoredAfter(run: PtyRun, act: () => void): Promise<string> {
	await run.waitFor(FRAME);
	await sleep(200);
	const mark = run.out.length;
	act();
	await run.waitFor('END', mark);
	const after = run.out.slice(mark);
	expect(after).toContain(LEAVE_ALT_SCREEN);
	expect(after).toContain(SHOW_CURSOR);
	expect(run.modes()).toEqual(expect.arrayContaining(['echo', 'icanon', 'isig']));
	return after;
}

describe('the terminal is put back (a real pseudo-terminal)', {timeout: 60_000}, () => {
	it.each(['SIGTERM', 'SIGHUP'] as const)('after %s: echo, canonical mode, cursor and the main screen', async signal => {
		const run = new PtyRun();
		await expectRestoredAfter(run, () => process.kill(run.programPid(), signal));
	});

	it('after a crash, with one line saying what happened and no stack trace', async () => {
		const run = new PtyRun(['--import', crashPreload()]);
		const after = await expectRestoredAfter(run, () => process.kill(run.programPid(), 'SIGUSR2'));
		expect(after).toContain('kubetutor hit a problem it cannot recover from: injected crash in the sandbox\r\nYour progress is saved. Start kubetutor again.');
		expect(after).not.toMatch(/\bat .*\.js:\d+/);
		// The message comes after the main screen is back, so it stays visible.
		expect(after.indexOf('kubetutor hit a problem')).toBeGreaterThan(after.lastIndexOf(LEAVE_ALT_SCREEN));
	});

	it('after SIGTERM during a quiz, which is drawn in the main screen', async () => {
		const run = new PtyRun([], ROOT, ['quiz', 'nodeport']);
		await run.waitFor('question 1 of');
		await sleep(200);
		const mark = run.out.length;
		process.kill(run.programPid(), 'SIGTERM');
		await run.waitFor('END', mark);
		expect(run.out.slice(mark)).toContain(SHOW_CURSOR);
		expect(run.modes()).toEqual(expect.arrayContaining(['echo', 'icanon', 'isig']));
	});

	it('after a normal exit (Ctrl+C on an empty line)', async () => {
		const run = new PtyRun();
		await expectRestoredAfter(run, () => run.child.write('\u0003'));
	});
});

// Ctrl+Z needs a shell with job control; tmux shows what the learner sees.
describe('Ctrl+Z and fg (tmux)', {timeout: 60_000}, () => {
	it('suspends to the shell with the terminal put back, and fg resumes with the frame drawn again', async () => {
		expect(hasTmux, 'tmux is not installed').toBe(true);
		const socket = `kubetutor-suspend-${process.pid}`;
		const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
		const screen = () => tmux('capture-pane', '-p', '-t', 'main');
		const waitFor = async (text: string) => {
			for (const start = Date.now(); Date.now() - start < 15_000; await sleep(50)) if (screen().includes(text)) return screen();
			throw new Error(`"${text}" did not appear; screen:\n${screen()}`);
		};
		const config = tempConfig();
		tmux('new-session', '-d', '-s', 'main', '-x', '80', '-y', '24', `env -u NO_COLOR CI=false FORCE_COLOR=0 TERM=xterm-256color KUBETUTOR_CONFIG_DIR=${config} PS1='shell$ ' bash --norc --noprofile -i`);
		try {
			await waitFor('shell$');
			tmux('send-keys', '-t', 'main', '-l', `cd ${ROOT} && node ${CLI} sandbox`);
			tmux('send-keys', '-t', 'main', 'Enter');
			await waitFor(FRAME);
			tmux('send-keys', '-t', 'main', 'C-z');
			let shown = await waitFor('Stopped');
			expect(shown).not.toContain(FRAME);
			tmux('send-keys', '-t', 'main', '-l', "stty -a | tr ' ;' '\\n\\n' | grep -xE 'echo|icanon|isig' | sort | tr '\\n' ' '; echo");
			tmux('send-keys', '-t', 'main', 'Enter');
			shown = await waitFor('echo icanon isig');
			expect(tmux('display', '-p', '-t', 'main', '#{cursor_flag}').trim()).toBe('1');
			tmux('send-keys', '-t', 'main', '-l', 'fg');
			tmux('send-keys', '-t', 'main', 'Enter');
			shown = await waitFor(FRAME);
			expect(shown).toContain('Esc back');
			expect(shown).not.toContain('Stopped');
			// Raw mode is back: keys reach the sandbox, not the shell's line editor.
			tmux('send-keys', '-t', 'main', '-l', 'kubectl get nodes');
			tmux('send-keys', '-t', 'main', 'Enter');
			shown = await waitFor('kind-control-plane');
			expect(shown).toContain(FRAME);
		} finally {
			tmux('kill-server');
		}
	});
});

