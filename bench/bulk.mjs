#!/usr/bin/env node
// The bulk scenario of issue 13 through the real CLI: `kubetutor sandbox --workers 100 --script`
// with a script that applies N Deployments of 10 replicas and N Services in one manifest, lists
// every Service and curls up to 200 of them by name from a pod. Timed as a whole process (what a
// learner waits for), N=1000 against the same script with N=1, with the peak RSS of each run.
// Usage: node bench/bulk.mjs [--write DIR] — or imported by bench/run.mjs, which prints the table.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
export const WORKERS = 100;
export const REPLICAS = 10;
export const CURLS = 200;

/** The bulk script's Deployment `web-i` (bench/cluster.mjs applies the same). */
export function deployment(i) {
	return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
spec:
  replicas: ${REPLICAS}
  selector:
    matchLabels:
      app: web-${i}
  template:
    metadata:
      labels:
        app: web-${i}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
`;
}

function service(i) {
	return `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
spec:
  selector:
    app: web-${i}
  ports:
  - port: 80
    targetPort: 80
`;
}

/** The batch script for n Deployments and n Services. */
export function bulkScript(n) {
	const docs = [];
	for (let i = 0; i < n; i++) docs.push(deployment(i), service(i));
	const curls = Array.from({length: Math.min(CURLS, n)}, (_, k) => `kubectl exec client -- curl -s -o /dev/null -w "%{http_code}\\n" http://web-${Math.floor((k * n) / Math.min(CURLS, n))}`);
	return [
		'kubectl apply -f - <<EOF',
		docs.join('---\n') + 'EOF',
		'kubectl run client --image=curlimages/curl:8.10.1 --command -- sleep infinity',
		'sleep 30',
		'kubectl get svc',
		...curls,
		'',
	].join('\n');
}

/** One run of the CLI on a script: wall ms, peak RSS in MB, exit status and the transcript. */
export function runBulk(script) {
	const dir = mkdtempSync(join(tmpdir(), 'kubetutor-bulk-'));
	try {
		const file = join(dir, 'script.sh');
		const rss = join(dir, 'rss');
		writeFileSync(file, script);
		// The child reports its own peak RSS when it exits (process.resourceUsage, in KiB).
		const hook = `data:text/javascript,${encodeURIComponent(`import {writeFileSync} from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rss)}, String(process.resourceUsage().maxRSS)));`)}`;
		const start = performance.now();
		const child = spawnSync(process.execPath, ['--import', hook, CLI, 'sandbox', '--workers', String(WORKERS), '--script', file], {encoding: 'utf8', maxBuffer: 256 * 1024 * 1024});
		const ms = performance.now() - start;
		let rssMB = NaN;
		try {
			rssMB = Number(readFileSync(rss, 'utf8')) / 1024;
		} catch {}
		return {ms, rssMB, status: child.status, transcript: child.stdout, stderr: child.stderr};
	} finally {
		rmSync(dir, {recursive: true, force: true});
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const n = Number(process.argv[2] ?? 1000);
	if (process.argv[3] === '--write') {
		writeFileSync(process.argv[4], bulkScript(n));
	} else {
		const run = runBulk(bulkScript(n));
		const ok = run.transcript.split('\n').filter(line => line === '200').length;
		console.log(`N=${n}: ${run.ms.toFixed(0)} ms, peak RSS ${run.rssMB.toFixed(0)} MB, exit ${run.status}, ${ok} curls answered 200`);
		if (run.status !== 0) console.log(run.transcript.split('\n').filter(l => /error|Error|refused/.test(l)).slice(0, 5).join('\n') + run.stderr.slice(0, 500));
	}
}
