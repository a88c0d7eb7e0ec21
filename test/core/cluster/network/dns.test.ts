import {describe, expect, it} from 'vitest';
import {dig} from '../../../../src/core/cluster/network/dig.js';
import {nslookup} from '../../../../src/core/cluster/network/nslookup.js';
import {resolve} from '../../../../src/core/cluster/network/request.js';
import {renderTrace} from '../../../../src/core/cluster/network/trace.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, syncSlice, text, webApp} from './fixtures.js';

const devClient: Vantage = {kind: 'pod', namespace: 'dev', pod: 'dnsutils'};
const busybox: Vantage = {kind: 'pod', namespace: 'default', pod: 'bb'};
const worker: Vantage = {kind: 'node', node: 'kind-worker'};

function cluster() {
	const c = bareCluster();
	addPod(c, {name: 'dnsutils', namespace: 'dev', ip: '10.244.1.20', image: 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', command: ['sleep', 'infinity']});
	addPod(c, {name: 'bb', ip: '10.244.2.21', node: 'kind-worker2', image: 'busybox:1.36', command: ['sleep', '3600']});
	webApp(c, {namespace: 'dev', clusterIP: '10.96.20.1'});
	webApp(c, {namespace: 'prod', clusterIP: '10.96.30.1'});
	return c;
}

const NS_HEADER = 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n';

describe('nslookup from a pod (BIND)', () => {
	it('resolves a short name through the namespace search path', () => {
		const c = cluster();
		const result = nslookup(c, devClient, ['web']);
		expect(result.exitCode).toBe(0);
		expect(text(result)).toBe(`${NS_HEADER}Name:\tweb.dev.svc.cluster.local\nAddress: 10.96.20.1\n\n`);
	});

	it('web.prod tries web.prod.dev.svc.cluster.local first, then finds web.prod.svc.cluster.local', () => {
		const c = cluster();
		const result = nslookup(c, devClient, ['web.prod']);
		expect(text(result)).toBe(`${NS_HEADER}Name:\tweb.prod.svc.cluster.local\nAddress: 10.96.30.1\n\n`);
		const rendered = renderTrace(result.trace ?? []);
		expect(rendered).toContain('web.prod.dev.svc.cluster.local. → NXDOMAIN');
		expect(rendered).toContain('web.prod.svc.cluster.local. → A 10.96.30.1');
	});

	it('web.prod.svc works through the cluster.local search domain', () => {
		expect(text(nslookup(cluster(), devClient, ['web.prod.svc']))).toContain('Name:\tweb.prod.svc.cluster.local\nAddress: 10.96.30.1\n');
	});

	it('an unknown name is NXDOMAIN, printed as typed', () => {
		const result = nslookup(cluster(), devClient, ['nope']);
		expect(result.exitCode).toBe(1);
		expect(text(result)).toBe(`${NS_HEADER}** server can't find nope: NXDOMAIN\n\n`);
	});

	it('the A record exists even without endpoints', () => {
		const c = cluster();
		addService(c, {name: 'empty', namespace: 'dev', clusterIP: '10.96.20.9', selector: {app: 'none'}});
		syncSlice(c, 'dev', 'empty');
		expect(text(nslookup(c, devClient, ['empty']))).toContain('Address: 10.96.20.9\n');
	});

	it('a headless Service returns the ready pod IPs, NXDOMAIN when none is ready', () => {
		const c = cluster();
		addService(c, {name: 'db', namespace: 'dev', clusterIP: 'None', selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 8080}]});
		syncSlice(c, 'dev', 'db');
		const out = text(nslookup(c, devClient, ['db']));
		expect(out).toContain('Name:\tdb.dev.svc.cluster.local\nAddress: 10.244.1.5\n');
		expect(out).toContain('Name:\tdb.dev.svc.cluster.local\nAddress: 10.244.2.7\n');
		addService(c, {name: 'none', namespace: 'dev', clusterIP: 'None', selector: {app: 'zzz'}});
		syncSlice(c, 'dev', 'none');
		expect(text(nslookup(c, devClient, ['none']))).toBe(`${NS_HEADER}** server can't find none: NXDOMAIN\n\n`);
	});

	it('StatefulSet pods get per-pod names through their headless Service', () => {
		const c = cluster();
		addPod(c, {name: 'db-0', namespace: 'dev', ip: '10.244.1.30', labels: {app: 'db'}, hostname: 'db-0', subdomain: 'db', image: 'redis:7', ports: [{containerPort: 6379}]});
		addService(c, {name: 'db', namespace: 'dev', clusterIP: 'None', selector: {app: 'db'}, ports: [{name: 'redis', port: 6379, protocol: 'TCP', targetPort: 6379}]});
		syncSlice(c, 'dev', 'db');
		expect(text(nslookup(c, devClient, ['db-0.db']))).toContain('Name:\tdb-0.db.dev.svc.cluster.local\nAddress: 10.244.1.30\n');
		expect(text(nslookup(c, devClient, ['-type=SRV', '_redis._tcp.db']))).toContain('_redis._tcp.db.dev.svc.cluster.local\tservice = 0 100 6379 db-0.db.dev.svc.cluster.local.\n');
	});

	it('ExternalName answers with a CNAME and the target address', () => {
		const c = cluster();
		addService(c, {name: 'db', type: 'ExternalName', spec: {externalName: 'db.example.com'}});
		const result = nslookup(c, {kind: 'pod', namespace: 'default', pod: 'bb'}, ['db.default.svc.cluster.local']);
		// busybox prints the A reply, then the AAAA reply (the CNAME alone), canonical names without the trailing dot
		expect(text(result)).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\ndb.default.svc.cluster.local\tcanonical name = db.example.com\nName:\tdb.example.com\nAddress: 203.0.113.40\n\ndb.default.svc.cluster.local\tcanonical name = db.example.com\n\n');
	});

	it('reverse lookup of a ClusterIP', () => {
		expect(text(nslookup(cluster(), devClient, ['10.96.0.10']))).toBe(`${NS_HEADER}10.0.96.10.in-addr.arpa\tname = kube-dns.kube-system.svc.cluster.local.\n\n`);
	});

	it('pod A records a-b-c-d.ns.pod.cluster.local', () => {
		expect(text(nslookup(cluster(), devClient, ['10-244-1-5.dev.pod.cluster.local']))).toContain('Name:\t10-244-1-5.dev.pod.cluster.local\nAddress: 10.244.1.5\n');
	});

	it('external names are forwarded upstream: non-authoritative', () => {
		expect(text(nslookup(cluster(), devClient, ['example.com']))).toBe(`${NS_HEADER}Non-authoritative answer:\nName:\texample.com\nAddress: 192.0.2.10\n\n`);
	});

	it('busybox does not search names that contain a dot', () => {
		const result = nslookup(cluster(), busybox, ['web.prod']);
		expect(text(result)).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find web.prod: NXDOMAIN\n\n** server can't find web.prod: NXDOMAIN\n\n");
	});
});

describe('DNS outside the cluster', () => {
	it('the laptop cannot resolve Service names with its own resolver', () => {
		const result = nslookup(cluster(), LAPTOP, ['web']);
		expect(text(result)).toBe("Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find web: NXDOMAIN\n\n");
		expect(result.exitCode).toBe(1);
	});

	it('a node uses docker\'s resolver: node names yes, Services no', () => {
		const c = cluster();
		expect(text(nslookup(c, worker, ['web.dev.svc.cluster.local']))).toBe("Server:\t\t172.18.0.1\nAddress:\t172.18.0.1#53\n\n** server can't find web.dev.svc.cluster.local: NXDOMAIN\n\n");
		expect(text(nslookup(c, worker, ['kind-worker2']))).toContain('Name:\tkind-worker2\nAddress: 172.18.0.4\n');
	});

	it('a node can ask CoreDNS explicitly', () => {
		expect(text(nslookup(cluster(), worker, ['web.dev.svc.cluster.local', '10.96.0.10']))).toBe(`${NS_HEADER}Name:\tweb.dev.svc.cluster.local\nAddress: 10.96.20.1\n\n`);
	});

	it('the laptop cannot reach CoreDNS', () => {
		const c = cluster();
		const result = nslookup(c, LAPTOP, ['web.dev.svc.cluster.local', '10.96.0.10']);
		expect(text(result)).toBe(';; communications error to 10.96.0.10#53: timed out\n'.repeat(3) + ';; no servers could be reached\n\n');
		expect(c.clock.now()).toBe(15000);
	});

	it('resolve() gives the same answer to other features', () => {
		const c = cluster();
		expect(resolve(c, devClient, 'web', 'A').lookup.found?.response.answer[0].data).toBe('10.96.20.1');
		expect(resolve(c, LAPTOP, 'web', 'A').lookup.found).toBeUndefined();
	});
});

describe('dig', () => {
	it('prints BIND 9 full output for a Service', () => {
		const c = cluster();
		const out = text(dig(c, devClient, ['web.dev.svc.cluster.local']));
		expect(out).toMatch(
			new RegExp(
				[
					'^',
					'; <<>> DiG 9\\.18\\.\\d+ <<>> web\\.dev\\.svc\\.cluster\\.local',
					';; global options: \\+cmd',
					';; Got answer:',
					';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \\d+',
					';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1',
					';; WARNING: recursion requested but not available',
					'',
					';; OPT PSEUDOSECTION:',
					'; EDNS: version: 0, flags:; udp: 1232',
					';; QUESTION SECTION:',
					';web\\.dev\\.svc\\.cluster\\.local\\.\\tIN\\tA',
					'',
					';; ANSWER SECTION:',
					'web\\.dev\\.svc\\.cluster\\.local\\. 30\\tIN\\tA\\t10\\.96\\.20\\.1',
					'',
					';; Query time: 0 msec',
					';; SERVER: 10\\.96\\.0\\.10#53\\(10\\.96\\.0\\.10\\) \\(UDP\\)',
					';; WHEN: Thu Jan 01 00:00:00 UTC 2026',
					';; MSG SIZE  rcvd: \\d+',
					'',
					'$',
				].join('\n'),
			),
		);
	});

	it('+short prints bare addresses; without +search a short name is not expanded', () => {
		const c = cluster();
		expect(text(dig(c, devClient, ['+short', 'web.dev.svc.cluster.local']))).toBe('10.96.20.1\n');
		expect(text(dig(c, devClient, ['+short', 'web']))).toBe('');
		expect(text(dig(c, devClient, ['+short', '+search', 'web']))).toBe('10.96.20.1\n');
		expect(text(dig(c, devClient, ['web']))).toContain('status: NXDOMAIN');
	});

	it('SRV for a named port and PTR with -x', () => {
		const c = cluster();
		addService(c, {name: 'api', namespace: 'dev', clusterIP: '10.96.20.5', selector: {app: 'web'}, ports: [{name: 'http', port: 80, protocol: 'TCP', targetPort: 8080}]});
		expect(text(dig(c, devClient, ['+short', 'SRV', '_http._tcp.api.dev.svc.cluster.local']))).toBe('0 100 80 api.dev.svc.cluster.local.\n');
		expect(text(dig(c, devClient, ['+short', '-x', '10.96.20.5']))).toBe('api.dev.svc.cluster.local.\n');
	});

	it('NXDOMAIN carries the cluster SOA', () => {
		const out = text(dig(cluster(), devClient, ['nope.dev.svc.cluster.local']));
		expect(out).toContain(';; AUTHORITY SECTION:\ncluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. ');
	});

	it('ExternalName: CNAME then the target A record', () => {
		const c = cluster();
		addService(c, {name: 'db', namespace: 'dev', type: 'ExternalName', spec: {externalName: 'db.example.com'}});
		expect(text(dig(c, devClient, ['+short', 'db.dev.svc.cluster.local']))).toBe('db.example.com.\n203.0.113.40\n');
	});
});

describe('when CoreDNS is down', () => {
	it('queries to 10.96.0.10 are rejected and names stop resolving', () => {
		const c = cluster();
		for (const pod of ['coredns-7974ccc475-8jvvm', 'coredns-7974ccc475-t7cbm']) c.store.remove('Pod', 'kube-system', pod);
		syncSlice(c, 'kube-system', 'kube-dns');
		const result = nslookup(c, devClient, ['web']);
		expect(text(result)).toBe(';; communications error to 10.96.0.10#53: connection refused\n;; no servers could be reached\n\n');
		expect(result.exitCode).toBe(1);
		expect(resolve(c, devClient, 'web').trace.some(hop => hop.kind === 'reject' && /no ready CoreDNS endpoint/.test(hop.text))).toBe(true);
	});
});

describe('busybox:1.28 nslookup (the Kubernetes docs\' debugging image)', () => {
	it('names the server and each address by reverse lookup', () => {
		const c = cluster();
		addPod(c, {name: 'old', ip: '10.244.1.40', image: 'busybox:1.28', command: ['sleep', '3600']});
		const vantage: Vantage = {kind: 'pod', namespace: 'default', pod: 'old'};
		expect(text(nslookup(c, vantage, ['kubernetes.default']))).toBe(
			'Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n',
		);
		const missing = nslookup(c, vantage, ['nope']);
		expect(text(missing)).toBe("Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'nope'\n");
		expect(missing.exitCode).toBe(1);
	});
});

describe('when the kube-dns Service is gone', () => {
	it('queries are lost: curl waits for the resolver, or -m cuts it short', async () => {
		const {curl} = await import('../../../../src/core/cluster/network/curl.js');
		const c = cluster();
		c.store.remove('Service', 'kube-system', 'kube-dns');
		expect(text(curl(c, devClient, ['-m', '3', 'http://web']))).toBe('curl: (28) Resolving timed out after 3000 milliseconds\n');
		expect(c.clock.now()).toBe(3000);
		expect(text(curl(c, devClient, ['http://web']))).toBe('curl: (6) Could not resolve host: web\n');
		expect(c.clock.now()).toBe(3000 + 40000);
	});
});

describe('reverse lookups of pod IPs', () => {
	it('an endpoint IP gets a PTR under each Service that lists it', () => {
		const c = bareCluster();
		addPod(c, {name: 'dnsutils', namespace: 'dev', ip: '10.244.1.20', image: 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', command: ['sleep', 'infinity']});
		webApp(c, {namespace: 'dev', clusterIP: '10.96.20.1'});
		addService(c, {name: 'api', namespace: 'dev', clusterIP: '10.96.20.2', selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 8080}]});
		syncSlice(c, 'dev', 'api');
		expect(text(dig(c, devClient, ['+short', '-x', '10.244.2.7']))).toBe('10-244-2-7.api.dev.svc.cluster.local.\n10-244-2-7.web.dev.svc.cluster.local.\n');
	});

	it('an IP nobody knows is NXDOMAIN from upstream', () => {
		expect(text(nslookup(cluster(), devClient, ['10.244.2.99']))).toBe(`${NS_HEADER}** server can't find 99.2.244.10.in-addr.arpa: NXDOMAIN\n\n`);
	});
});
