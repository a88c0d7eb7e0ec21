import {describe, expect, it} from 'vitest';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {renderTrace} from '../../../../src/core/cluster/network/trace.js';
import {LAPTOP} from '../../../../src/core/cluster/vantage.js';
import {addPod, bareCluster, webApp} from './fixtures.js';

/** Joins the continuation lines of wrapped hops, so assertions read whole sentences. */
const unwrap = (rendered: string) => rendered.replace(/\n {12}/g, ' ');

describe('renderTrace', () => {
	it('tells the story of a NodePort request hop by hop, within 80 columns', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080});
		const wrapped = renderTrace(curl(cluster, LAPTOP, ['-s', 'http://172.18.0.4:30080/']).trace ?? []);
		const lines = wrapped.trimEnd().split('\n');
		const rendered = unwrap(wrapped);
		expect(lines[0]).toBe(' 1. SEND    laptop: GET http://172.18.0.4:30080/ from 172.18.0.1');
		expect(rendered).toMatch(/ROUTE +kube-proxy on kind-worker2: NodePort 172\.18\.0\.4:30080 matches Service default\/web \[KUBE-NODEPORTS\]/);
		expect(rendered).toMatch(/DNAT +kube-proxy on kind-worker2: NodePort 172\.18\.0\.4:30080 → 10\.244\.\d\.\d+:8080 \(pod default\/web-/);
		expect(rendered).toMatch(/KUBE-SVC-[A-Z2-7]{16} → KUBE-SEP-[A-Z2-7]{16}/);
		expect(rendered).toContain('SNAT    kube-proxy on kind-worker2: source 172.18.0.1 rewritten to the node\'s address 172.18.0.4');
		expect(rendered).toMatch(/REPLY +pod default\/web-/);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
		expect(rendered).not.toMatch(/\x1b/);
	});

	it('says where and why a request from outside to a ClusterIP was lost', () => {
		const cluster = bareCluster();
		webApp(cluster);
		const rendered = unwrap(renderTrace(curl(cluster, LAPTOP, ['-m', '1', 'http://10.96.12.34/']).trace ?? []));
		expect(rendered).toContain('DROP    laptop: 10.96.12.34 is in the service network 10.96.0.0/12');
	});

	it('shows the search path attempts of a pod', () => {
		const cluster = bareCluster();
		addPod(cluster, {name: 'c', namespace: 'dev', ip: '10.244.1.9', image: 'busybox', command: ['sleep', '1d']});
		webApp(cluster, {namespace: 'prod'});
		const rendered = unwrap(renderTrace(curl(cluster, {kind: 'pod', namespace: 'dev', pod: 'c'}, ['-s', 'http://web.prod/']).trace ?? []));
		expect(rendered).toContain('DNS     CoreDNS 10.96.0.10: web.prod.dev.svc.cluster.local. → NXDOMAIN (zone cluster.local)');
		expect(rendered).toContain('DNS     CoreDNS 10.96.0.10: web.prod.svc.cluster.local. → A 10.96.12.34 (zone cluster.local)');
	});

	it('names the rules of the node, as iptables-save prints them, that took the packet to a pod', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080});
		const rules = (curl(cluster, LAPTOP, ['-s', 'http://172.18.0.4:30080/']).trace ?? []).filter(hop => hop.kind === 'rule');
		expect(rules.map(hop => hop.where)).toEqual([...Array(8).fill('iptables -t nat on kind-worker2'), 'iptables -t filter on kind-worker2', 'iptables -t filter on kind-worker2', 'iptables -t nat on kind-worker2', 'iptables -t nat on kind-worker2', 'iptables -t nat on kind-worker2']);
		expect(rules.slice(0, 5).map(hop => hop.text)).toEqual([
			'-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
			'-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
			'-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web" -m tcp --dport 30080 -j KUBE-EXT-LOLE4ISW44XBNF3G',
			'-A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment "masquerade traffic for default/web external destinations" -j KUBE-MARK-MASQ',
			'-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000',
		]);
		expect(rules[rules.length - 1].text).toBe('-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully');
	});

	it('shows the DROP rule on a node without a local endpoint for externalTrafficPolicy Local', () => {
		const cluster = bareCluster();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		const rendered = unwrap(renderTrace(curl(cluster, LAPTOP, ['-m', '1', 'http://172.18.0.4:30080/']).trace ?? []));
		expect(rendered).toContain('RULE    iptables -t filter on kind-worker2: -A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP');
		expect(rendered).toContain('DROP    kube-proxy on kind-worker2: externalTrafficPolicy: Local and kind-worker2 runs no ready endpoint of default/web: the packet from outside the cluster is dropped (the client waits for a timeout) [KUBE-EXTERNAL-SERVICES]');
	});

	it('shows the REJECT rule for a ClusterIP without endpoints', () => {
		const cluster = bareCluster();
		addPod(cluster, {name: 'c', ip: '10.244.1.9', image: 'curlimages/curl', command: ['sleep', '1d']});
		webApp(cluster, {replicas: []});
		const rendered = unwrap(renderTrace(curl(cluster, {kind: 'pod', namespace: 'default', pod: 'c'}, ['-s', 'http://10.96.12.34/']).trace ?? []));
		expect(rendered).toContain('RULE    iptables -t filter on kind-worker: -A KUBE-SERVICES -d 10.96.12.34/32 -p tcp -m comment --comment "default/web has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable');
		expect(rendered).toContain('REJECT  kube-proxy on kind-worker: default/web has no endpoints: no pod matches its selector with a resolvable target port, so the packet is rejected');
	});

	it('has a hint when there is nothing to show', () => {
		expect(renderTrace([])).toBe('No request to trace yet: run curl, wget, nslookup, dig or ping first.\n');
	});
});
