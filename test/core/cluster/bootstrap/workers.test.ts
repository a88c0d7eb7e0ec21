import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {kindNodes} from '../../../../src/core/cluster/topology.js';
import {outputOf} from '../../../conformance/script.js';

const noFiles = () => undefined;

describe('a kind cluster with N workers', () => {
	it('names the workers kind-worker, kind-worker2 … with node IPs and pod CIDRs in node order', () => {
		const {transcript, exitCode} = runScript('kubectl get nodes -o custom-columns=NAME:.metadata.name,IP:.status.addresses[0].address,CIDR:.spec.podCIDR\nkind get nodes\n', {workers: 4, readFile: noFiles});
		expect(exitCode).toBe(0);
		expect(outputOf(transcript, 'kubectl get nodes -o custom-columns=NAME:.metadata.name,IP:.status.addresses[0].address,CIDR:.spec.podCIDR')).toBe(
			[
				'NAME                 IP           CIDR',
				'kind-control-plane   172.18.0.2   10.244.0.0/24',
				'kind-worker          172.18.0.3   10.244.1.0/24',
				'kind-worker2         172.18.0.4   10.244.2.0/24',
				'kind-worker3         172.18.0.5   10.244.3.0/24',
				'kind-worker4         172.18.0.6   10.244.4.0/24',
				'',
			].join('\n'),
		);
		expect(outputOf(transcript, 'kind get nodes')).toBe('kind-control-plane\nkind-worker\nkind-worker2\nkind-worker3\nkind-worker4\n');
	});

	it('spreads pods over every worker, and each worker answers on its NodePort and over ssh', () => {
		const script = [
			'kubectl create deployment web --image=registry.k8s.io/e2e-test-images/agnhost:2.53 --replicas=3 --port=9376 -- /agnhost serve-hostname',
			'kubectl expose deployment web --type=NodePort --port=80 --target-port=9376',
			'kubectl patch svc web -p \'{"spec":{"ports":[{"port":80,"nodePort":30080}]}}\'',
			'sleep 10',
			'kubectl get pods -o custom-columns=NODE:.spec.nodeName,IP:.status.podIP --sort-by=.spec.nodeName',
			'curl -s -o /dev/null -w "%{http_code}\\n" http://172.18.0.5:30080',
			'ssh kind-worker3',
			'hostname',
		].join('\n');
		const {transcript, exitCode} = runScript(script, {workers: 3, readFile: noFiles});
		expect(exitCode, transcript).toBe(0);
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=NODE:.spec.nodeName,IP:.status.podIP --sort-by=.spec.nodeName')).toBe('NODE           IP\nkind-worker    10.244.1.2\nkind-worker2   10.244.2.2\nkind-worker3   10.244.3.2\n');
		expect(outputOf(transcript, 'curl -s -o /dev/null -w "%{http_code}\\n" http://172.18.0.5:30080')).toBe('200\n');
		expect(outputOf(transcript, 'hostname')).toBe('kind-worker3\n');
	});

	it('keeps the default three nodes without the option, and refuses sizes outside 1 to 100', () => {
		expect(createCluster().nodes.map(node => node.name)).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
		expect(kindNodes(100).at(-1)).toMatchObject({name: 'kind-worker100', internalIP: '172.18.0.102', podCIDR: '10.244.100.0/24'});
		expect(() => createCluster({workers: 0})).toThrow('a kind cluster here has 1 to 100 workers, not 0');
	});
});
