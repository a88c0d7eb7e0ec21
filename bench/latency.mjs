// Single commands a learner types on a big cluster (--workers 100, N Deployments x 10 replicas and N
// Services) against the same commands on a cluster with one of each: get one Service, curl it from
// a pod, describe it, trace the request. The simulator is bundled from src/ with esbuild and driven
// in-process (as the sandbox screen drives it), so process start-up is not in the figures.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {bulkScript} from './bulk.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPEAT = 21;

export async function loadSimulator() {
	const {build} = await import('esbuild');
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-latency-'));
	const outfile = join(dir, 'simulator.mjs');
	await build({
		stdin: {
			contents: "export {createShell} from './shell/shell.js'; export {createCluster} from './create-cluster.js'; export {splitScript} from './shell/split-script.js';",
			resolveDir: join(ROOT, 'src', 'core', 'cluster'),
			sourcefile: 'bench-entry.ts',
			loader: 'ts',
		},
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		outfile,
		logLevel: 'silent',
		banner: {js: "import {createRequire as __benchRequire} from 'node:module'; const require = __benchRequire(import.meta.url);"},
	});
	try {
		return await import(pathToFileURL(outfile).href);
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

/** A shell on a --workers 100 cluster after the bulk script's apply and its client pod, for n objects. */
function populated(sim, n) {
	const shell = sim.createShell({cluster: sim.createCluster({seed: 1, workers: 100}), readFile: () => undefined});
	for (const command of sim.splitScript(bulkScript(n))) {
		if (command.line.startsWith('kubectl exec')) break;
		shell.run(command.line, command.stdin);
	}
	return shell;
}

function timeCommand(shell, line, before) {
	const times = [];
	for (let i = 0; i < REPEAT; i++) {
		if (before) shell.run(before);
		const start = performance.now();
		shell.run(line);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

/** ms per command (median of 21) on the nearly empty and the big cluster. */
export async function commandLatencies(n) {
	const sim = await loadSimulator();
	const target = `web-${Math.floor(n / 2)}`;
	const commands = [
		{command: 'kubectl get svc NAME', line: name => `kubectl get svc ${name}`},
		{command: 'kubectl exec client -- curl -s http://NAME', line: name => `kubectl exec client -- curl -s http://${name}`},
		{command: 'kubectl describe svc NAME', line: name => `kubectl describe svc ${name}`},
		{command: 'trace (after that curl)', line: () => 'trace', before: name => `kubectl exec client -- curl -s http://${name}`},
	];
	const empty = populated(sim, 1);
	const big = populated(sim, n);
	// Both clusters' code paths warm before timing, so neither figure pays for compilation.
	for (const shell of [empty, big]) for (const {line, before} of commands) for (let i = 0; i < 5; i++) {
		if (before) shell.run(before(shell === empty ? 'web-0' : target));
		shell.run(line(shell === empty ? 'web-0' : target));
	}
	return commands.map(({command, line, before}) => ({
		command,
		empty: timeCommand(empty, line('web-0'), before?.('web-0')),
		big: timeCommand(big, line(target), before?.(target)),
	}));
}
