import {describe, expect, it} from 'vitest';
import {NETWORK_TOOLS} from '../../../../src/core/cluster/network/tools.js';
import {SeededRandom} from '../../../../src/core/cluster/seeded-random.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, bareCluster, webApp} from './fixtures.js';

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
