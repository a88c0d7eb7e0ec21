import {describe, expect, it} from 'vitest';
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {NGINX_404} from '../../../../src/core/cluster/network/http-server.js';
import {hostRank, pathMatch} from '../../../../src/core/cluster/network/ingress-routing.js';
import {httpRequest} from '../../../../src/core/cluster/network/request.js';
import {LAPTOP} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, put, syncSlice, text} from './fixtures.js';

const LB = '172.18.255.200';

/** ingress-nginx as the cloud manifest installs it, with an address from the cloud controller. */
function withIngressNginx(): Cluster {
	const c = bareCluster();
	put(c, {apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: {name: 'nginx'}, spec: {controller: 'k8s.io/ingress-nginx'}});
	addPod(c, {
		name: 'ingress-nginx-controller-5d88495688-abcde',
		namespace: 'ingress-nginx',
		ip: '10.244.1.50',
		labels: {'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/name': 'ingress-nginx'},
		image: 'registry.k8s.io/ingress-nginx/controller:v1.12.1',
		ports: [{containerPort: 80, name: 'http'}, {containerPort: 443, name: 'https'}],
	});
	addService(c, {
		name: 'ingress-nginx-controller',
		namespace: 'ingress-nginx',
		type: 'LoadBalancer',
		clusterIP: '10.96.100.100',
		selector: {'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/name': 'ingress-nginx'},
		ports: [
			{name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', nodePort: 31080},
			{name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', nodePort: 31443},
		],
		spec: {externalTrafficPolicy: 'Local'},
		status: {loadBalancer: {ingress: [{ip: LB, ipMode: 'VIP'}]}},
	});
	syncSlice(c, 'ingress-nginx', 'ingress-nginx-controller');
	for (const [name, ip] of [['service1', '10.244.2.31'], ['service2', '10.244.2.32']] as const) {
		addPod(c, {name: `${name}-pod`, ip, node: 'kind-worker2', labels: {app: name}, image: 'hashicorp/http-echo', args: [`-text=${name}`], ports: [{containerPort: 5678}]});
		addService(c, {name, clusterIP: name === 'service1' ? '10.96.1.31' : '10.96.1.32', selector: {app: name}, ports: [{port: 80, protocol: 'TCP', targetPort: 5678}]});
		syncSlice(c, 'default', name);
	}
	return c;
}

function ingress(c: Cluster, name: string, spec: Record<string, unknown>): void {
	put(c, {apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {name, namespace: 'default'}, spec: {ingressClassName: 'nginx', ...spec}});
}

const backend = (name: string) => ({service: {name, port: {number: 80}}});

describe('ingress routing rules', () => {
	it('matches hosts exactly or by one-label wildcard', () => {
		expect(hostRank('foo.bar.com', 'foo.bar.com')).toBe(2);
		expect(hostRank('*.foo.com', 'bar.foo.com')).toBe(1);
		expect(hostRank('*.foo.com', 'baz.bar.foo.com')).toBe(-1);
		expect(hostRank('*.foo.com', 'foo.com')).toBe(-1);
		expect(hostRank(undefined, 'anything')).toBe(0);
	});

	it('Prefix matches whole path elements; Exact only itself', () => {
		expect(pathMatch({path: '/foo', pathType: 'Prefix', backend: {}}, '/foo/bar')).toBeGreaterThan(0);
		expect(pathMatch({path: '/foo', pathType: 'Prefix', backend: {}}, '/foobar')).toBe(-1);
		expect(pathMatch({path: '/foo/', pathType: 'Prefix', backend: {}}, '/foo')).toBeGreaterThan(0);
		expect(pathMatch({path: '/foo', pathType: 'Exact', backend: {}}, '/foo/')).toBe(-1);
		expect(pathMatch({path: '/*', pathType: 'ImplementationSpecific', backend: {}}, '/anything')).toBe(-1);
	});
});

describe('ingress-nginx answering from the laptop', () => {
	it('routes by host and path (simple fanout) and names the Service in via', () => {
		const c = withIngressNginx();
		ingress(c, 'fanout', {rules: [{host: 'foo.bar.com', http: {paths: [{path: '/foo', pathType: 'Prefix', backend: backend('service1')}, {path: '/bar', pathType: 'Prefix', backend: backend('service2')}]}}]});
		expect(text(curl(c, LAPTOP, ['-s', '-H', 'Host: foo.bar.com', `http://${LB}/foo`]))).toBe('service1\n');
		expect(text(curl(c, LAPTOP, ['-s', '--resolve', `foo.bar.com:80:${LB}`, 'http://foo.bar.com/bar/baz']))).toBe('service2\n');
		const outcome = httpRequest(c, LAPTOP, {url: `http://${LB}/foo`, headers: [['Host', 'foo.bar.com']]});
		expect(outcome.kind).toBe('response');
		if (outcome.kind === 'response') {
			expect(outcome.servedBy?.pod).toBe('service1-pod');
			expect(outcome.via?.portType).toBe('LoadBalancer');
			expect(outcome.via?.service.name).toBe('ingress-nginx-controller');
			expect(outcome.via?.ingress?.service).toBe('service1');
		}
	});

	it("answers nginx's default 404 when nothing matches", () => {
		const c = withIngressNginx();
		ingress(c, 'fanout', {rules: [{host: 'foo.bar.com', http: {paths: [{path: '/foo', pathType: 'Prefix', backend: backend('service1')}]}}]});
		const result = curl(c, LAPTOP, ['-s', '-i', '-H', 'Host: foo.bar.com', `http://${LB}/foobar`]);
		expect(text(result)).toBe(`HTTP/1.1 404 Not Found\nDate: Thu, 01 Jan 2026 00:00:00 GMT\nContent-Type: text/html\nContent-Length: 146\nConnection: keep-alive\n\n${NGINX_404}`);
		expect(NGINX_404).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
		expect(result.trace?.some(hop => /no Ingress rule matches host "foo.bar.com" path \/foobar/.test(hop.text))).toBe(true);
	});

	it('wildcard hosts, the longest path, and defaultBackend', () => {
		const c = withIngressNginx();
		ingress(c, 'wild', {
			defaultBackend: backend('service2'),
			rules: [
				{host: '*.foo.com', http: {paths: [{path: '/', pathType: 'Prefix', backend: backend('service2')}, {path: '/api', pathType: 'Prefix', backend: backend('service1')}]}},
				{http: {paths: [{path: '/only', pathType: 'Exact', backend: backend('service1')}]}},
			],
		});
		const get = (host: string, path: string) => text(curl(c, LAPTOP, ['-s', '-H', `Host: ${host}`, `http://${LB}${path}`]));
		expect(get('bar.foo.com', '/api/v1')).toBe('service1\n');
		expect(get('bar.foo.com', '/')).toBe('service2\n');
		expect(get('other.example', '/only')).toBe('service1\n');
		expect(get('other.example', '/elsewhere')).toBe('service2\n');
	});

	it('a backend Service without endpoints gives 503', () => {
		const c = withIngressNginx();
		addService(c, {name: 'empty', clusterIP: '10.96.1.40', selector: {app: 'none'}});
		syncSlice(c, 'default', 'empty');
		ingress(c, 'e', {rules: [{http: {paths: [{path: '/', pathType: 'Prefix', backend: backend('empty')}]}}]});
		const out = text(curl(c, LAPTOP, ['-s', '-w', '%{http_code}', `http://${LB}/`]));
		expect(out).toBe('<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n503');
	});

	it('redirects plain HTTP to https for TLS hosts; -L follows it', () => {
		const c = withIngressNginx();
		ingress(c, 'secure', {tls: [{hosts: ['foo.bar.com'], secretName: 'foo-tls'}], rules: [{host: 'foo.bar.com', http: {paths: [{path: '/', pathType: 'Prefix', backend: backend('service1')}]}}]});
		const resolve = ['--resolve', `foo.bar.com:80:${LB}`, '--resolve', `foo.bar.com:443:${LB}`];
		const redirect = text(curl(c, LAPTOP, ['-si', ...resolve, 'http://foo.bar.com/x']));
		expect(redirect).toBe(
			'HTTP/1.1 308 Permanent Redirect\nDate: Thu, 01 Jan 2026 00:00:00 GMT\nContent-Type: text/html\nContent-Length: 164\nConnection: keep-alive\nLocation: https://foo.bar.com/x\n\n<html>\r\n<head><title>308 Permanent Redirect</title></head>\r\n<body>\r\n<center><h1>308 Permanent Redirect</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
		);
		expect(text(curl(c, LAPTOP, ['-sSL', ...resolve, 'http://foo.bar.com/x']))).toBe('curl: (60) SSL certificate problem: self-signed certificate\nMore details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the webpage mentioned above.\n');
		expect(text(curl(c, LAPTOP, ['-sLk', ...resolve, 'http://foo.bar.com/x']))).toBe('service1\n');
	});

	it('ignores Ingresses of another class', () => {
		const c = withIngressNginx();
		ingress(c, 'other', {ingressClassName: 'nginx-example', rules: [{http: {paths: [{path: '/', pathType: 'Prefix', backend: backend('service1')}]}}]});
		expect(text(curl(c, LAPTOP, ['-s', '-o', '/dev/null', '-w', '%{http_code}', `http://${LB}/`]))).toBe('404');
	});
});

describe('ingress-nginx behind a NetworkPolicy', () => {
	const policy = (c: Cluster, name: string, spec: Record<string, unknown>) => put(c, {apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name, namespace: 'default'}, spec});
	const simple = (c: Cluster) => ingress(c, 'simple', {rules: [{http: {paths: [{path: '/', pathType: 'Prefix', backend: backend('service1')}]}}]});

	it('a default deny on the backends gives 504 from the controller; admitting its namespace brings the answer back', () => {
		const c = withIngressNginx();
		simple(c);
		policy(c, 'deny-all', {podSelector: {}});
		const result = curl(c, LAPTOP, ['-s', `http://${LB}/`]);
		expect(text(result)).toBe('<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n');
		expect(result.trace?.some(hop => hop.kind === 'drop' && hop.text.startsWith('dropped by NetworkPolicy default/deny-all (ingress of pod default/service1-pod)'))).toBe(true);
		policy(c, 'from-ingress-nginx', {podSelector: {}, ingress: [{from: [{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'ingress-nginx'}}}]}]});
		expect(text(curl(c, LAPTOP, ['-s', `http://${LB}/`]))).toBe('service1\n');
	});
});
