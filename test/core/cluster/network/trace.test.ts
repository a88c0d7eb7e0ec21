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

	it('has a hint when there is nothing to show', () => {
		expect(renderTrace([])).toBe('No request to trace yet: run curl, wget, nslookup, dig or ping first.\n');
	});
});
