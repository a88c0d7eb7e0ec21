import {readFileSync} from 'node:fs';
import {StringDecoder} from 'node:string_decoder';
import pty from '@lydell/node-pty';
import {CLI, ROOT, tempConfig} from './tmux.js';

export const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
export const FRAME = 'Sandbox — simulated kind cluster';

/** The program in a real pseudo-terminal under sh, which prints `stty -a` of the same terminal after it. */
export class PtyRun {
	readonly child: pty.IPty;
	/** What the terminal received, decoded as UTF-8. */
	out = '';
	/** The same, byte for byte. */
	readonly bytes: Buffer[] = [];
	private readonly decoder = new StringDecoder('utf8');

	constructor(nodeArgs: string[] = [], cwd = ROOT, args = ['sandbox']) {
		const config = tempConfig();
		const script = `node ${nodeArgs.join(' ')} ${CLI} ${args.join(' ')}; echo; echo "STTY: $(stty -a | tr '\\n' ' ')"; echo END`;
		this.child = pty.spawn('/bin/sh', ['-c', script], {
			name: 'xterm-256color',
			cols: 80,
			rows: 24,
			cwd,
			env: {...process.env, CI: 'false', FORCE_COLOR: '0', TERM: 'xterm-256color', XDG_CONFIG_HOME: config, KUBETUTOR_CONFIG_DIR: config},
			encoding: null,
		});
		this.child.onData(data => {
			const chunk = Buffer.from(data as unknown as Uint8Array);
			this.bytes.push(chunk);
			this.out += this.decoder.write(chunk);
		});
	}

	/** The kubetutor process: sh's child. */
	programPid(): number {
		const children = readFileSync(`/proc/${this.child.pid}/task/${this.child.pid}/children`, 'utf8').trim();
		return Number(children.split(/\s+/)[0]);
	}

	async waitFor(text: string, from = 0, ms = 15_000): Promise<void> {
		for (const start = Date.now(); Date.now() - start < ms; await sleep(25)) if (this.out.indexOf(text, from) >= 0) return;
		throw new Error(`"${text}" did not appear; output:\n${JSON.stringify(this.out.slice(from))}`);
	}

	/** The terminal modes sh found after the program ended. */
	modes(): string[] {
		return /STTY: (.*)/.exec(this.out)?.[1]?.split(/[\s;]+/) ?? [];
	}
}
