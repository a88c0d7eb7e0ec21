import {describe, expect, it} from 'vitest';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {LAPTOP, type Vantage} from '../../../../src/core/cluster/vantage.js';
import {addPod, addService, bareCluster, streamText, syncSlice, text, webApp} from './fixtures.js';

const worker: Vantage = {kind: 'node', node: 'kind-worker'};
const client: Vantage = {kind: 'pod', namespace: 'default', pod: 'client'};

function withClient(cluster = bareCluster()) {
	addPod(cluster, {name: 'client', ip: '10.244.1.10', node: 'kind-worker', image: 'curlimages/curl:8.5.0', command: ['sleep', 'infinity']});
	return cluster;
}

const HELLO = /^Hello, world!\nVersion: 2\.0\.0\nHostname: web-7d4b9c6f5-(abcde|fghij)\n$/;

describe('curl through a ClusterIP Service', () => {
	it('reaches a pod from inside a pod, by short name', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, client, ['-s', 'http://web']);
		expect(result.exitCode).toBe(0);
		expect(text(result)).toMatch(HELLO);
	});

	it('reaches a pod from a node by ClusterIP, but the node cannot resolve the name', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, worker, ['-s', '10.96.12.34']))).toMatch(HELLO);
		const byName = curl(cluster, worker, ['web']);
		expect(byName.exitCode).toBe(6);
		expect(text(byName)).toBe('curl: (6) Could not resolve host: web\n');
	});

	it('times out from the laptop: the ClusterIP is not routed outside', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, LAPTOP, ['-m', '5', 'http://10.96.12.34']);
		expect(result.exitCode).toBe(28);
		expect(text(result)).toMatch(/^curl: \(28\) Failed to connect to 10\.96\.12\.34 port 80 after 500\d ms: Timeout was reached\n$/);
		expect(cluster.clock.now()).toBeGreaterThanOrEqual(5000);
	});

	it('without -m a dropped SYN waits about 133 s', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, LAPTOP, ['10.96.12.34']);
		expect(result.exitCode).toBe(28);
		expect(text(result)).toMatch(/^curl: \(28\) Failed to connect to 10\.96\.12\.34 port 80 after 133\d{3} ms: Couldn't connect to server\n$/);
		expect(cluster.clock.now()).toBeGreaterThanOrEqual(133000);
	});

	it('the laptop cannot resolve cluster names', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, LAPTOP, ['http://web.default.svc.cluster.local']))).toBe('curl: (6) Could not resolve host: web.default.svc.cluster.local\n');
	});

	it('is refused at once when the Service has no endpoints (REJECT)', () => {
		const cluster = withClient();
		addService(cluster, {name: 'web', clusterIP: '10.96.12.34', ports: [{port: 80, protocol: 'TCP', targetPort: 8080}], selector: {app: 'wbe'}});
		syncSlice(cluster, 'default', 'web');
		const result = curl(cluster, client, ['web']);
		expect(result.exitCode).toBe(7);
		expect(text(result)).toBe("curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server\n");
		expect(result.trace?.some(hop => hop.kind === 'reject' && /no endpoints/.test(hop.text))).toBe(true);
	});

	it('is refused when no endpoint is ready', () => {
		const cluster = withClient();
		webApp(cluster, {replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5', ready: false}]});
		const result = curl(cluster, worker, ['10.96.12.34']);
		expect(result.exitCode).toBe(7);
		expect(text(result)).toBe("curl: (7) Failed to connect to 10.96.12.34 port 80 after 0 ms: Couldn't connect to server\n");
	});

	it('is refused when the targetPort is not where the container listens (RST)', () => {
		const cluster = withClient();
		webApp(cluster, {targetPort: 80});
		const result = curl(cluster, client, ['http://web']);
		expect(result.exitCode).toBe(7);
		expect(text(result)).toBe("curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server\n");
		expect(result.trace?.some(hop => hop.kind === 'refused' && /nothing listens on 10\.244\.\d\.\d+:80/.test(hop.text))).toBe(true);
	});

	it('blackholes a port the Service does not define', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, client, ['-m', '3', 'http://web:8080']);
		expect(result.exitCode).toBe(28);
		expect(text(result)).toMatch(/^curl: \(28\) Failed to connect to web port 8080 after 300\d ms: Timeout was reached\n$/);
		expect(result.trace?.some(hop => hop.kind === 'drop' && /blackholed/.test(hop.text))).toBe(true);
	});

	it('localhost:<servicePort> inside a pod is the pod itself', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, client, ['localhost:80']))).toBe("curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n");
	});

	it('pod IPs answer from pods and nodes, not from the laptop', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, client, ['-s', '10.244.2.7:8080']))).toBe('Hello, world!\nVersion: 2.0.0\nHostname: web-7d4b9c6f5-fghij\n');
		expect(text(curl(cluster, worker, ['-s', '10.244.2.7:8080']))).toContain('fghij');
		expect(curl(cluster, LAPTOP, ['-m', '2', '10.244.2.7:8080']).exitCode).toBe(28);
	});

	it('-s hides errors, -sS shows them', () => {
		const cluster = withClient();
		expect(text(curl(cluster, client, ['-s', 'http://nothing']))).toBe('');
		expect(text(curl(cluster, client, ['-sS', 'http://nothing']))).toBe('curl: (6) Could not resolve host: nothing\n');
	});
});

describe('curl through NodePort and LoadBalancer', () => {
	it('reaches the Service on every node from the laptop (ETP Cluster), with SNAT', () => {
		const cluster = withClient();
		webApp(cluster, {type: 'NodePort', nodePort: 30080});
		for (const ip of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
			const result = curl(cluster, LAPTOP, ['-s', `http://${ip}:30080/`]);
			expect(text(result)).toMatch(HELLO);
			expect(result.trace?.some(hop => hop.kind === 'snat' && hop.text.includes(ip))).toBe(true);
		}
	});

	it('ETP Local: the laptop times out on a node without a local endpoint but pods still succeed', () => {
		const cluster = withClient();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		expect(text(curl(cluster, LAPTOP, ['-s', 'http://172.18.0.3:30080/']))).toContain('Hostname: web-1');
		const dropped = curl(cluster, LAPTOP, ['-m', '5', 'http://172.18.0.4:30080/']);
		expect(dropped.exitCode).toBe(28);
		expect(dropped.trace?.some(hop => hop.kind === 'drop' && /externalTrafficPolicy: Local/.test(hop.text))).toBe(true);
		expect(text(curl(cluster, client, ['-s', 'http://172.18.0.4:30080/']))).toContain('Hostname: web-1');
		expect(text(curl(cluster, {kind: 'node', node: 'kind-worker2'}, ['-s', 'http://127.0.0.1:30080/']))).toContain('Hostname: web-1');
	});

	it('ETP Local keeps the client address', () => {
		const cluster = withClient();
		webApp(cluster, {type: 'NodePort', nodePort: 30080, spec: {externalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		const result = curl(cluster, LAPTOP, ['-s', 'http://172.18.0.3:30080/']);
		expect(result.trace?.some(hop => hop.kind === 'snat' && hop.text.includes('the pod sees 172.18.0.1'))).toBe(true);
	});

	it('NodePort without endpoints is refused', () => {
		const cluster = withClient();
		addService(cluster, {name: 'web', type: 'NodePort', clusterIP: '10.96.12.34', ports: [{port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP'}], selector: {app: 'web'}});
		syncSlice(cluster, 'default', 'web');
		expect(text(curl(cluster, LAPTOP, ['172.18.0.3:30080']))).toBe("curl: (7) Failed to connect to 172.18.0.3 port 30080 after 0 ms: Couldn't connect to server\n");
	});

	it('a LoadBalancer IP works from the laptop once assigned', () => {
		const cluster = withClient();
		webApp(cluster, {type: 'LoadBalancer', nodePort: 31000});
		// Before the cloud controller assigns it, nothing on the node network owns the address.
		const pending = curl(cluster, LAPTOP, ['-m', '5', 'http://172.18.255.200/']);
		expect(text(pending)).toMatch(/^curl: \(7\) Failed to connect to 172\.18\.255\.200 port 80 after 30\d\d ms: Couldn't connect to server\n$/);
		const service = cluster.store.get('Service', 'default', 'web')!;
		cluster.store.put({...service, status: {loadBalancer: {ingress: [{ip: '172.18.255.200', ipMode: 'VIP'}]}}});
		expect(text(curl(cluster, LAPTOP, ['-s', 'http://172.18.255.200/']))).toMatch(HELLO);
		expect(text(curl(cluster, client, ['-s', 'http://172.18.255.200/']))).toMatch(HELLO);
	});

	it('a node port nobody uses is refused by the node', () => {
		const cluster = withClient();
		expect(text(curl(cluster, LAPTOP, ['172.18.0.3:30999']))).toBe("curl: (7) Failed to connect to 172.18.0.3 port 30999 after 0 ms: Couldn't connect to server\n");
	});
});

describe('curl session affinity and load balancing', () => {
	it('spreads requests over endpoints without affinity', () => {
		const cluster = withClient();
		webApp(cluster);
		const seen = new Set<string>();
		for (let i = 0; i < 20; i++) seen.add(text(curl(cluster, client, ['-s', 'web'])));
		expect(seen.size).toBe(2);
	});

	it('sticks to one endpoint per client IP with ClientIP affinity', () => {
		const cluster = withClient();
		addPod(cluster, {name: 'client2', ip: '10.244.2.20', node: 'kind-worker2', image: 'curlimages/curl:8.5.0', command: ['sleep', 'infinity']});
		webApp(cluster, {spec: {sessionAffinity: 'ClientIP', sessionAffinityConfig: {clientIP: {timeoutSeconds: 10800}}}});
		const first = text(curl(cluster, client, ['-s', 'web']));
		for (let i = 0; i < 10; i++) expect(text(curl(cluster, client, ['-s', 'web']))).toBe(first);
		const other = new Set<string>();
		for (let i = 0; i < 10; i++) other.add(text(curl(cluster, {kind: 'pod', namespace: 'default', pod: 'client2'}, ['-s', 'web'])));
		expect(other.size).toBe(1);
	});

	it('forgets the choice after the affinity timeout', () => {
		const cluster = withClient();
		webApp(cluster, {spec: {sessionAffinity: 'ClientIP', sessionAffinityConfig: {clientIP: {timeoutSeconds: 10}}}});
		curl(cluster, client, ['-s', 'web']);
		cluster.clock.advance(11_000);
		const result = curl(cluster, client, ['-s', 'web']);
		expect(result.trace?.some(hop => /no recent choice/.test(hop.text))).toBe(true);
	});

	it('is deterministic for a seed', () => {
		const run = () => {
			const cluster = withClient(bareCluster(42));
			webApp(cluster);
			return Array.from({length: 8}, () => text(curl(cluster, client, ['-s', 'web']))).join('|');
		};
		expect(run()).toBe(run());
	});
});

describe('curl options and texts', () => {
	it('-I prints the headers of a Go server', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, client, ['-I', 'web']))).toBe('HTTP/1.1 200 OK\nContent-Length: 59\nContent-Type: text/plain; charset=utf-8\nDate: Thu, 01 Jan 2026 00:00:00 GMT\n\n');
	});

	it('-v shows the connection on stderr and the body on stdout', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, client, ['-v', 'http://web/']);
		expect(streamText(result, 'stderr')).toBe(
			[
				'* Host web:80 was resolved.',
				'* IPv6: (none)',
				'* IPv4: 10.96.12.34',
				'*   Trying 10.96.12.34:80...',
				'* Connected to web (10.96.12.34) port 80',
				'> GET / HTTP/1.1',
				'> Host: web',
				'> User-Agent: curl/8.5.0',
				'> Accept: */*',
				'> ',
				'< HTTP/1.1 200 OK',
				'< Content-Length: 59',
				'< Content-Type: text/plain; charset=utf-8',
				'< Date: Thu, 01 Jan 2026 00:00:00 GMT',
				'< ',
				'* Connection #0 to host web left intact',
				'',
			].join('\n'),
		);
		expect(streamText(result, 'stdout')).toMatch(HELLO);
	});

	it('-v on a refused connection', () => {
		const cluster = withClient();
		addService(cluster, {name: 'web', clusterIP: '10.96.104.46', ports: [{port: 81, protocol: 'TCP', targetPort: 81}], selector: {app: 'x'}});
		syncSlice(cluster, 'default', 'web');
		expect(text(curl(cluster, client, ['-v', '10.96.104.46:81']))).toBe(
			"*   Trying 10.96.104.46:81...\n* connect to 10.96.104.46 port 81 failed: Connection refused\n* Failed to connect to 10.96.104.46 port 81 after 0 ms: Couldn't connect to server\n* Closing connection\ncurl: (7) Failed to connect to 10.96.104.46 port 81 after 0 ms: Couldn't connect to server\n",
		);
	});

	it("-o /dev/null -w '%{http_code}' prints only the status", () => {
		const cluster = withClient();
		webApp(cluster);
		expect(text(curl(cluster, client, ['-s', '-o', '/dev/null', '-w', '%{http_code}\\n', 'web']))).toBe('200\n');
		expect(text(curl(cluster, client, ['-s', '-o', '/dev/null', '-w', '%{http_code}', 'nothing']))).toBe('000');
	});

	it('-o without -s draws the progress meter on stderr', () => {
		const cluster = withClient();
		webApp(cluster);
		const result = curl(cluster, client, ['-o', '/dev/null', 'web']);
		expect(streamText(result, 'stdout')).toBe('');
		expect(streamText(result, 'stderr')).toBe(
			'  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100    59  100    59    0     0  29500      0 --:--:-- --:--:-- --:--:-- 29500\n',
		);
	});

	it('rejects unknown options with curl\'s words', () => {
		const cluster = withClient();
		const result = curl(cluster, client, ['--max-time=5', 'web']);
		expect(result.exitCode).toBe(2);
		expect(text(result)).toBe("curl: option --max-time=5: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
		expect(text(curl(cluster, client, []))).toBe("curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
		expect(text(curl(cluster, client, ['ftp://web']))).toBe('curl: (1) Protocol "ftp" not supported\n');
	});

	it('https to the API server: certificate problem without -k, 403 with -k', () => {
		const cluster = withClient();
		const noK = curl(cluster, client, ['https://kubernetes.default']);
		expect(noK.exitCode).toBe(60);
		expect(text(noK)).toMatch(/^curl: \(60\) SSL certificate problem: unable to get local issuer certificate\n/);
		const withK = curl(cluster, client, ['-sk', 'https://kubernetes.default/']);
		expect(text(withK)).toContain('"message": "forbidden: User \\"system:anonymous\\" cannot get path \\"/\\""');
	});

	it('nodes use curl 7.88 style verbose lines', () => {
		const cluster = withClient();
		webApp(cluster);
		expect(streamText(curl(cluster, worker, ['-v', '10.96.12.34']), 'stderr')).toContain('* Connected to 10.96.12.34 (10.96.12.34) port 80 (#0)\n> GET / HTTP/1.1\n> Host: 10.96.12.34\n> User-Agent: curl/7.88.1\n');
	});
});

describe('curl: policies, headless, ExternalName and externalIPs', () => {
	it('ITP Local drops traffic from a node without a local endpoint', () => {
		const cluster = withClient();
		webApp(cluster, {spec: {internalTrafficPolicy: 'Local'}, replicas: [{name: 'web-1', node: 'kind-worker2', ip: '10.244.2.7'}]});
		const result = curl(cluster, client, ['-m', '5', 'http://web']);
		expect(result.exitCode).toBe(28);
		expect(result.trace?.some(hop => hop.kind === 'drop' && /internalTrafficPolicy: Local/.test(hop.text))).toBe(true);
		expect(text(curl(cluster, {kind: 'node', node: 'kind-worker2'}, ['-s', '10.96.12.34']))).toContain('Hostname: web-1');
	});

	it('a headless Service sends the client straight to a pod on the port it typed', () => {
		const cluster = withClient();
		webApp(cluster);
		addService(cluster, {name: 'direct', clusterIP: 'None', selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 8080}]});
		syncSlice(cluster, 'default', 'direct');
		expect(text(curl(cluster, client, ['-s', 'http://direct:8080/']))).toMatch(HELLO);
		// the Service's port→targetPort mapping is not applied
		expect(curl(cluster, client, ['-s', 'http://direct/']).exitCode).toBe(7);
	});

	it('ExternalName is only a CNAME: the external server sees the Service name as Host', () => {
		const cluster = withClient();
		addService(cluster, {name: 'db', type: 'ExternalName', spec: {externalName: 'db.example.com'}});
		const result = curl(cluster, client, ['-s', '-o', '/dev/null', '-w', '%{http_code} %{remote_ip}', 'http://db/']);
		expect(text(result)).toBe('404 203.0.113.40');
		expect(text(curl(cluster, client, ['-s', '-o', '/dev/null', '-w', '%{http_code}', '-H', 'Host: db.example.com', 'http://db/']))).toBe('200');
		expect(text(curl(cluster, LAPTOP, ['-s', '-S', 'http://db/']))).toBe('curl: (6) Could not resolve host: db\n');
	});

	it('an externalIP that is a node address works from the laptop; others are not routed', () => {
		const cluster = withClient();
		webApp(cluster, {spec: {externalIPs: ['172.18.0.4']}});
		expect(text(curl(cluster, LAPTOP, ['-s', 'http://172.18.0.4/']))).toMatch(HELLO);
		const other = withClient();
		webApp(other, {spec: {externalIPs: ['198.51.100.99']}});
		expect(curl(other, LAPTOP, ['-m', '1', 'http://198.51.100.99/']).exitCode).toBe(28);
		expect(text(curl(other, client, ['-s', 'http://198.51.100.99/']))).toMatch(HELLO);
	});

	it('falls back to terminating endpoints that still serve', () => {
		const cluster = withClient();
		webApp(cluster, {replicas: [{name: 'web-1', node: 'kind-worker', ip: '10.244.1.5'}]});
		const slice = cluster.store.get('EndpointSlice', 'default', 'web-abcde')!;
		const endpoints = (slice.endpoints as Array<Record<string, unknown>>).map(e => ({...e, conditions: {ready: false, serving: true, terminating: true}}));
		cluster.store.put({...slice, endpoints});
		expect(text(curl(cluster, client, ['-s', 'web']))).toContain('Hostname: web-1');
	});

	it('a deleted pod IP is unreachable after the ARP timeout', () => {
		const cluster = withClient();
		expect(text(curl(cluster, client, ['10.244.2.99']))).toMatch(/^curl: \(7\) Failed to connect to 10\.244\.2\.99 port 80 after 30\d\d ms: Couldn't connect to server\n$/);
	});
});

describe('images from the Kubernetes tutorials', () => {
	it('hello-frontend proxies to Service hello, whose backends answer {"message":"Hello"}', () => {
		const cluster = withClient();
		addPod(cluster, {name: 'backend-1', ip: '10.244.2.11', node: 'kind-worker2', labels: {app: 'hello', tier: 'backend'}, image: 'gcr.io/google-samples/hello-go-gke:1.0', ports: [{containerPort: 80, name: 'http'}]});
		addService(cluster, {name: 'hello', clusterIP: '10.96.5.5', selector: {app: 'hello', tier: 'backend'}, ports: [{port: 80, protocol: 'TCP', targetPort: 'http'}]});
		syncSlice(cluster, 'default', 'hello');
		addPod(cluster, {name: 'frontend-1', ip: '10.244.1.12', labels: {app: 'hello', tier: 'frontend'}, image: 'gcr.io/google-samples/hello-frontend:1.0'});
		addService(cluster, {name: 'frontend', type: 'NodePort', clusterIP: '10.96.5.6', selector: {app: 'hello', tier: 'frontend'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30500}]});
		syncSlice(cluster, 'default', 'frontend');
		const result = curl(cluster, LAPTOP, ['-s', 'http://172.18.0.3:30500']);
		expect(text(result)).toBe('{"message":"Hello"}');
		expect(result.trace?.some(hop => hop.kind === 'proxy' && /Service hello/.test(hop.text))).toBe(true);
	});

	it('agnhost netexec tells the client address it sees', () => {
		const cluster = withClient();
		addPod(cluster, {name: 'net', ip: '10.244.2.13', node: 'kind-worker2', labels: {app: 'net'}, image: 'registry.k8s.io/e2e-test-images/agnhost:2.39', args: ['netexec', '--http-port=8080']});
		addService(cluster, {name: 'net', type: 'NodePort', clusterIP: '10.96.5.7', selector: {app: 'net'}, ports: [{port: 80, protocol: 'TCP', targetPort: 8080, nodePort: 30600}], spec: {externalTrafficPolicy: 'Local'}});
		syncSlice(cluster, 'default', 'net');
		expect(text(curl(cluster, LAPTOP, ['-s', 'http://172.18.0.4:30600/clientip']))).toMatch(/^172\.18\.0\.1:\d+$/);
		expect(text(curl(cluster, client, ['-s', 'http://net/clientip']))).toMatch(/^10\.244\.1\.10:\d+$/);
		expect(text(curl(cluster, client, ['-s', 'http://net/hostname']))).toBe('net');
	});
});

describe('traefik/whoami shows the source address the pod sees', () => {
	it('the node address for ETP Cluster, the laptop address for ETP Local', () => {
		for (const [policy, seen] of [['Cluster', '172.18.0.3'], ['Local', '172.18.0.1']] as const) {
			const cluster = withClient();
			addPod(cluster, {name: 'who', ip: '10.244.1.14', labels: {app: 'who'}, image: 'traefik/whoami:v1.10', ports: [{containerPort: 80}]});
			addService(cluster, {name: 'who', type: 'NodePort', clusterIP: '10.96.5.8', selector: {app: 'who'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30700}], spec: {externalTrafficPolicy: policy}});
			syncSlice(cluster, 'default', 'who');
			const body = text(curl(cluster, LAPTOP, ['-s', 'http://172.18.0.3:30700/']));
			expect(body).toMatch(new RegExp(`^Hostname: who\\nIP: 127\\.0\\.0\\.1\\nIP: 10\\.244\\.1\\.14\\nRemoteAddr: ${seen.replace(/\./g, '\\.')}:\\d+\\nGET / HTTP/1\\.1\\r\\nHost: 172\\.18\\.0\\.3:30700\\r\\nUser-Agent: curl/8\\.5\\.0\\r\\nAccept: \\*/\\*\\r\\n\\r\\n$`));
		}
	});
});
