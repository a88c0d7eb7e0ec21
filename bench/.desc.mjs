import {loadSimulator} from '/work/wt/perf/bench/latency.mjs';
import {bulkScript} from '/work/wt/perf/bench/bulk.mjs';
import {Session} from 'node:inspector/promises';
import {writeFileSync} from 'node:fs';
const sim = await loadSimulator();
const shell = sim.createShell({cluster: sim.createCluster({seed: 1, workers: 100}), readFile: () => undefined});
for (const c of sim.splitScript(bulkScript(1000))) { if (c.line.startsWith('kubectl exec')) break; shell.run(c.line, c.stdin); }
for (let i=0;i<200;i++) shell.run('kubectl describe svc web-500');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', {interval: 50}); await s.post('Profiler.start');
const t=performance.now(); for (let i=0;i<2000;i++) shell.run('kubectl describe svc web-500'); console.log('describe ms', (performance.now()-t)/2000);
const {profile} = await s.post('Profiler.stop'); writeFileSync('/tmp/perf/desc.cpuprofile', JSON.stringify(profile));
