/**
 * The walk of a packet over a node's rule table (docs/simulation.md, "Network"): one random draw
 * per connection gives each endpoint the odds the printed statistic rules give it.
 */
import {describe, expect, it} from 'vitest';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {ruleSpec} from '../../../../src/core/cluster/network/iptables-rule.js';
import {nodeRuleTable} from '../../../../src/core/cluster/network/proxy-rules.js';
import {walkPacket} from '../../../../src/core/cluster/network/proxy-walk.js';
import {addPod, bareCluster, webApp} from './fixtures.js';

const WORKER = {name: 'kind-worker', ip: '172.18.0.3'};
const THREE = [
	{name: 'web-a', node: 'kind-worker', ip: '10.244.1.5'},
	{name: 'web-b', node: 'kind-worker2', ip: '10.244.2.7'},
	{name: 'web-c', node: 'kind-worker2', ip: '10.244.2.8'},
];

describe('load balancing over the statistic rules', () => {
	it('prints probabilities that give each of three endpoints a third', () => {
		const cluster = bareCluster();
		webApp(cluster, {replicas: THREE});
		const svc = nodeRuleTable(cluster, WORKER).nat.find(chain => chain.name === 'KUBE-SVC-LOLE4ISW44XBNF3G')!;
		const probabilities = svc.rules.map(rule => /--probability (\S+)/.exec(ruleSpec(rule))?.[1]).filter(Boolean).map(Number);
		expect(probabilities).toEqual([0.33333333349, 0.5]);
		let left = 1;
		const odds = [...probabilities, 1].map(p => {
			const share = left * p;
			left -= share;
			return share;
		});
		for (const share of odds) expect(share).toBeCloseTo(1 / 3, 8);
	});

	it('sends connections to the endpoints in those proportions', () => {
		const cluster = bareCluster(7);
		addPod(cluster, {name: 'client', ip: '10.244.1.10', image: 'curlimages/curl:8.5.0', command: ['sleep', 'infinity']});
		webApp(cluster, {replicas: THREE});
		const counts = new Map<string, number>();
		for (let i = 0; i < 3000; i++) {
			const dnat = curl(cluster, {kind: 'pod', namespace: 'default', pod: 'client'}, ['-s', 'http://10.96.12.34/']).trace?.find(hop => hop.kind === 'dnat');
			const to = / → (\S+)/.exec(dnat?.text ?? '')?.[1] ?? 'none';
			counts.set(to, (counts.get(to) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual(['10.244.1.5:8080', '10.244.2.7:8080', '10.244.2.8:8080']);
		for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(100);
	});
});

describe('the hooks a packet meets', () => {
	it('short-circuits a node\'s own NodePort traffic (OUTPUT, source LOCAL) but not another node\'s', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker2', ip: '10.244.2.7'}]});
		const table = nodeRuleTable(cluster, WORKER);
		const own = walkPacket(cluster, table, WORKER, {src: '172.18.0.3', dst: '172.18.0.3', dport: 30080, protocol: 'tcp', hook: 'OUTPUT'});
		expect(own.verdict).toBe('accept');
		expect(own.dnat?.target).toEqual({kind: 'DNAT', to: '10.244.2.7:8080'});
		expect(own.masquerade).toBe(true);
		const other = walkPacket(cluster, table, WORKER, {src: '172.18.0.4', dst: '172.18.0.3', dport: 30080, protocol: 'tcp', hook: 'PREROUTING'});
		expect(other.verdict).toBe('drop');
		expect(ruleSpec(other.matched[other.matched.length - 1].rule)).toBe('-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
		const pod = walkPacket(cluster, table, WORKER, {src: '10.244.1.10', dst: '172.18.0.3', dport: 30080, protocol: 'tcp', hook: 'PREROUTING'});
		expect(pod.dnat?.target).toEqual({kind: 'DNAT', to: '10.244.2.7:8080'});
		expect(pod.masquerade).toBe(false);
	});

	it('lets a packet that no Service rule takes pass untouched', () => {
		const cluster = bareCluster();
		const walk = walkPacket(cluster, nodeRuleTable(cluster, WORKER), WORKER, {src: '10.244.1.10', dst: '10.244.2.7', dport: 80, protocol: 'tcp', hook: 'PREROUTING'});
		expect(walk).toMatchObject({verdict: 'accept', dnat: undefined, masquerade: false});
		expect(walk.matched.every(m => m.uneventful || m.rule.target?.kind === 'RETURN')).toBe(true);
	});
});
