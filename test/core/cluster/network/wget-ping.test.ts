import {describe, expect, it} from 'vitest';
import {ping} from '../../../../src/core/cluster/network/ping.js';
import {wget} from '../../../../src/core/cluster/network/wget.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, streamText, syncSlice, text, webApp} from './fixtures.js';

const bb: Vantage = {kind: 'pod', namespace: 'default', pod: 'bb'};
const worker: Vantage = {kind: 'node', node: 'kind-worker'};

function cluster() {
	const c = bareCluster();
	addPod(c, {name: 'bb', ip: '10.244.1.10', image: 'busybox:1.36', command: ['sleep', '3600']});
	return c;
}

describe('wget (busybox)', () => {
	it('-qO- prints only the body', () => {
		const c = cluster();
		webApp(c, {image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', containerPort: 9376, targetPort: 9376});
		const result = wget(c, bb, ['-qO-', 'http://web']);
		expect(result.exitCode).toBe(0);
		expect(text(result)).toMatch(/^web-7d4b9c6f5-(abcde|fghij)$/);
	});

	it('-O - without -q reports progress on stderr', () => {
		const c = cluster();
		webApp(c);
		const result = wget(c, bb, ['-O', '-', 'web']);
		expect(streamText(result, 'stderr')).toBe(
			'Connecting to web (10.96.12.34:80)\nwriting to stdout\n-                    100% |********************************|    59  0:00:00 ETA\nwritten to stdout\n',
		);
	});

	it('connection refused and bad address', () => {
		const c = cluster();
		addService(c, {name: 'web', clusterIP: '10.96.0.5', selector: {app: 'web'}});
		syncSlice(c, 'default', 'web');
		const refused = wget(c, bb, ['-qO-', 'http://web']);
		expect(refused.exitCode).toBe(1);
		expect(text(refused)).toBe("wget: can't connect to remote host (10.96.0.5): Connection refused\n");
		expect(text(wget(c, bb, ['-qO-', 'http://nope']))).toBe("wget: bad address 'nope'\n");
	});

	it('-T gives up with "download timed out"', () => {
		const c = cluster();
		webApp(c);
		expect(text(wget(c, LAPTOP, ['-q', '-T', '2', '-O-', 'http://10.96.12.34']))).toBe('wget: download timed out\n');
	});
});

describe('ping', () => {
	it('a ClusterIP never answers (busybox format)', () => {
		const c = cluster();
		webApp(c);
		const result = ping(c, bb, ['-c', '3', 'web']);
		expect(result.exitCode).toBe(1);
		expect(text(result)).toBe('PING web (10.96.12.34): 56 data bytes\n\n--- web ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n');
		expect(result.trace?.some(hop => hop.kind === 'drop' && /no one answers ICMP/.test(hop.text))).toBe(true);
	});

	it('a pod IP answers from a node (iputils format)', () => {
		const c = cluster();
		webApp(c);
		const out = text(ping(c, worker, ['-c', '2', '10.244.2.7']));
		expect(out).toMatch(
			/^PING 10\.244\.2\.7 \(10\.244\.2\.7\) 56\(84\) bytes of data\.\n64 bytes from 10\.244\.2\.7: icmp_seq=1 ttl=63 time=0\.\d{3} ms\n64 bytes from 10\.244\.2\.7: icmp_seq=2 ttl=63 time=0\.\d{3} ms\n\n--- 10\.244\.2\.7 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 10\d\dms\nrtt min\/avg\/max\/mdev = [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms\n$/,
		);
	});

	it('the laptop reaches nodes but not pods; unknown names fail', () => {
		const c = cluster();
		webApp(c);
		expect(ping(c, LAPTOP, ['172.18.0.3']).exitCode).toBe(0);
		const pod = ping(c, LAPTOP, ['10.244.2.7']);
		expect(text(pod)).toContain('3 packets transmitted, 0 received, 100% packet loss');
		expect(text(ping(c, LAPTOP, ['web']))).toBe('ping: web: Name or service not known\n');
		expect(text(ping(c, bb, ['nope']))).toBe("ping: bad address 'nope'\n");
	});

	it('advances the simulated clock by the time spent', () => {
		const c = cluster();
		ping(c, LAPTOP, ['-c', '4', '172.18.0.2']);
		expect(c.clock.now()).toBe(4000);
	});
});
