import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

/** The journeys run the built program; `npm test` builds first, a lone run builds here. */
export function ensureBuilt(): void {
	if (!existsSync(CLI)) execFileSync('npx', ['tsup'], {cwd: ROOT, stdio: 'ignore'});
}

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A journey without tmux fails, loudly, rather than passing with nothing checked. */
export function requireTmux(): void {
	if (!hasTmux) throw new Error('tmux is not installed, so the terminal journeys cannot run: apt-get install tmux (or run .ci/run)');
}

export function tempConfig(): string {
	return mkdtempSync(join(tmpdir(), 'kubetutor-e2e-'));
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

// A tmux server of our own, so other tmux users on the machine and a server shutting down after
// the previous test's last session cannot disturb these sessions.
const SOCKET = `kubetutor-e2e-${process.pid}`;

function tmux(args: string[], options: {encoding?: 'utf8'} = {}): string {
	return execFileSync('tmux', ['-L', SOCKET, ...args], {cwd: ROOT, encoding: 'utf8', ...options, stdio: ['ignore', 'pipe', 'pipe']});
}

/** One program in a detached tmux session of a fixed size, read back with capture-pane. */
export class TmuxSession {
	readonly name = `kt-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

	/** `config` is the progress folder: pass one to start again where an earlier session left off. */
	constructor(args: string[], size: {columns: number; rows: number} = {columns: 80, rows: 24}, readonly config = tempConfig()) {
		requireTmux();
		const env = `env -u CI -u NO_COLOR CI=false FORCE_COLOR=0 TERM=xterm-256color LANG=C.UTF-8 XDG_CONFIG_HOME=${config} KUBETUTOR_CONFIG_DIR=${config}`;
		const quoted = args.map(arg => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
		// After the program: its status, and whether the terminal echoes typed keys again.
		const command = `${env} node ${CLI} ${quoted}; echo EXIT=$?; stty -a | tr ' ;' '\\n\\n' | grep -qx echo && echo ECHO=on; sleep 60`;
		const newSession = ['new-session', '-d', '-s', this.name, '-x', String(size.columns), '-y', String(size.rows), command];
		for (let attempt = 1; ; attempt++) {
			try {
				tmux(newSession);
				return;
			} catch (error) {
				// The server may be exiting after the last session closed: start it again.
				if (attempt >= 3) throw error;
				spawnSync('sleep', ['0.2']);
			}
		}
	}

	screen(): string {
		return tmux(['capture-pane', '-p', '-t', this.name]);
	}

	async waitFor(text: string, ms = 15_000): Promise<string> {
		for (const start = Date.now(); Date.now() - start < ms; await sleep(50)) {
			const screen = this.screen();
			if (screen.includes(text)) return screen;
		}
		throw new Error(`"${text}" did not appear; screen:\n${this.screen()}`);
	}

	/** Sends tmux key names (Down, Enter, Escape, PPage, NPage, C-c) or literal text. */
	keys(...keys: string[]): void {
		tmux(['send-keys', '-t', this.name, ...keys]);
	}

	text(text: string): void {
		tmux(['send-keys', '-t', this.name, '-l', text]);
	}

	cursorVisible(): boolean {
		return tmux(['display', '-p', '-t', this.name, '#{cursor_flag}']).trim() === '1';
	}

	resize(columns: number, rows: number): void {
		tmux(['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
	}

	kill(): void {
		spawnSync('tmux', ['-L', SOCKET, 'kill-session', '-t', this.name]);
	}
}
