#!/usr/bin/env node
// The simulator on a big cluster (issue 3): what a learner waits for with 1,000 Deployments of 10
// replicas (10,000 Pods) and 1,000 NodePort Services, next to the same script on one object.
// It drives the real simulator code — the sandbox shell, as batch mode and the sandbox screen do —
// bundled from src/ with esbuild into a temporary file, so each command can be timed on its own
// (the CLI's batch mode would add process start-up to every figure). Prints figures; never fails.
//
// Each row is ms per operation, median of several fresh clusters:
//   apply (one file)   `kubectl apply -f -` of one multi-document file holding every Deployment and
//                      Service (what a learner does with a big manifest), per object applied
//   apply one more     one more Deployment + Service applied into the populated cluster: what the
//                      learner's next command costs once the cluster is big
//   get svc -A         one `kubectl get svc -A` (its table grows with N: see the per-row line)
//   curl ClusterIP     `kubectl exec POD -- curl -s http://CLUSTER-IP` from a pod, 200 of them
//   curl NodePort      `curl -s http://172.18.0.3:NODEPORT` from the laptop, 200 of them
//   … after a change   the same curl right after `kubectl label svc …` (the first request after a
//                      change rebuilds the network's view of the cluster)
import {pathToFileURL} from 'node:url';
import {deployment, REPLICAS} from './bulk.mjs';
import {loadSimulator} from './latency.mjs';

const BIG = Number(process.env.BENCH_CLUSTER_N ?? 1000);
const CURLS = 200;
const RUNS_SMALL = Number(process.env.BENCH_CLUSTER_RUNS ?? 5);
const RUNS_BIG = Math.max(1, Math.min(RUNS_SMALL, Number(process.env.BENCH_CLUSTER_BIG_RUNS ?? 3)));

function service(i) {
	return `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
spec:
  type: NodePort
  selector:
    app: web-${i}
  ports:
  - port: 80
    targetPort: 80
`;
}

function manifest(from, to) {
	const docs = [];
	for (let i = from; i < to; i++) docs.push(deployment(i), service(i));
	return docs.join('---\n');
}

function timed(shell, line, stdin) {
	const start = performance.now();
	const result = shell.run(line, stdin);
	return {ms: performance.now() - start, result};
}

function text(result) {
	return result.output.map(chunk => chunk.text).join('');
}

function check(ok, what) {
	if (!ok) console.log(`  warning: ${what}`);
}

/** Median ms of `times` runs of `line` (one op is too short to time alone, and GC pauses land anywhere). */
function repeated(shell, times, line, stdinFor) {
	const runs = Array.from({length: times}, (_, i) => timed(shell, line, stdinFor?.(i)));
	return {ms: median(runs.map(run => run.ms)), result: runs[0].result};
}

/** One fresh cluster with n Deployments and n Services; ms per operation for each row. */
function measure(sim, n) {
	const shell = sim.createShell({cluster: sim.createCluster({seed: 1}), readFile: () => undefined});
	const apply = timed(shell, 'kubectl apply -f -', manifest(0, n));
	check(apply.result.exitCode === 0, `apply of ${n} failed: ${text(apply.result).slice(0, 200)}`);
	shell.run('sleep 30');
	const more = repeated(shell, 5, 'kubectl apply -f -', i => manifest(n + i, n + i + 1));
	shell.run('sleep 30');
	const get = repeated(shell, 5, 'kubectl get svc -A');
	const rows = text(get.result).trimEnd().split('\n').length - 1;

	const services = JSON.parse(text(shell.run('kubectl get svc -o json')).trim()).items.filter(item => item.metadata.name.startsWith('web-'));
	const client = text(shell.run('kubectl get pods -l app=web-0 -o name')).split('\n')[0].replace('pod/', '');
	const targets = Array.from({length: CURLS}, (_, i) => services[Math.floor((i * services.length) / CURLS)]);

	let clusterIpMs = 0;
	let clusterIpOk = 0;
	for (const svc of targets) {
		const {ms, result} = timed(shell, `kubectl exec ${client} -- curl -s http://${svc.spec.clusterIP}`);
		clusterIpMs += ms;
		if (result.exitCode === 0) clusterIpOk++;
	}
	let nodePortMs = 0;
	let nodePortOk = 0;
	for (const svc of targets) {
		const {ms, result} = timed(shell, `curl -s http://172.18.0.3:${svc.spec.ports[0].nodePort}`);
		nodePortMs += ms;
		if (result.exitCode === 0) nodePortOk++;
	}
	// A learner changes something and curls again: the network's indexes are rebuilt once.
	const afterChange = [];
	for (let i = 0; i < 20; i++) {
		const svc = targets[i];
		shell.run(`kubectl label svc ${svc.metadata.name} bench=${i}`);
		afterChange.push(timed(shell, `curl -s http://172.18.0.3:${svc.spec.ports[0].nodePort}`).ms);
	}
	check(clusterIpOk === CURLS && nodePortOk === CURLS, `curls answered: ClusterIP ${clusterIpOk}/${CURLS}, NodePort ${nodePortOk}/${CURLS}`);
	return {
		'apply (one file), whole': apply.ms,
		'apply (one file), per object': apply.ms / (2 * n),
		'apply 1 more Deploy+Svc': more.ms,
		'get svc -A': get.ms,
		'get svc -A, per row': get.ms / rows,
		'curl ClusterIP from a pod': clusterIpMs / CURLS,
		'curl NodePort from laptop': nodePortMs / CURLS,
		'curl NodePort after a change': median(afterChange),
	};
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function medians(sim, n, runs) {
	const all = Array.from({length: runs}, () => measure(sim, n));
	return Object.fromEntries(Object.keys(all[0]).map(key => [key, median(all.map(run => run[key]))]));
}

let sim;
try {
	// BENCH_CLUSTER_SIMULATOR: an already bundled simulator (exporting createShell and createCluster),
	// to compare another version of the code against this one.
	const prebuilt = process.env.BENCH_CLUSTER_SIMULATOR;
	sim = prebuilt ? await import(pathToFileURL(prebuilt).href) : await loadSimulator();
} catch (error) {
	console.log(`cluster bench: could not bundle the simulator (${String(error).split('\n')[0]})`);
}
if (sim) {
	try {
		runBench(sim);
	} catch (error) {
		console.log(`cluster bench: stopped (${String(error).split('\n')[0]})`);
	}
}

function runBench(sim) {
	console.log(`\nSimulated cluster: ${BIG} Deployments x ${REPLICAS} replicas + ${BIG} NodePort Services vs 1 of each; ${CURLS} curls each way`);
	console.log(`(ms per operation, median of ${RUNS_SMALL} runs at N=1 and ${RUNS_BIG} at N=${BIG}; target ratio ≤ 3x)`);
	// Warm-up on a mid-sized cluster, so both sizes run JIT-compiled code: start-up is not what a
	// learner waits for on a big cluster, and a cold N=1 would flatter the ratio.
	measure(sim, 100);
	measure(sim, 1);
	const small = medians(sim, 1, RUNS_SMALL);
	const big = medians(sim, BIG, RUNS_BIG);
	const header = `${'operation'.padEnd(32)}${'N=1'.padStart(12)}${`N=${BIG}`.padStart(12)}${'ratio'.padStart(10)}`;
	console.log(header);
	console.log('-'.repeat(header.length));
	for (const key of Object.keys(small)) {
		if (key.endsWith(', whole')) continue;
		const ratio = big[key] / small[key];
		console.log(`${key.padEnd(32)}${small[key].toFixed(3).padStart(12)}${big[key].toFixed(3).padStart(12)}${`${ratio.toFixed(2)}x`.padStart(10)}`);
	}
	console.log(`The whole apply of ${2 * BIG} objects takes ${(big['apply (one file), whole'] / 1000).toFixed(1)} s (${BIG * REPLICAS} pods, their events, slices).`);
	console.log(`get svc -A prints ${BIG} more rows at N=${BIG}; its per-row line is the one that shows how printing scales.`);
}
