import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

const readFile = () => undefined;

describe('cloud load balancer pool', () => {
	it('never sends traffic to kind-control-plane, which kind excludes from external load balancers', () => {
		const curls = Array.from({length: 12}, () => 'curl -s http://172.18.255.200/\ntrace').join('\n');
		const script = ['kubectl create deployment web --image=nginx --replicas=2', 'kubectl expose deployment web --type=LoadBalancer --port=80', 'sleep 2', curls].join('\n');
		const {transcript, exitCode} = runScript(script, {seed: 3, readFile});
		expect(exitCode).toBe(0);
		const flat = transcript.replace(/\s+/g, ' ');
		const nodes = [...flat.matchAll(/cloud load balancer forwards the connection to node (\S+)/g)].map(match => match[1]);
		expect(nodes).toHaveLength(12);
		expect(new Set(nodes)).toEqual(new Set(['kind-worker', 'kind-worker2']));
	});
});
