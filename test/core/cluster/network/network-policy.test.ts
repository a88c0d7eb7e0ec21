/**
 * NetworkPolicy as a learner meets it on kind (kindnetd): what wget, curl, nslookup and ping
 * print once policies select a pod, and what `trace` says about it.
 */
import {describe, expect, it} from 'vitest';
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {nslookup} from '../../../../src/core/cluster/network/nslookup.js';
import {ping} from '../../../../src/core/cluster/network/ping.js';
import {renderTrace} from '../../../../src/core/cluster/network/trace.js';
import {wget} from '../../../../src/core/cluster/network/wget.js';
import type {Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, bareCluster, put, text, webApp} from './fixtures.js';

const bb: Vantage = {kind: 'pod', namespace: 'default', pod: 'bb'};
const devClient: Vantage = {kind: 'pod', namespace: 'dev', pod: 'client'};
const worker: Vantage = {kind: 'node', node: 'kind-worker'};
const HELLO = /^Hello, world!\nVersion: 2\.0\.0\nHostname: web-7d4b9c6f5-(abcde|fghij)\n$/;
const TIMED_OUT = 'wget: download timed out\n';

function cluster(): Cluster {
	const c = bareCluster();
	webApp(c);
	addPod(c, {name: 'bb', ip: '10.244.1.10', labels: {run: 'bb'}, image: 'busybox:1.36', command: ['sleep', '3600']});
	addPod(c, {name: 'client', namespace: 'dev', node: 'kind-worker2', ip: '10.244.2.20', labels: {run: 'bb'}, image: 'busybox:1.36', command: ['sleep', '3600']});
	return c;
}

function policy(c: Cluster, name: string, spec: Record<string, unknown>, namespace = 'default'): void {
	put(c, {apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name, namespace}, spec});
}

const denyAll = (c: Cluster) => policy(c, 'deny-all', {podSelector: {}, policyTypes: ['Ingress']});
const fetch = (c: Cluster, from: Vantage, url = 'http://web.default') => wget(c, from, ['-qO-', '-T', '2', url]);
/** Only web's ingress is restricted here: allow web from these peers on these ports. */
const allowWeb = (c: Cluster, name: string, rule: Record<string, unknown>) => policy(c, name, {podSelector: {matchLabels: {app: 'web'}}, ingress: [rule]});

describe('default deny ingress', () => {
	it('wget from another pod times out (the packet is dropped, not refused)', () => {
		const c = cluster();
		expect(text(fetch(c, bb))).toMatch(HELLO);
		denyAll(c);
		const result = fetch(c, bb);
		expect(text(result)).toBe(TIMED_OUT);
		expect(result.exitCode).toBe(1);
		expect(text(wget(c, bb, ['-qO-', 'http://web']))).toBe("wget: can't connect to remote host (10.96.12.34): Connection timed out\n");
	});

	it('curl gives up with exit 28, after -m or after the kernel stops retrying the SYN', () => {
		const c = cluster();
		denyAll(c);
		addPod(c, {name: 'curl', ip: '10.244.1.11', image: 'curlimages/curl:8.5.0', command: ['sleep', '3600']});
		const from: Vantage = {kind: 'pod', namespace: 'default', pod: 'curl'};
		const limited = curl(c, from, ['-sS', '-m', '3', 'http://web']);
		expect(limited.exitCode).toBe(28);
		expect(text(limited)).toMatch(/^curl: \(28\) Failed to connect to web port 80 after 300\d ms: Timeout was reached\n$/);
		expect(text(curl(c, from, ['-sS', 'http://10.244.1.5:8080']))).toMatch(/^curl: \(28\) Failed to connect to 10\.244\.1\.5 port 8080 after 133\d{3} ms: Couldn't connect to server\n$/);
	});

	it('trace names the policy that dropped the packet and the pod it protects', () => {
		const c = cluster();
		denyAll(c);
		const result = wget(c, bb, ['-qO-', '-T', '2', 'http://10.244.1.5:8080']);
		expect(renderTrace(result.trace ?? [])).toContain(
			[
				' 3. DROP    kindnetd on kind-worker: dropped by NetworkPolicy',
				'            default/deny-all (ingress of pod default/web-7d4b9c6f5-abcde):',
				'            TCP 10.244.1.10 → 10.244.1.5:8080 matches none of its ingress',
				'            rules, so the packet is discarded and the sender waits for a',
				'            timeout [NetworkPolicy default/deny-all]',
				' 4. DROP    pod default/bb: no answer to the SYN: gave up after 200',
			].join('\n'),
		);
	});

	it('a pod no policy selects stays open, and a dropped packet never reaches a closed port', () => {
		const c = cluster();
		policy(c, 'deny-db', {podSelector: {matchLabels: {app: 'db'}}});
		expect(text(fetch(c, bb))).toMatch(HELLO);
		denyAll(c);
		expect(text(wget(c, bb, ['-qO-', '-T', '2', 'http://10.244.1.5:9999']))).toBe(TIMED_OUT);
	});

	it('applies to traffic from the node too; kubelet-style node traffic passes an ipBlock of node addresses', () => {
		const c = cluster();
		denyAll(c);
		expect(text(curl(c, worker, ['-sS', '-m', '1', 'http://10.244.1.5:8080']))).toMatch(/^curl: \(28\) Failed to connect to 10\.244\.1\.5 port 8080 after 100\d ms: Timeout was reached\n$/);
		allowWeb(c, 'from-nodes', {from: [{ipBlock: {cidr: '172.18.0.0/16'}}]});
		expect(text(curl(c, worker, ['-s', 'http://10.244.1.5:8080']))).toMatch(HELLO);
	});

	it('egress-only policies leave ingress alone', () => {
		const c = cluster();
		policy(c, 'web-egress', {podSelector: {matchLabels: {app: 'web'}}, policyTypes: ['Egress']});
		expect(text(fetch(c, bb))).toMatch(HELLO);
	});
});

describe('allow rules', () => {
	it('podSelector alone admits matching pods of the policy namespace only', () => {
		const c = cluster();
		denyAll(c);
		allowWeb(c, 'from-bb', {from: [{podSelector: {matchLabels: {run: 'bb'}}}]});
		expect(text(fetch(c, bb))).toMatch(HELLO);
		expect(text(fetch(c, devClient))).toBe(TIMED_OUT);
	});

	it('namespaceSelector admits every pod of the namespaces it matches (kubernetes.io/metadata.name)', () => {
		const c = cluster();
		allowWeb(c, 'from-dev', {from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'dev'}}}]});
		expect(text(fetch(c, devClient))).toMatch(HELLO);
		expect(text(fetch(c, bb))).toBe(TIMED_OUT);
	});

	it('namespaceSelector and podSelector in one peer must both match; in two peers either does', () => {
		const c = cluster();
		allowWeb(c, 'and', {from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'dev'}}, podSelector: {matchLabels: {run: 'other'}}}]});
		expect(text(fetch(c, devClient))).toBe(TIMED_OUT);
		allowWeb(c, 'or', {from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'dev'}}}, {podSelector: {matchLabels: {run: 'other'}}}]});
		expect(text(fetch(c, devClient))).toMatch(HELLO);
	});

	it('ipBlock with except', () => {
		const c = cluster();
		allowWeb(c, 'pods-but-worker', {from: [{ipBlock: {cidr: '10.244.0.0/16', except: ['10.244.1.0/24']}}]});
		expect(text(fetch(c, devClient))).toMatch(HELLO);
		expect(text(fetch(c, bb))).toBe(TIMED_OUT);
	});

	it('ports: the number after DNAT, a named container port, a range with endPort, and the protocol', () => {
		const c = cluster();
		const only = (ports: unknown[]) => allowWeb(c, 'ports', {ports});
		only([{protocol: 'TCP', port: 80}]);
		expect(text(fetch(c, bb))).toBe(TIMED_OUT); // the Service port is 80, the pod gets 8080
		only([{protocol: 'TCP', port: 8080}]);
		expect(text(fetch(c, bb))).toMatch(HELLO);
		only([{port: 'http'}]);
		expect(text(fetch(c, bb))).toMatch(HELLO);
		only([{protocol: 'TCP', port: 8000, endPort: 8090}]);
		expect(text(fetch(c, bb))).toMatch(HELLO);
		only([{protocol: 'TCP', port: 8081, endPort: 8090}]);
		expect(text(fetch(c, bb))).toBe(TIMED_OUT);
		only([{protocol: 'UDP', port: 8080}]);
		expect(text(fetch(c, bb))).toBe(TIMED_OUT);
	});

	it('policies add up: any one allowing is enough, and trace says which', () => {
		const c = cluster();
		denyAll(c);
		allowWeb(c, 'from-dev', {from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'dev'}}}]});
		allowWeb(c, 'from-bb', {from: [{podSelector: {matchLabels: {run: 'bb'}}}]});
		const result = wget(c, bb, ['-qO-', 'http://10.244.1.5:8080']);
		expect(text(result)).toMatch(HELLO);
		expect(renderTrace(result.trace ?? [])).toContain(
			' 3. RULE    kindnetd on kind-worker: TCP 10.244.1.10 → 10.244.1.5:8080\n            allowed by NetworkPolicy default/from-bb (ingress of pod\n            default/web-7d4b9c6f5-abcde)\n 4. DELIVER',
		);
	});

	it('an empty rule admits everything: ingress: [{}]', () => {
		const c = cluster();
		denyAll(c);
		policy(c, 'allow-all', {podSelector: {}, ingress: [{}]});
		expect(text(fetch(c, bb))).toMatch(HELLO);
	});
});

describe('egress', () => {
	const denyEgress = (c: Cluster) => policy(c, 'deny-egress', {podSelector: {matchLabels: {run: 'bb'}}, policyTypes: ['Egress']});

	it('a default-deny egress breaks DNS: nslookup times out and wget cannot resolve', () => {
		const c = cluster();
		denyEgress(c);
		const lookup = nslookup(c, bb, ['web']);
		expect(text(lookup)).toBe(';; connection timed out; no servers could be reached\n\n');
		expect(lookup.exitCode).toBe(1);
		expect(renderTrace(lookup.trace ?? [])).toBe(
			[
				' 1. SEND    pod default/bb: nslookup A web via 10.96.0.10',
				' 2. DROP    kindnetd on kind-worker: dropped by NetworkPolicy',
				'            default/deny-egress (egress of pod default/bb): UDP 10.244.1.10',
				'            → 10.244.0.2:53 matches none of its egress rules, so the packet',
				'            is discarded and the sender waits for a timeout [NetworkPolicy',
				'            default/deny-egress]',
				'',
			].join('\n'),
		);
		expect(text(wget(c, bb, ['-qO-', 'http://web']))).toBe("wget: bad address 'web'\n");
	});

	it('allowing port 53 to CoreDNS brings names back; the connection itself still needs its own rule', () => {
		const c = cluster();
		denyEgress(c);
		policy(c, 'allow-dns', {
			podSelector: {},
			policyTypes: ['Egress'],
			egress: [{to: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'kube-system'}}, podSelector: {matchLabels: {'k8s-app': 'kube-dns'}}}], ports: [{protocol: 'UDP', port: 53}, {protocol: 'TCP', port: 53}]}],
		});
		expect(text(nslookup(c, bb, ['web']))).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.default.svc.cluster.local\nAddress: 10.96.12.34\n\n** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n\n** server can't find web.svc.cluster.local: NXDOMAIN\n\n** server can't find web.cluster.local: NXDOMAIN\n\n");
		expect(text(fetch(c, bb, 'http://web'))).toBe(TIMED_OUT);
		policy(c, 'to-web', {podSelector: {matchLabels: {run: 'bb'}}, egress: [{to: [{podSelector: {matchLabels: {app: 'web'}}}], ports: [{port: 8080}]}]});
		expect(text(fetch(c, bb, 'http://web'))).toMatch(HELLO);
	});

	it('egress ipBlock decides what leaves for the internet', () => {
		const c = cluster();
		policy(c, 'only-pods', {podSelector: {matchLabels: {run: 'bb'}}, egress: [{to: [{ipBlock: {cidr: '10.0.0.0/8'}}]}]});
		expect(text(wget(c, bb, ['-qO-', '-T', '2', 'http://93.184.215.14']))).toBe(TIMED_OUT);
		expect(text(fetch(c, bb, 'http://10.244.1.5:8080'))).toMatch(HELLO);
	});
});

describe('ping', () => {
	it('ICMP passes only rules without ports', () => {
		const c = cluster();
		allowWeb(c, 'tcp-only', {ports: [{port: 8080}]});
		expect(text(ping(c, bb, ['-c', '1', '10.244.1.5']))).toBe('PING 10.244.1.5 (10.244.1.5): 56 data bytes\n\n--- 10.244.1.5 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n');
		allowWeb(c, 'any', {from: [{podSelector: {}}]});
		expect(ping(c, bb, ['-c', '1', '10.244.1.5']).exitCode).toBe(0);
	});
});

describe('a malformed stored policy', () => {
	it('reads non-lists as empty instead of failing the request', () => {
		const c = cluster();
		policy(c, 'odd', {podSelector: {}, policyTypes: 'Ingress', ingress: 'everything', egress: {to: 1}});
		expect(text(fetch(c, bb))).toBe(TIMED_OUT);
	});
});
