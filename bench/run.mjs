#!/usr/bin/env node
// `npm run bench`: time to first frame of the built CLI in a pseudo-terminal, next to `node -e 0`
// timed the same way in the same run (the method of shared/tools/ttff.py), the packed tarball's
// size, and the simulator bench when bench/cluster.mjs is present. Prints figures; never fails.
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import pty from '@lydell/node-pty';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 2;
const TIMEOUT_MS = 20_000;
const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS'];
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

const config = mkdtempSync(join(tmpdir(), 'kubetutor-bench-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CI_VARS.includes(key)));
Object.assign(env, {TERM: 'xterm-256color', XDG_CONFIG_HOME: config, KUBETUTOR_CONFIG_DIR: config});

/** One run: ms from just before spawn until `marker` shows (or, with no marker, until exit). */
function once(args, marker) {
	return new Promise(resolve => {
		const start = performance.now();
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env});
		let out = '';
		let done = false;
		const finish = value => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			try {
				child.kill();
			} catch {}
			resolve(value);
		};
		const timer = setTimeout(() => finish(undefined), TIMEOUT_MS);
		child.onData(data => {
			out += data;
			if (marker && out.replace(ANSI, '').includes(marker)) finish(performance.now() - start);
		});
		child.onExit(() => finish(marker ? undefined : performance.now() - start));
	});
}

function summary(label, times) {
	const sorted = times.filter(ms => ms !== undefined).sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	console.log(`${label.padEnd(34)} median ${median.toFixed(1).padStart(7)} ms   min ${(sorted[0] ?? NaN).toFixed(1).padStart(7)}   max ${(sorted.at(-1) ?? NaN).toFixed(1).padStart(7)}   (${sorted.length}/${RUNS} ok)`);
	return median;
}

/**
 * The cases take turns within each round, so a machine busy with other work slows all of them
 * alike and the ratio stays meaningful.
 */
async function measureInTurns(cases) {
	const times = cases.map(() => []);
	for (let round = 0; round < WARMUP + RUNS; round++) {
		for (const [index, {args, marker}] of cases.entries()) {
			const ms = await once(args, marker);
			if (round >= WARMUP) times[index].push(ms);
		}
	}
	return cases.map(({label}, index) => summary(label, times[index]));
}

if (!existsSync(CLI)) {
	console.log('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
	process.exit(0);
}

console.log(`Time to first frame in a 100x30 pseudo-terminal, ${RUNS} runs after ${WARMUP} warm-ups`);
const [baseline, title, home] = await measureInTurns([
	{label: 'node -e 0 (until exit)', args: ['-e', '0'], marker: ''},
	{label: 'kubetutor: first frame (title)', args: [CLI], marker: 'Kubernetes Services, hands on'},
	{label: 'kubetutor: home with lessons', args: [CLI], marker: 'Sandbox: a simulated kind cluster'},
]);
console.log(`ratio first frame / node -e 0:  ${(title / baseline).toFixed(2)}x   (target ≤ 3x)`);
console.log(`ratio full home / node -e 0:    ${(home / baseline).toFixed(2)}x`);

try {
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}));
	console.log(`npm pack: ${(pack.size / 1024).toFixed(0)} KiB tarball (${(pack.size / 1024 / 1024).toFixed(2)} MB; target < 1.5 MB), ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files`);
} catch (error) {
	console.log(`npm pack --dry-run failed: ${String(error).split('\n')[0]}`);
}

// The simulator's own bench (large clusters) lives beside this file when it is there.
const cluster = join(ROOT, 'bench', 'cluster.mjs');
if (existsSync(cluster)) await import(pathToFileURL(cluster).href);
