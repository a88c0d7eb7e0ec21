/**
 * the Service failure truth table (docs/simulation.md, "Network"), row by row from each vantage point, with
 * curl 8's exact texts.
 */
import {describe, expect, it} from 'vitest';
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {ping} from '../../../../src/core/cluster/network/ping.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, syncSlice, text, webApp} from './fixtures.js';

const POD: Vantage = {kind: 'pod', namespace: 'default', pod: 'client'};
const NODE: Vantage = {kind: 'node', node: 'kind-worker'};
const refused = (host: string, port: number) => `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`;
const timedOut = (host: string, port: number) => new RegExp(`^curl: \\(28\\) Failed to connect to ${host.replace(/\./g, '\\.')} port ${port} after 200\\d ms: Timeout was reached\\n$`);

function base(): Cluster {
	const cluster = bareCluster();
	addPod(cluster, {name: 'client', ip: '10.244.1.10', image: 'curlimages/curl:8.5.0', command: ['sleep', 'infinity']});
	return cluster;
}

/** A LoadBalancer Service with an address, a nodePort and an externalIP on a node, but no usable endpoint. */
function noEndpoints(readyPods: boolean): Cluster {
	const cluster = base();
	if (readyPods) addPod(cluster, {name: 'web-1', ip: '10.244.2.7', node: 'kind-worker2', labels: {app: 'web'}, ready: false, image: 'nginx', ports: [{containerPort: 80}]});
	addService(cluster, {
		name: 'web',
		type: 'LoadBalancer',
		clusterIP: '10.96.12.34',
		selector: {app: 'web'},
		ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080}],
		spec: {externalIPs: ['172.18.0.4']},
		status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}},
	});
	syncSlice(cluster, 'default', 'web');
	return cluster;
}

describe('§7 row: zero usable endpoints → REJECT → exit 7 at once', () => {
	for (const [label, ready] of [['no pod matches', false], ['pods not ready', true]] as const) {
		it(`${label}: ClusterIP, NodePort, LB IP and externalIP from every vantage`, () => {
			const cluster = noEndpoints(ready);
			const cases: Array<[Vantage, string, string, number]> = [
				[POD, 'http://web', 'web', 80],
				[POD, 'http://10.96.12.34', '10.96.12.34', 80],
				[NODE, 'http://10.96.12.34', '10.96.12.34', 80],
				[LAPTOP, 'http://172.18.0.3:30080', '172.18.0.3', 30080],
				[POD, 'http://172.18.0.2:30080', '172.18.0.2', 30080],
				[NODE, 'http://127.0.0.1:30080', '127.0.0.1', 30080],
				[LAPTOP, 'http://172.18.255.200', '172.18.255.200', 80],
				[POD, 'http://172.18.255.200', '172.18.255.200', 80],
				[LAPTOP, 'http://172.18.0.4', '172.18.0.4', 80],
			];
			for (const [vantage, url, host, port] of cases) {
				const result = curl(cluster, vantage, [url]);
				expect({url, vantage, out: text(result), code: result.exitCode}).toEqual({url, vantage, out: refused(host, port), code: 7});
			}
		});
	}

	it('a named targetPort that no container declares leaves the Service without endpoints', () => {
		const cluster = base();
		webApp(cluster, {targetPort: 'htpp'});
		expect(text(curl(cluster, POD, ['http://web']))).toBe(refused('web', 80));
	});
});

describe('§7 row: endpoint exists but nothing listens on targetPort → RST → exit 7', () => {
	it('from a pod, a node and through a NodePort from the laptop', () => {
		const cluster = base();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, targetPort: 9376});
		expect(text(curl(cluster, POD, ['http://web']))).toBe(refused('web', 80));
		expect(text(curl(cluster, NODE, ['10.96.12.34']))).toBe(refused('10.96.12.34', 80));
		expect(text(curl(cluster, LAPTOP, ['172.18.0.3:30080']))).toBe(refused('172.18.0.3', 30080));
		expect(text(curl(cluster, POD, ['10.244.2.7:9376']))).toBe(refused('10.244.2.7', 9376));
	});
});

describe('§7 rows: DROP → exit 28', () => {
	it('ETP Local, external client on a node without a local ready endpoint', () => {
		const cluster = base();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		expect(text(curl(cluster, LAPTOP, ['-m', '2', '172.18.0.2:30080']))).toMatch(timedOut('172.18.0.2', 30080));
		expect(curl(cluster, LAPTOP, ['-s', '172.18.0.3:30080']).exitCode).toBe(0);
		expect(curl(cluster, POD, ['-s', '172.18.0.2:30080']).exitCode).toBe(0);
		// Only the node's own traffic (src-type LOCAL) is short-circuited: another node's address is external.
		expect(curl(cluster, NODE, ['-s', '172.18.0.3:30080']).exitCode).toBe(0);
		expect(curl(cluster, NODE, ['-s', '-m', '2', '172.18.0.2:30080']).exitCode).toBe(28);
	});

	it("ITP Local, client pod's node has no local endpoint", () => {
		const cluster = base();
		webApp(cluster, {spec: {internalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker2', ip: '10.244.2.7'}]});
		expect(text(curl(cluster, POD, ['-m', '2', 'http://web']))).toMatch(timedOut('web', 80));
		expect(text(curl(cluster, NODE, ['-m', '2', '10.96.12.34']))).toMatch(timedOut('10.96.12.34', 80));
	});

	it('ClusterIP or pod IP from outside the cluster', () => {
		const cluster = base();
		webApp(cluster);
		expect(text(curl(cluster, LAPTOP, ['-m', '2', '10.96.12.34']))).toMatch(timedOut('10.96.12.34', 80));
		expect(text(curl(cluster, LAPTOP, ['-m', '2', '10.244.1.5:8080']))).toMatch(timedOut('10.244.1.5', 8080));
	});

	it('ClusterIP on a port the Service does not define, from a pod and a node', () => {
		const cluster = base();
		webApp(cluster);
		expect(text(curl(cluster, POD, ['-m', '2', '10.96.12.34:443']))).toMatch(timedOut('10.96.12.34', 443));
		expect(text(curl(cluster, NODE, ['--connect-timeout', '2', '10.96.12.34:8080']))).toMatch(timedOut('10.96.12.34', 8080));
	});
});

describe('§7 row: name not resolvable → exit 6', () => {
	it('outside, on a node, in the wrong namespace, after the Service is deleted', () => {
		const cluster = base();
		webApp(cluster, {namespace: 'prod'});
		expect(text(curl(cluster, LAPTOP, ['web.prod']))).toBe('curl: (6) Could not resolve host: web.prod\n');
		expect(text(curl(cluster, NODE, ['web.prod.svc.cluster.local']))).toBe('curl: (6) Could not resolve host: web.prod.svc.cluster.local\n');
		expect(text(curl(cluster, POD, ['web']))).toBe('curl: (6) Could not resolve host: web\n');
		expect(curl(cluster, POD, ['-s', 'web.prod']).exitCode).toBe(0);
		cluster.store.remove('Service', 'prod', 'web');
		expect(text(curl(cluster, POD, ['web.prod']))).toBe('curl: (6) Could not resolve host: web.prod\n');
	});
});

describe('§7 row: ping a ClusterIP → 100% loss', () => {
	it('from a pod, a node and the laptop', () => {
		const cluster = base();
		webApp(cluster);
		for (const vantage of [POD, NODE, LAPTOP]) {
			const result = ping(cluster, vantage, ['-c', '3', '10.96.12.34']);
			expect(result.exitCode).toBe(1);
			expect(text(result)).toMatch(/3 packets transmitted, 0 (packets )?received, 100% packet loss/);
		}
	});
});

describe('§7 vantage points: what works', () => {
	it('inside a pod: ClusterIP, pod IP in another namespace, every NodePort, LB IP', () => {
		const cluster = base();
		webApp(cluster, {type: 'LoadBalancer', nodePort: 30080});
		webApp(cluster, {namespace: 'prod', clusterIP: '10.96.30.1', replicas: [{name: 'api-1', node: 'kind-worker2', ip: '10.244.2.40'}]});
		const service = cluster.store.get('Service', 'default', 'web')!;
		cluster.store.put({...service, status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		for (const url of ['http://web', 'http://10.244.2.40:8080', 'http://172.18.0.2:30080', 'http://172.18.0.3:30080', 'http://172.18.0.4:30080', 'http://172.18.255.200']) {
			expect({url, code: curl(cluster, POD, ['-s', url]).exitCode}).toEqual({url, code: 0});
		}
	});

	it('on a node: ClusterIP, pod IPs, NodePorts (also 127.0.0.1), LB IP', () => {
		const cluster = base();
		webApp(cluster, {type: 'LoadBalancer', nodePort: 30080});
		const service = cluster.store.get('Service', 'default', 'web')!;
		cluster.store.put({...service, status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		for (const url of ['http://10.96.12.34', 'http://10.244.2.7:8080', 'http://172.18.0.4:30080', 'http://127.0.0.1:30080', 'http://172.18.255.200']) {
			expect({url, code: curl(cluster, NODE, ['-s', url]).exitCode}).toEqual({url, code: 0});
		}
	});
});

describe('loadBalancerSourceRanges', () => {
	it('drops LoadBalancer traffic from clients outside the ranges', () => {
		const cluster = base();
		webApp(cluster, {type: 'LoadBalancer', nodePort: 30080, spec: {loadBalancerSourceRanges: ['10.0.0.0/8']}});
		const service = cluster.store.get('Service', 'default', 'web')!;
		cluster.store.put({...service, status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		expect(text(curl(cluster, LAPTOP, ['-m', '2', 'http://172.18.255.200']))).toMatch(timedOut('172.18.255.200', 80));
		expect(curl(cluster, POD, ['-s', 'http://172.18.255.200']).exitCode).toBe(0);
	});
});
