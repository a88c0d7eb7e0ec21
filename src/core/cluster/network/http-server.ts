/**
 * What a simulated workload answers once a TCP connection reaches it. The answer depends on the
 * image (hello-app, agnhost, nginx, whoami, http-echo, redis …); unknown images greet with the
 * pod's name and IP so a learner can watch load balancing. The ingress-nginx controller routes by
 * Ingress rules and proxies to the chosen Service's endpoints.
 */
import type {Cluster} from '../cluster.js';
import type {Container, Pod} from '../kube-object.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import {appendContainerLog, goLogTime} from '../controllers/container-log.js';
import {byteLength, httpdServes, httpDate, nginxErrorPage, nginxHelloServes, nginxServes, NGINX_VERSION, type LogTarget} from './static-servers.js';
import {podForEndpoint, serviceByName, type StoredPod} from './addresses.js';
import {backendsForPort, usableBackends} from './endpoints.js';
import {routeIngress} from './ingress-routing.js';
import {checkConnection} from './network-policy.js';
import {internetHostByIP} from './internet.js';
import type {HttpRequestMessage, HttpResponseMessage} from './http-message.js';
import type {TraceHop} from './trace.js';
import {listeningPorts} from './workload-ports.js';

// The messages live in their own file, so the static servers can use them without importing the
// server that calls them (test/import-cycles.test.ts).
export type {HttpRequestMessage, HttpResponseMessage} from './http-message.js';

export interface ServedBy {
	namespace: string;
	pod: string;
	ip: string;
	port: number;
}

export interface IngressHop {
	namespace: string;
	ingress: string;
	matched: string;
	service?: string;
}

export type ServerReply =
	| {kind: 'response'; response: HttpResponseMessage; servedBy?: ServedBy; ingress?: IngressHop; hops: TraceHop[]}
	/** The server closed the connection without an HTTP answer (curl exit 52). */
	| {kind: 'empty-reply'; hops: TraceHop[]}
	/** TLS failed: `curl: (35) …` when the server does not speak TLS, `(60)` for an untrusted certificate. */
	| {kind: 'tls-error'; code: 35 | 60; message: string; hops: TraceHop[]};

export interface ServeOptions {
	/** curl -k: accept any certificate. */
	insecure: boolean;
}

export {nginxErrorPage, httpDate};

export const NGINX_404 = nginxErrorPage(404, 'Not Found');

const REASONS: Record<number, string> = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 307: 'Temporary Redirect', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 412: 'Precondition Failed', 500: 'Internal Server Error', 503: 'Service Unavailable'};

/** Go's net/http: headers sorted by name, no Server header. */
function goResponse(cluster: Cluster, body: string, status = 200, contentType = 'text/plain; charset=utf-8'): HttpResponseMessage {
	return {
		status,
		reason: REASONS[status] ?? 'OK',
		headers: [
			['Content-Length', String(byteLength(body))],
			['Content-Type', contentType],
			['Date', httpDate(cluster)],
		],
		body,
	};
}

/** ingress-nginx answers with its own pages (server tokens hidden, no Server header). */
function ingressPage(cluster: Cluster, status: number, reason: string, body: string): HttpResponseMessage {
	return {
		status,
		reason,
		headers: [
			['Date', httpDate(cluster)],
			['Content-Type', 'text/html'],
			['Content-Length', String(byteLength(body))],
			['Connection', 'keep-alive'],
		],
		body,
	};
}

function containerOnPort(pod: Readonly<Pod>, port: number): Container | undefined {
	const listening = listeningPorts(pod as Pod).find(p => p.port === port);
	return pod.spec?.containers?.find(c => c.name === listening?.container) ?? pod.spec?.containers?.[0];
}

function imageTag(image: string): string {
	const noDigest = image.split('@')[0];
	const slash = noDigest.lastIndexOf('/');
	const colon = noDigest.lastIndexOf(':');
	return colon > slash ? noDigest.slice(colon + 1) : 'latest';
}

/** `hello-app:2.0` for `us-docker.pkg.dev/…/hello-app:2.0`. */
function shortImage(image: string): string {
	return image.split('@')[0].split('/').pop() ?? image;
}

function argsOf(container: Container): string {
	return [...(container.command ?? []), ...(container.args ?? [])].join(' ');
}

function podIP(pod: Readonly<Pod>): string {
	return pod.status?.podIP ?? '';
}

export function isIngressController(pod: Readonly<Pod>): boolean {
	return (pod.spec?.containers ?? []).some(c => /ingress-nginx\/controller/.test(c.image ?? ''));
}

/** What the pod's server answers on `port` (the caller checked that it listens there). */
export function podServes(cluster: Cluster, pod: Readonly<StoredPod>, port: number, request: HttpRequestMessage, options: ServeOptions): ServerReply {
	const namespace = pod.metadata.namespace ?? 'default';
	const name = pod.metadata.name;
	const servedBy: ServedBy = {namespace, pod: name, ip: podIP(pod), port};
	const where = `pod ${namespace}/${name}`;
	const container = containerOnPort(pod, port);
	const image = container?.image ?? '';
	const log: LogTarget = {namespace, pod: name, container: container?.name ?? ''};
	if (isIngressController(pod)) return ingressController(cluster, pod, port, request, options);
	if (request.tls) {
		return {kind: 'tls-error', code: 35, message: 'OpenSSL/3.0.15: error:0A00010B:SSL routines::wrong version number', hops: [{kind: 'refused', where, text: `${image || 'the server'} speaks plain HTTP on port ${port}, not TLS`}]};
	}
	const hops: TraceHop[] = [];
	const reply = (response: HttpResponseMessage): ServerReply => {
		hops.push({kind: 'respond', where, text: `${shortImage(image) || 'the container'} answered ${response.status} ${response.reason} to ${request.method} ${request.path} (it sees the client as ${request.clientIP})`});
		return {kind: 'response', response, servedBy, hops};
	};
	if (/(^|\/)coredns(:|@|$)/.test(image)) {
		// its health plugin on 8080 (/health) and ready plugin on 8181 (/ready)
		const path = request.path.split('?')[0];
		const ok = (port === 8080 && path === '/health') || (port === 8181 && path === '/ready');
		return reply(ok ? goResponse(cluster, 'OK') : goResponse(cluster, '404 page not found\n', 404));
	}
	if (/(^|\/)redis(:|$)|redis-|gb-redis/.test(image)) {
		hops.push({kind: 'respond', where, text: 'redis does not speak HTTP: it closes the connection without an answer'});
		return {kind: 'empty-reply', hops};
	}
	if (/hello-app/.test(image)) {
		const tag = imageTag(image);
		const version = /^\d+\.\d+$/.test(tag) ? `${tag}.0` : tag;
		return reply(goResponse(cluster, `Hello, world!\nVersion: ${version}\nHostname: ${name}\n`));
	}
	if (/agnhost/.test(image)) {
		const args = container ? argsOf(container) : '';
		if (/netexec/.test(args)) return reply(netexecServes(cluster, request, name, log));
		return reply(goResponse(cluster, name));
	}
	// The Kubernetes docs' debugging example (`registry.k8s.io/serve_hostname`) answers with the bare pod name.
	if (/serve_hostname/.test(image)) return reply(goResponse(cluster, name));
	if (/hello-go-gke/.test(image)) return reply(goResponse(cluster, '{"message":"Hello"}', 200, 'application/json'));
	if (/hello-frontend/.test(image)) {
		// The tutorial's frontend-nginx.conf: `location / { proxy_pass http://hello; }`.
		const proxied = proxyToService(cluster, pod, where, namespace, 'hello', {number: 80}, request, options, NGINX_VERSION);
		return {...proxied, hops: [{kind: 'proxy', where, text: 'nginx proxies / to Service hello'}, ...proxied.hops]} as ServerReply;
	}
	if (/http-echo/.test(image)) {
		const text = /-text[= ](?:"([^"]*)"|(\S+))/.exec(container ? argsOf(container) : '');
		return reply(goResponse(cluster, `${text?.[1] ?? text?.[2] ?? 'hello-world'}\n`));
	}
	if (/whoami/.test(image)) {
		// Its own lines, then the request as received, in wire format (CRLF).
		const about = [`Hostname: ${name}`, 'IP: 127.0.0.1', `IP: ${podIP(pod)}`, `RemoteAddr: ${request.clientIP}:${request.clientPort}`].join('\n') + '\n';
		const wire = [`${request.method} ${request.path} HTTP/1.1`, `Host: ${request.host}`, ...request.headers.filter(([k]) => k.toLowerCase() !== 'host').map(([k, v]) => `${k}: ${v}`)];
		return reply(goResponse(cluster, `${about}${wire.join('\r\n')}\r\n\r\n`));
	}
	if (/nginxdemos\/hello/.test(image)) {
		return reply(nginxHelloServes(cluster, request, {name, address: `${podIP(pod)}:${port}`}, imageTag(image) === 'plain-text', log));
	}
	if (/(^|\/)nginx(:|@|$)|nginx-unprivileged/.test(image)) {
		const tag = imageTag(image);
		const version = /^\d+\.\d+\.\d+/.exec(tag)?.[0] ?? NGINX_VERSION;
		return reply(nginxServes(cluster, request, version, log));
	}
	if (/(^|\/)httpd(:|$)/.test(image)) return reply(httpdServes(cluster, request, log));
	return reply(goResponse(cluster, `Hello from ${name} (${podIP(pod)})\n`));
}

/** The form values of a query string, as Go's `r.FormValue` decodes them. */
function formValue(path: string, key: string): string {
	const query = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
	for (const pair of query.split('&')) {
		const [name, value = ''] = pair.split('=');
		if (name !== key) continue;
		try {
			return decodeURIComponent(value.replace(/\+/g, ' '));
		} catch {
			return value;
		}
	}
	return '';
}

/**
 * agnhost netexec (test/images/agnhost/netexec in kubernetes/kubernetes): `/hostname`,
 * `/clientip`, `/echo?msg=&code=`, `/healthz` (200 once its UDP server is up, which is at once),
 * `/redirect`, and the time for every other path; each handler logs its request line.
 */
function netexecServes(cluster: Cluster, request: HttpRequestMessage, hostname: string, log: LogTarget): HttpResponseMessage {
	const path = request.path.split('?')[0];
	const say = (line: string) => appendContainerLog(cluster, log.namespace, log.pod, log.container, `${goLogTime(cluster)} ${line}\n`);
	switch (path) {
		case '/hostname':
		case '/hostName':
			say(`GET ${path}`);
			return goResponse(cluster, hostname);
		case '/clientip':
			say('GET /clientip');
			return goResponse(cluster, `${request.clientIP}:${request.clientPort}`);
		case '/echo': {
			const msg = formValue(request.path, 'msg');
			const code = formValue(request.path, 'code');
			say(`GET /echo?msg=${msg}&code=${code}`);
			if (code !== '' && !/^\d+$/.test(code)) return goResponse(cluster, `argument 'code' must be an integer or empty, got "${code}"\n`);
			return goResponse(cluster, msg, code === '' ? 200 : Number(code));
		}
		case '/healthz':
			say('GET /healthz');
			return goResponse(cluster, '');
		case '/redirect': {
			const location = formValue(request.path, 'location');
			const code = formValue(request.path, 'code');
			say(`${request.method} /redirect?msg=${location}&code=${code}`);
			const response = goResponse(cluster, '', /^\d+$/.test(code) ? Number(code) : 302);
			response.headers.push(['Location', location]);
			return response;
		}
		default:
			say('GET /');
			return goResponse(cluster, `NOW: ${new Date(SIM_EPOCH_MS + cluster.clock.now()).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} +0000 UTC`);
	}
}

// ---------------------------------------------------------------- ingress-nginx

function ingressController(cluster: Cluster, pod: Readonly<StoredPod>, port: number, request: HttpRequestMessage, options: ServeOptions): ServerReply {
	const where = `ingress controller ${pod.metadata.name}`;
	const hops: TraceHop[] = [];
	if (port === 10254) {
		// the controller's own health and metrics server (what its probes ask)
		const path = request.path.split('?')[0];
		hops.push({kind: 'respond', where, text: `the controller's health server answered ${path === '/healthz' ? '200' : '404'} to GET ${path}`});
		const response = path === '/healthz' ? goResponse(cluster, 'ok') : goResponse(cluster, '404 page not found\n', 404);
		return {kind: 'response', response, hops};
	}
	const httpsPort = port === 443;
	if (httpsPort && !request.tls) {
		const reason = 'The plain HTTP request was sent to HTTPS port';
		const body = `<html>\r\n<head><title>400 ${reason}</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<center>${reason}</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
		hops.push({kind: 'respond', where, text: 'plain HTTP sent to the HTTPS port 443: 400'});
		return {kind: 'response', response: ingressPage(cluster, 400, 'Bad Request', body), hops};
	}
	if (request.tls && !httpsPort) {
		return {kind: 'tls-error', code: 35, message: 'OpenSSL/3.0.15: error:0A00010B:SSL routines::wrong version number', hops: [{kind: 'refused', where, text: 'port 80 speaks plain HTTP, not TLS'}]};
	}
	if (request.tls && !options.insecure) {
		return {kind: 'tls-error', code: 60, message: 'SSL certificate problem: self-signed certificate', hops: [{kind: 'refused', where, text: 'ingress-nginx presents its "Kubernetes Ingress Controller Fake Certificate" (self-signed); use -k to accept it'}]};
	}
	const path = request.path.split('?')[0] || '/';
	const route = routeIngress(cluster, request.host, path);
	if (!route) {
		hops.push({kind: 'respond', where, text: `no Ingress rule matches host "${request.host.replace(/:\d+$/, '')}" path ${path}: nginx's default 404`});
		return {kind: 'response', response: ingressPage(cluster, 404, 'Not Found', NGINX_404), hops};
	}
	const ingressNs = route.ingress.metadata.namespace ?? 'default';
	const ingressHop: IngressHop = {namespace: ingressNs, ingress: route.ingress.metadata.name, matched: route.matched, service: route.service?.name};
	const bareHost = request.host.replace(/:\d+$/, '').toLowerCase();
	if (!request.tls && (route.ingress.spec?.tls ?? []).some(tls => (tls.hosts ?? []).includes(bareHost))) {
		// ssl-redirect defaults to true for hosts with TLS: plain HTTP gets a permanent redirect.
		hops.push({kind: 'respond', where, text: `${bareHost} has TLS in Ingress ${ingressNs}/${route.ingress.metadata.name}: plain HTTP is redirected to https (308)`});
		const response = ingressPage(cluster, 308, 'Permanent Redirect', nginxErrorPage(308, 'Permanent Redirect'));
		response.headers.push(['Location', `https://${bareHost}${request.path}`]);
		return {kind: 'response', response, ingress: ingressHop, hops};
	}
	if (!route.service) {
		hops.push({kind: 'respond', where, text: `Ingress ${ingressNs}/${route.ingress.metadata.name} (${route.matched}) names a resource backend, which ingress-nginx cannot serve: 404`});
		return {kind: 'response', response: ingressPage(cluster, 404, 'Not Found', NGINX_404), ingress: ingressHop, hops};
	}
	const proxied = proxyToService(cluster, pod, where, ingressNs, route.service.name, route.service.port ?? {}, request, options, '');
	hops.push({kind: 'proxy', where, text: `Ingress ${ingressNs}/${route.ingress.metadata.name} matched ${route.matched} → Service ${route.service.name}:${route.service.port?.number ?? route.service.port?.name}`});
	hops.push(...proxied.hops);
	return {...proxied, ingress: ingressHop, hops} as ServerReply;
}

/**
 * An nginx in a pod proxying to a Service's endpoints (ingress-nginx, or a frontend like the
 * tutorial's hello-frontend): 503 when the Service has no endpoints, 502 when the endpoint does
 * not answer HTTP. `version` is what nginx prints under its error pages ('' hides it).
 */
function proxyToService(
	cluster: Cluster,
	pod: Readonly<StoredPod>,
	where: string,
	namespace: string,
	serviceName: string,
	port: {number?: number; name?: string},
	request: HttpRequestMessage,
	options: ServeOptions,
	version: string,
): ServerReply {
	const hops: TraceHop[] = [];
	const page = (status: number, reason: string, why: string): ServerReply => {
		hops.push({kind: 'respond', where, text: `${why}: ${status}`});
		const response = ingressPage(cluster, status, reason, nginxErrorPage(status, reason, version));
		if (version) response.headers.unshift(['Server', `nginx/${version}`]);
		return {kind: 'response', response, hops};
	};
	const service = serviceByName(cluster, namespace, serviceName);
	const portText = port.number ?? port.name;
	if (!service) return page(503, 'Service Temporarily Unavailable', `Service ${namespace}/${serviceName} does not exist`);
	const servicePort = (service.spec?.ports ?? []).find(p => (port.number !== undefined ? p.port === port.number : p.name === port.name));
	if (!servicePort) return page(503, 'Service Temporarily Unavailable', `Service ${namespace}/${serviceName} has no port ${portText}`);
	const {backends} = usableBackends(backendsForPort(cluster, service, servicePort));
	if (backends.length === 0) return page(503, 'Service Temporarily Unavailable', `Service ${namespace}/${serviceName} has no ready endpoints`);
	// nginx sends straight to the endpoints it learned, bypassing the ClusterIP.
	const backend = cluster.random.pick(backends);
	const target = podForEndpoint(cluster, backend);
	hops.push({kind: 'proxy', where, text: `proxied straight to endpoint ${backend.ip}:${backend.port}${target ? ` (pod ${target.metadata.namespace}/${target.metadata.name})` : ''}, bypassing the ClusterIP`});
	const policy = checkConnection(cluster, {srcIP: podIP(pod), dstIP: backend.ip, protocol: 'TCP', port: backend.port});
	hops.push(...policy.hops);
	if (!policy.allowed) return page(504, 'Gateway Time-out', 'NetworkPolicy dropped the connection to the upstream, so nginx gave up when its proxy_connect_timeout ran out');
	if (!target || !listeningPorts(target as Pod).some(p => p.port === backend.port)) {
		hops.push({kind: 'refused', where: `${backend.ip}:${backend.port}`, text: 'nothing listens there'});
		return page(502, 'Bad Gateway', 'the upstream refused the connection');
	}
	const upstream = podServes(cluster, target, backend.port, {...request, tls: false, clientIP: podIP(pod), clientPort: 40000 + cluster.random.int(20000)}, options);
	hops.push(...upstream.hops);
	if (upstream.kind !== 'response') return page(502, 'Bad Gateway', 'the upstream gave no HTTP answer');
	// nginx hides the upstream's Date/Server and adds its own.
	const headers = upstream.response.headers.filter(([key]) => !['date', 'server', 'connection'].includes(key.toLowerCase()));
	const own: Array<[string, string]> = version ? [['Server', `nginx/${version}`], ['Date', httpDate(cluster)]] : [['Date', httpDate(cluster)]];
	const response: HttpResponseMessage = {...upstream.response, headers: [...own, ...headers, ['Connection', 'keep-alive']]};
	return {kind: 'response', response, servedBy: upstream.servedBy, hops};
}

// ---------------------------------------------------------------- hosts that are not pods

/** The API server on the control-plane node (the `kubernetes` Service's endpoint). */
export function apiServerServes(cluster: Cluster, request: HttpRequestMessage, options: ServeOptions): ServerReply {
	const where = 'kube-apiserver on kind-control-plane';
	if (!request.tls) {
		const body = 'Client sent an HTTP request to an HTTPS server.\n';
		return {kind: 'response', response: {status: 400, reason: 'Bad Request', version: 'HTTP/1.0', headers: [], body}, hops: [{kind: 'respond', where, text: 'plain HTTP sent to the TLS port 6443: 400'}]};
	}
	if (!options.insecure) {
		return {kind: 'tls-error', code: 60, message: 'SSL certificate problem: unable to get local issuer certificate', hops: [{kind: 'refused', where, text: "the API server's certificate is signed by the cluster CA, which the client does not trust (use -k or --cacert)"}]};
	}
	const path = request.path.split('?')[0];
	const open = publicInfo(cluster, path);
	if (open) return {kind: 'response', response: open, hops: [{kind: 'respond', where, text: `anonymous request to ${path}: allowed by the system:public-info-viewer ClusterRole`}]};
	const body = `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": "forbidden: User \\"system:anonymous\\" cannot get path \\"${path}\\"",\n  "reason": "Forbidden",\n  "details": {},\n  "code": 403\n}`;
	const response: HttpResponseMessage = {
		status: 403,
		reason: 'Forbidden',
		headers: [
			['Audit-Id', cluster.random.uid()],
			['Cache-Control', 'no-cache, private'],
			['Content-Type', 'application/json'],
			['X-Content-Type-Options', 'nosniff'],
			['Date', httpDate(cluster)],
			['Content-Length', String(byteLength(body))],
		],
		body,
	};
	return {kind: 'response', response, hops: [{kind: 'respond', where, text: 'anonymous request: 403 Forbidden'}]};
}

/** kube-apiserver's /version for kind v1.34.0 (amd64), as the API server writes it: two-space JSON, no final newline. */
const VERSION_BODY = `{
  "major": "1",
  "minor": "34",
  "emulationMajor": "1",
  "emulationMinor": "34",
  "minCompatibilityMajor": "1",
  "minCompatibilityMinor": "33",
  "gitVersion": "v1.34.0",
  "gitCommit": "f28b4c9efbca5c5c0af716d9f2d5702667ee8a45",
  "gitTreeState": "clean",
  "buildDate": "2025-08-27T10:09:04Z",
  "goVersion": "go1.24.6",
  "compiler": "gc",
  "platform": "linux/amd64"
}`;

/** What kubeadm's system:public-info-viewer ClusterRole lets anyone (system:anonymous included) read. */
function publicInfo(cluster: Cluster, path: string): HttpResponseMessage | undefined {
	const health = ['/healthz', '/livez', '/readyz'].includes(path);
	if (!health && path !== '/version' && path !== '/version/') return undefined;
	const [body, type] = health ? ['ok', 'text/plain; charset=utf-8'] : [VERSION_BODY, 'application/json'];
	return {
		status: 200,
		reason: 'OK',
		headers: [
			['Audit-Id', cluster.random.uid()],
			['Cache-Control', 'no-cache, private'],
			['Content-Type', type],
			...(health ? [['X-Content-Type-Options', 'nosniff'] as [string, string]] : []),
			['Date', httpDate(cluster)],
			['Content-Length', String(byteLength(body))],
		],
		body,
	};
}

/** A web server on the simulated internet: it serves only the names it hosts. */
export function internetServes(cluster: Cluster, ip: string, request: HttpRequestMessage): ServerReply {
	const host = internetHostByIP(ip);
	const where = `web server ${ip}`;
	if (!host) return {kind: 'empty-reply', hops: [{kind: 'respond', where, text: 'no server'}]};
	const asked = request.host.replace(/:\d+$/, '').toLowerCase();
	if (!host.names.includes(asked)) {
		const body = nginxErrorPage(404, 'Not Found');
		return {
			kind: 'response',
			response: {status: 404, reason: 'Not Found', headers: [['Server', host.server], ['Date', httpDate(cluster)], ['Content-Type', 'text/html'], ['Content-Length', String(byteLength(body))]], body},
			hops: [{kind: 'respond', where, text: `the server does not host "${asked}" (the Host header), so it answers 404 — an ExternalName Service sends its own name as Host`}],
		};
	}
	const body = `<!doctype html>\n<html>\n<head>\n<title>${host.title}</title>\n</head>\n<body>\n<h1>${host.title}</h1>\n<p>A page on the simulated internet (${host.names[0]}, ${ip}).</p>\n</body>\n</html>\n`;
	return {
		kind: 'response',
		response: {status: 200, reason: 'OK', headers: [['Server', host.server], ['Date', httpDate(cluster)], ['Content-Type', 'text/html; charset=UTF-8'], ['Content-Length', String(byteLength(body))]], body},
		hops: [{kind: 'respond', where, text: `${host.names[0]} answered 200 OK`}],
	};
}
