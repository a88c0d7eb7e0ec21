/** The real kubectl v1.33 client the machine image ships (inside the Google Cloud CLI), if any. */
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, realpathSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

function locate(): string | undefined {
	const which = spawnSync('sh', ['-c', 'command -v kubectl'], {encoding: 'utf8'});
	const plain = which.stdout.trim();
	if (which.status !== 0 || !plain) return undefined;
	const candidate = join(dirname(realpathSync(plain)), 'kubectl.1.33');
	return spawnSync(candidate, ['version', '--client'], {encoding: 'utf8'}).status === 0 ? candidate : undefined;
}

export const REAL_KUBECTL = locate();

export interface RealRun {
	stdout: string;
	stderr: string;
	exitCode: number;
}

/** Runs the real client in a folder holding `files`, with no kubeconfig (so no server is ever reached). */
export function runReal(args: readonly string[], files: Record<string, string>): RealRun {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-real-kubectl-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), {recursive: true});
		writeFileSync(join(dir, path), text);
	}
	const result = spawnSync(REAL_KUBECTL ?? 'false', args, {cwd: dir, encoding: 'utf8', env: {PATH: '/usr/bin:/bin', HOME: dir, KUBECONFIG: join(dir, 'no-kubeconfig')}});
	return {stdout: result.stdout, stderr: result.stderr, exitCode: result.status ?? -1};
}

/** A single-quoted shell word, for typing the same argv into the sandbox's shell. */
export function shellQuote(word: string): string {
	return /^[-\w.,/:=@]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
