import {describe, expect, it} from 'vitest';
import {runCli} from '../../src/cli/main.js';
import {VERSION} from '../../src/cli/version.js';
import {cliIo} from './cli-io.js';

const io = cliIo;

describe('runCli', () => {
	it('prints the version from package.json', async () => {
		const t = io();
		expect(await runCli(['--version'], t.io)).toBe(0);
		expect(t.out()).toBe(`${VERSION}\n`);
		expect(VERSION).toBe('0.1.0');
	});

	it('lists every command of the contract in --help', async () => {
		const t = io();
		expect(await runCli(['--help'], t.io)).toBe(0);
		for (const command of ['lesson', 'quiz', 'sandbox', 'progress', 'reset', 'validate', 'help']) expect(t.out()).toMatch(new RegExp(`^  ${command} `, 'm'));
		expect(t.out()).toContain('--content DIR');
	});

	it('exits 2 with one line on stderr for a usage error', async () => {
		const t = io();
		expect(await runCli(['lesons'], t.io)).toBe(2);
		expect(t.err()).toBe(`kubetutor: unknown command "lesons". Did you mean "lesson"? See 'kubetutor --help'.\n`);
		expect(t.out()).toBe('');
	});

	it('refuses a sandbox or lesson size outside 1 to 100 workers with a usage error', async () => {
		const t = io();
		expect(await runCli(['sandbox', '--workers', '0'], t.io)).toBe(2);
		expect(await runCli(['lesson', 'clusterip', '--workers=abc'], t.io)).toBe(2);
		expect(t.err()).toBe(
			`kubetutor sandbox: --workers needs a whole number from 1 to 100, got "0". Usage: kubetutor sandbox [--script FILE] [--seed N] [--cloud none] [--workers N] (see 'kubetutor sandbox --help')\n` +
				`kubetutor lesson: --workers needs a whole number from 1 to 100, got "abc". Usage: kubetutor lesson [ID] [--script FILE] [--seed N] [--workers N] (see 'kubetutor lesson --help')\n`,
		);
	});

	it('prints an unknown lesson as a message with exit 1', async () => {
		const t = io({KUBETUTOR_CONFIG_DIR: '/nonexistent/kubetutor-test'});
		expect(await runCli(['lesson', 'no-such-lesson', '--plain'], t.io)).toBe(1);
		expect(t.err()).toContain(`kubetutor: no lesson "no-such-lesson". Run 'kubetutor lesson' to list them.\n`);
	});

	it('prints a lesson with tables as plain text, without escape codes, within the width', async () => {
		// The suite runs with FORCE_COLOR=0; a learner's terminal may well have colour on.
		const saved = process.env.FORCE_COLOR;
		process.env.FORCE_COLOR = '1';
		const t = io({KUBETUTOR_CONFIG_DIR: '/nonexistent/kubetutor-test'});
		try {
			expect(await runCli(['lesson', 'choosing-a-type', '--plain'], t.io)).toBe(0);
		} finally {
			process.env.FORCE_COLOR = saved;
		}
		expect(t.out()).toContain('Choosing a Service type');
		expect(t.out()).toContain('+--');
		expect(t.out()).not.toMatch(/\x1b\[/);
		const widest = Math.max(...t.out().split('\n').map(line => [...line].length));
		expect(widest).toBeLessThanOrEqual(80);
	});
});
