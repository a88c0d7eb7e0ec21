import {describe, expect, it} from 'vitest';
import {NETWORK_TOOLS} from '../../../../src/core/cluster/network/tools.js';
import {SeededRandom} from '../../../../src/core/cluster/seeded-random.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, bareCluster, put, webApp} from './fixtures.js';

const WORDS = ['-s', '-S', '-v', '-m', '0', '5', '-1', 'x', '-I', '-H', 'Host:', ':', '-X', '-o', '-w', '%{http_code}', '--resolve', 'a:b:c', '-qO-', '-O', '-T', '-c',
	'-t', 'SRV', '-x', '@10.96.0.10', '+short', '+search', '-type=PTR', 'http://web', 'https://web:99999', 'web:abc', '', '::', 'http://[::1]/', '10.96.12.34',
	'ftp://x', 'web.default.svc.cluster.local.', '172.18.0.3:30080', '--', '-', '--max-time', '--connect-timeout', 'ñ', '../../etc', 'a'.repeat(300)];

describe('network tools never throw on bad input', () => {
	it('answers every random command line with text and an exit code', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080});
		addPod(cluster, {name: 'bb', ip: '10.244.1.10', image: 'busybox', command: ['sleep', '1d']});
		const vantages: Vantage[] = [LAPTOP, {kind: 'node', node: 'kind-worker'}, {kind: 'pod', namespace: 'default', pod: 'bb'}, {kind: 'pod', namespace: 'default', pod: 'ghost'}];
		const random = new SeededRandom(99);
		for (let i = 0; i < 1500; i++) {
			const argv = Array.from({length: random.int(5)}, () => random.pick(WORDS));
			for (const [name, tool] of Object.entries(NETWORK_TOOLS)) {
				const result = tool(cluster, random.pick(vantages), argv);
				expect(typeof result.exitCode, `${name} ${argv.join(' ')}`).toBe('number');
				expect(Array.isArray(result.output)).toBe(true);
			}
		}
	});
});

describe('network tools never throw on odd objects', () => {
	it('copes with objects missing optional parts', () => {
		const cluster = bareCluster();
		put(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'bare', namespace: 'default'}});
		put(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'noports', namespace: 'default'}, spec: {clusterIP: 'None'}});
		put(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'ext', namespace: 'default'}, spec: {type: 'ExternalName'}});
		put(cluster, {apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: {name: 'bare-x', namespace: 'default', labels: {'kubernetes.io/service-name': 'bare'}}});
		put(cluster, {apiVersion: 'v1', kind: 'Pod', metadata: {name: 'ghost', namespace: 'default'}});
		put(cluster, {apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: {name: 'nginx'}, spec: {controller: 'k8s.io/ingress-nginx'}});
		put(cluster, {apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {name: 'empty', namespace: 'default'}, spec: {ingressClassName: 'nginx', rules: [{}, {host: '*.x', http: {paths: [{pathType: 'Prefix', backend: {}}]}}]}});
		addPod(cluster, {name: 'ctl', ip: '10.244.1.60', image: 'registry.k8s.io/ingress-nginx/controller:v1.12.1', ports: [{containerPort: 80}]});
		addPod(cluster, {name: 'bb', ip: '10.244.1.10', image: 'busybox', command: ['sleep', '1d']});
		const vantages: Vantage[] = [LAPTOP, {kind: 'node', node: 'kind-worker'}, {kind: 'pod', namespace: 'default', pod: 'bb'}, {kind: 'pod', namespace: 'default', pod: 'ghost'}];
		const commands = [['curl', '-s', 'http://bare'], ['curl', 'http://noports'], ['curl', 'http://ext'], ['curl', '-H', 'Host: a.x', 'http://10.244.1.60/'], ['curl', 'http://10.244.1.60/'],
			['nslookup', 'bare'], ['nslookup', 'noports'], ['nslookup', 'ext'], ['dig', '-x', '10.244.1.60'], ['dig', 'SRV', '_http._tcp.bare.default.svc.cluster.local'], ['ping', '-c', '1', 'ghost'], ['wget', '-qO-', 'http://bare']];
		for (const vantage of vantages) {
			for (const [name, ...argv] of commands) {
				const result = NETWORK_TOOLS[name as keyof typeof NETWORK_TOOLS](cluster, vantage, argv);
				expect(typeof result.exitCode, `${name} ${argv.join(' ')}`).toBe('number');
			}
		}
	});
});
