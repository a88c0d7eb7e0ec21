#!/usr/bin/env node
// `npm run bench`: every figure of issue 13 in one table, each next to its reference measured in
// the same run and its target. Prints figures; never fails, and no test asserts a time.
//   1. first frame of the home in a pseudo-terminal, interleaved with `node -e 0`, and the import
//      cost of each chunk loaded before that frame;
//   2. the bulk batch script (bench/bulk.mjs) at N=1000 against N=1, per object, peak RSS;
//   3. single commands on that big cluster against a nearly empty one (in-process, bench/latency.mjs);
//   4. keystroke to frame and Enter to output in the interactive sandbox with 5,000 lines of scrollback.
// BENCH_RUNS (default 21) sets the first-frame runs; BENCH_ONLY=first|bulk|per|interactive runs one step. `node bench/cluster.mjs` is the older simulator bench.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {cpus, tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import pty from '@lydell/node-pty';
import {bulkScript, runBulk} from './bulk.mjs';
import {commandLatencies} from './latency.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 21));
const WARMUP = 2;
const TIMEOUT_MS = 20_000;
const CI_VARS = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'GITHUB_ACTIONS'];
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const HOME_MARKER = 'Sandbox: a simulated kind cluster';

const config = mkdtempSync(join(tmpdir(), 'kubetutor-bench-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CI_VARS.includes(key)));
Object.assign(env, {TERM: 'xterm-256color', XDG_CONFIG_HOME: config, KUBETUTOR_CONFIG_DIR: config, LANG: 'C.UTF-8'});

const rows = [];
/** One row of the table: what, its value, the reference it is compared with, and the target. */
function row(what, value, unit, {reference, ratio, target, ok} = {}) {
	rows.push({what, value, unit, reference, ratio, target, ok});
}

function median(values) {
	const sorted = values.filter(v => v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values, p) {
	const sorted = values.filter(v => v !== undefined).sort((a, b) => a - b);
	return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** ms from just before spawn until `marker` shows (or, with no marker, until exit), in a pty. */
function once(args, marker, extraEnv = {}) {
	return new Promise(resolve => {
		const start = performance.now();
		const child = pty.spawn(process.execPath, args, {name: 'xterm-256color', cols: 100, rows: 30, cwd: ROOT, env: {...env, ...extraEnv}});
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
			if (marker && out.replace(ANSI, '').includes(marker)) finish({ms: performance.now() - start, at: performance.timeOrigin + performance.now()});
		});
		child.onExit(() => finish(marker ? undefined : {ms: performance.now() - start}));
	});
}

// ---------------------------------------------------------------------------------- first frame

async function firstFrame() {
	const cases = [
		{args: ['-e', '0'], marker: ''},
		{args: [CLI], marker: HOME_MARKER},
	];
	const times = cases.map(() => []);
	for (let round = 0; round < WARMUP + RUNS; round++) {
		for (const [index, {args, marker}] of cases.entries()) {
			const run = await once(args, marker);
			if (round >= WARMUP) times[index].push(run?.ms);
		}
	}
	const [node, home] = times.map(median);
	row('node -e 0 (until exit)', node, 'ms', {reference: `median of ${RUNS}, interleaved`});
	row('first frame: the home with lessons and progress', home, 'ms', {reference: 'node -e 0', ratio: home / node, target: '≤ 3x', ok: home / node <= 3});
	await chunkCosts();
}

/** The dist/ files a first frame loads: an ESM load hook writes each URL with the time it was loaded. */
async function chunksBeforeFirstFrame() {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-trace-'));
	const trace = join(dir, 'loads');
	const hook = `data:text/javascript,${encodeURIComponent(`import {register} from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(`import {appendFileSync} from 'node:fs'; export async function load(url, context, next) { appendFileSync(${JSON.stringify(trace)}, (performance.timeOrigin + performance.now()) + ' ' + url + '\\n'); return next(url, context); }`)}`)});`)}`;
	const run = await once(['--import', hook, CLI], HOME_MARKER);
	let loaded = [];
	try {
		loaded = readFileSync(trace, 'utf8')
			.trim()
			.split('\n')
			.map(line => line.split(' '))
			.filter(([at, url]) => run && Number(at) <= run.at && url.startsWith('file:') && url.includes('/dist/'))
			.map(([, url]) => fileURLToPath(url));
	} catch {}
	rmSync(dir, {recursive: true, force: true});
	return loaded;
}

/** Each chunk's own parse, compile and evaluation: imported in a fresh node after its static imports. */
async function chunkCosts() {
	const chunks = await chunksBeforeFirstFrame();
	if (chunks.length === 0) return row('  (could not trace the chunks before the first frame)', NaN, '');
	const imports = file => [...readFileSync(file, 'utf8').matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?"(\.\/[^"]+)"/g)].map(m => join(dirname(file), m[1]));
	const order = [];
	const visit = (file, seen = new Set()) => {
		if (order.includes(file) || seen.has(file)) return;
		seen.add(file);
		for (const dep of imports(file)) visit(dep, seen);
		order.push(file);
	};
	for (const file of chunks) visit(file);
	const pick = order.filter(file => chunks.includes(file) && file !== CLI);
	// cli.js runs the program when imported, so its cost is the whole minus the chunks.
	// A first import of a file pays for the module loader itself: that is paid before timing any chunk.
	const warm = join(mkdtempSync(join(tmpdir(), 'kubetutor-warm-')), 'warm.mjs');
	writeFileSync(warm, 'export default 0;\n');
	const script = `await import(${JSON.stringify(pathToFileURL(warm).href)}); const out = {}; for (const f of ${JSON.stringify(pick)}) { const t = performance.now(); await import(f); out[f] = performance.now() - t; } console.log(JSON.stringify(out));`;
	const samples = [];
	for (let i = 0; i < 7; i++) {
		const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', env: {...env, FORCE_COLOR: '0'}});
		try {
			samples.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
		} catch {}
	}
	const costs = pick.map(file => ({file, ms: median(samples.map(sample => sample[file])), bytes: statSync(file).size}));
	let total = 0;
	for (const {file, ms, bytes} of costs.sort((a, b) => b.ms - a.ms)) {
		total += ms;
		row(`  import ${file.slice(DIST.length + 1)} (${(bytes / 1024).toFixed(0)} KiB)${describeChunk(file)}`, ms, 'ms');
	}
	row(`  ${costs.length} chunks before the first frame, together`, total, 'ms', {reference: 'each imported after its imports, median of 7'});
}

function describeChunk(file) {
	const text = readFileSync(file, 'utf8');
	if (text.includes('yoga')) return ': Ink, React, yoga';
	if (/Conf|ajv/.test(text) && text.length > 50_000) return ': conf, ajv';
	if (text.includes('YAMLParseError')) return ': yaml';
	if (text.includes('Loading lessons')) return ': the app and its screens';
	return '';
}

// ----------------------------------------------------------------------------------- bulk work

function bulk() {
	const big = 1000;
	const small = runBulk(bulkScript(1));
	const large = runBulk(bulkScript(big));
	const answered = large.transcript.split('\n').filter(line => line === '200').length;
	const objects = 2 * big;
	row(`bulk script, 1 Deployment + 1 Service (--workers 100)`, small.ms, 'ms', {reference: `exit ${small.status}`});
	row(`bulk script, ${big} Deployments x 10 + ${big} Services, get svc, 200 curls`, large.ms, 'ms', {reference: '1 object', ratio: large.ms / small.ms, target: '≤ 1500 ms, ≤ 10x', ok: large.ms <= 1500 && large.ms / small.ms <= 10});
	row('  per object applied (difference / objects)', (large.ms - small.ms) / objects, 'ms', {reference: `${objects} objects, ${big * 10} pods; ${answered}/200 curls answered 200`});
	row('  peak RSS of the big script', large.rssMB, 'MB', {reference: `${small.rssMB.toFixed(0)} MB for 1 object`, target: '≤ 300 MB', ok: large.rssMB <= 300});
}

async function latency() {
	const figures = await commandLatencies(1000);
	for (const {command, empty, big} of figures) {
		row(`  ${command}`, big, 'ms', {reference: `${empty.toFixed(2)} ms empty`, ratio: big / empty, target: '≤ 1.5x', ok: big / empty <= 1.5});
	}
}

// ------------------------------------------------------------------------ interactive sandbox

/** The interactive sandbox in a pty: 5,000 lines of scrollback, then keystrokes and commands timed. */
async function interactive() {
	const cwd = mkdtempSync(join(tmpdir(), 'kubetutor-scroll-'));
	writeFileSync(join(cwd, 'lines.txt'), Array.from({length: 5000}, (_, i) => `scrollback line ${i + 1}`).join('\n') + '\n');
	const child = pty.spawn(process.execPath, [CLI, 'sandbox'], {name: 'xterm-256color', cols: 100, rows: 30, cwd, env});
	let out = '';
	let lastData = performance.now();
	const waiters = [];
	child.onData(data => {
		out += data;
		lastData = performance.now();
		for (const waiter of [...waiters]) waiter();
	});
	const until = (test, ms = 10_000) =>
		new Promise(resolve => {
			const start = performance.now();
			const check = () => {
				if (test()) {
					waiters.splice(waiters.indexOf(check), 1);
					clearTimeout(timer);
					resolve(performance.now() - start);
				}
			};
			const timer = setTimeout(() => {
				waiters.splice(waiters.indexOf(check), 1);
				resolve(undefined);
			}, ms);
			waiters.push(check);
			check();
		});
	const quiet = async ms => {
		while (performance.now() - lastData < ms) await new Promise(r => setTimeout(r, ms / 4));
	};
	const text = () => out.replace(ANSI, '');
	try {
		await until(() => text().includes('you@laptop'));
		await quiet(300);
		child.write('cat lines.txt\r');
		await until(() => text().includes('scrollback line 5000'));
		await quiet(300);
		const keys = [];
		for (const char of 'kubectl get pods -n kube-system -o wide') {
			out = '';
			const start = performance.now();
			child.write(char);
			await until(() => out.length > 0);
			keys.push(performance.now() - start);
			await quiet(40);
		}
		await quiet(100);
		child.write('\u0003'); // Ctrl+C clears the line
		await until(() => text().includes('wide^C'));
		await quiet(200);
		const commands = [];
		for (let i = 0; i < 15; i++) {
			const label = `k${i}x`;
			child.write(`kubectl get svc -L ${label}`);
			await until(() => text().includes(`-L ${label}`));
			await quiet(100);
			out = '';
			const start = performance.now();
			child.write('\r');
			await until(() => text().includes(label.toUpperCase()));
			commands.push(performance.now() - start);
			await quiet(100);
		}
		const p95 = percentile(keys, 95);
		row('keystroke to frame, p95, sandbox with 5,000 lines scrollback', p95, 'ms', {reference: `${keys.length} keys, median ${median(keys).toFixed(1)} ms`, target: '≤ 16 ms', ok: p95 <= 16});
		const enter = median(commands);
		row('Enter to output on screen: kubectl get svc', enter, 'ms', {reference: `median of ${commands.length}, p95 ${percentile(commands, 95).toFixed(1)} ms`, target: '≤ 50 ms', ok: enter <= 50});
	} finally {
		try {
			child.kill();
		} catch {}
		rmSync(cwd, {recursive: true, force: true});
	}
}

// --------------------------------------------------------------------------------------- table

function printTable() {
	const fmt = (value, unit) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${unit}`);
	const width = Math.max(...rows.map(r => r.what.length));
	const header = `${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'ratio'.padStart(7)}  ${'target'.padEnd(18)}  against`;
	console.log(header);
	console.log('-'.repeat(header.length + 20));
	for (const r of rows) {
		const ratio = r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`;
		const target = r.target ? `${r.target} ${r.ok ? 'ok' : 'MISSED'}` : '';
		console.log(`${r.what.padEnd(width)}  ${fmt(r.value, r.unit).padStart(10)}  ${ratio.padStart(7)}  ${target.padEnd(18)}  ${r.reference ?? ''}`);
	}
}

if (!existsSync(CLI)) {
	console.log('dist/cli.js is missing: run `npm run build` first (npm run bench does).');
	process.exit(0);
}
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
let loadBefore = '';
try {
	loadBefore = load();
} catch {}
console.log(`kubetutor bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}${loadBefore ? `, load ${loadBefore}` : ''}`);
for (const [name, step] of [
	['first frame', firstFrame],
	['bulk work', bulk],
	['per-command latency', latency],
	['interactive sandbox', interactive],
]) {
	// BENCH_ONLY=interactive (or another step's first word) runs one step.
	if (process.env.BENCH_ONLY && !name.startsWith(process.env.BENCH_ONLY)) continue;
	try {
		if (name === 'per-command latency') row(`single commands, --workers 100, 1000 Deployments + Services vs 1 (in-process, median of 21):`, NaN, '');
		await step();
	} catch (error) {
		row(`${name}: stopped (${String(error).split('\n')[0]})`, NaN, '');
	}
}
try {
	const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}));
	row('npm pack tarball', pack.size / 1024 / 1024, 'MB', {reference: `${pack.entryCount} files, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked`, target: '< 1.5 MB', ok: pack.size < 1.5 * 1024 * 1024});
} catch {}
console.log('');
printTable();
try {
	console.log(`load average before ${loadBefore}, after ${load()} (a busy machine slows every figure; ratios are measured in the same run)`);
} catch {}
rmSync(config, {recursive: true, force: true});
