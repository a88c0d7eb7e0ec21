/**
 * One HTTP request through the simulated network, from a vantage point: name resolution, routing,
 * kube-proxy, the server's answer — with the hop-by-hop trace. curl, wget and lesson checks all go
 * through `httpRequest`, so "does a curl from the laptop reach a pod of web through a NodePort?"
 * has one answer everywhere.
 */
import type {Cluster} from '../cluster.js';
import type {Pod} from '../kube-object.js';
import {CLUSTER_DOMAIN, NODE_NETWORK, POD_CIDR, SERVICE_CIDR} from '../topology.js';
import type {Vantage} from '../vantage.js';
import {
	clientFor,
	clusterNodes,
	inCIDR,
	isHeadless,
	isIPv4,
	loadBalancerIPs,
	nodeByIP,
	podByIP,
	podForEndpoint,
	podIsRunning,
	serviceByName,
	services,
	serviceType,
	type Client,
	type StoredPod,
} from './addresses.js';
import type {RRType} from './dns.js';
import {backendsForPort, usableBackends, type Backend} from './endpoints.js';
import {
	apiServerServes,
	internetServes,
	podServes,
	type HttpRequestMessage,
	type IngressHop,
	type ServedBy,
	type ServerReply,
} from './http-server.js';
import {klogLine} from '../klog.js';
import {internetHostByIP} from './internet.js';
import {kubectlProxyServes} from './kubectl-proxy-server.js';
import {laptopListener, type LaptopListener} from './laptop-ports.js';
import {applyServiceRules, isServiceVIP, loadBalancerTarget, type EntryKind, type ProxyVerdict, type ServiceMatch} from './kube-proxy.js';
import {lookupHops, resolveHost, searchLookup, type Lookup} from './name-resolution.js';
import {checkConnection} from './network-policy.js';
import type {TraceHop} from './trace.js';
import {listensOn} from './workload-ports.js';

export interface ParsedUrl {
	scheme: 'http' | 'https';
	host: string;
	port: number;
	/** Path and query, at least `/`. */
	path: string;
	/** Whether the URL named the port explicitly. */
	explicitPort: boolean;
}

export type UrlError = {code: 1 | 3; message: string};

/** curl's URL rules, reduced to what the sandbox needs: http(s), host, optional port, path. */
export function parseUrl(text: string): ParsedUrl | UrlError {
	const match = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/?#]*)(.*)$/.exec(text.trim());
	if (!match) return {code: 3, message: 'URL rejected: Malformed input to a URL function'};
	const scheme = (match[1] ?? 'http').toLowerCase();
	if (scheme !== 'http' && scheme !== 'https') return {code: 1, message: `Protocol "${scheme}" not supported`};
	const authority = match[2].replace(/^[^@]*@/, '');
	const colon = authority.lastIndexOf(':');
	if (colon >= 0 && !/^\d*$/.test(authority.slice(colon + 1))) return {code: 3, message: 'URL rejected: Port number was not a decimal number between 0 and 65535'};
	const portMatch = /^(.*?)(?::(\d*))?$/.exec(authority);
	const host = (portMatch?.[1] ?? '').toLowerCase();
	if (!host) return {code: 3, message: 'URL rejected: No host part in the URL'};
	const portText = portMatch?.[2];
	let port = scheme === 'https' ? 443 : 80;
	if (portText !== undefined && portText !== '') {
		port = Number(portText);
		if (!Number.isInteger(port) || port > 65535) return {code: 3, message: 'URL rejected: Port number was not a decimal number between 0 and 65535'};
	}
	if (/[^a-z0-9.\-_]/.test(host)) return {code: 3, message: 'URL rejected: Bad hostname'};
	let path = match[3].replace(/#.*$/, '') || '/';
	if (path.startsWith('?')) path = `/${path}`;
	return {scheme, host, port, path, explicitPort: portText !== undefined && portText !== ''};
}

export function isUrlError(value: ParsedUrl | UrlError): value is UrlError {
	return 'code' in value;
}

export type PortType = EntryKind | 'Headless' | 'ExternalName';

/** Which Service carried the request, and how. */
export interface Via {
	service: {namespace: string; name: string};
	portType: PortType;
	/** The port the client used: Service port, nodePort, or the port typed for headless/ExternalName. */
	port: number;
	nodePort?: number;
	/** Node whose kube-proxy rules rewrote the packet. */
	node?: string;
	/** The endpoint port the packet was rewritten to. */
	targetPort?: number;
	externalName?: string;
	ingress?: IngressHop;
}

export interface HttpResponseOutcome {
	kind: 'response';
	/** The host and port as typed in the URL. */
	host: string;
	port: number;
	/** The address connected to. */
	ip: string;
	status: number;
	reason: string;
	httpVersion: string;
	headers: Array<[string, string]>;
	body: string;
	/** The pod that answered (absent for the API server and internet sites). */
	servedBy?: ServedBy;
	via?: Via;
	/** Address and port the client connected to. */
	remote: {ip: string; port: number};
	/** The request as sent (for curl -v). */
	request: {method: string; path: string; headers: Array<[string, string]>};
}

export type HttpOutcome = (
	| HttpResponseOutcome
	| {kind: 'refused'; host: string; port: number; ip: string; afterMs: number; via?: Via}
	| {kind: 'timeout'; host: string; port: number; ip?: string; afterMs: number; via?: Via}
	/** `afterMs` when the resolver never answered (curl gives up at -m, else after the resolver's retries). */
	| {kind: 'unresolved'; host: string; afterMs?: number}
	| {kind: 'empty-reply'; host: string; port: number; ip: string; via?: Via; request: {method: string; path: string; headers: Array<[string, string]>}}
	| {kind: 'tls-error'; host: string; port: number; ip: string; code: 35 | 60; message: string; via?: Via}
	| {kind: 'bad-url'; code: 1 | 3; message: string}
) & {trace: TraceHop[]};

export interface HttpRequestOptions {
	url: string;
	method?: string;
	/** Extra or replacing headers (`Host: foo.bar.com` changes the Host header). */
	headers?: Array<[string, string]>;
	/** -m / --connect-timeout; without it a dropped SYN waits ~133 s. */
	timeoutMs?: number;
	/** curl --resolve host:port:addr. */
	resolve?: Array<{host: string; port: number; address: string}>;
	/** curl -k. */
	insecure?: boolean;
	userAgent?: string;
}

/** How long Linux keeps retransmitting an unanswered SYN before giving up. */
export const SYN_GIVE_UP_MS = 133_000;

export function httpRequest(cluster: Cluster, vantage: Vantage, options: HttpRequestOptions): HttpOutcome {
	const url = parseUrl(options.url);
	if (isUrlError(url)) return {kind: 'bad-url', code: url.code, message: url.message, trace: []};
	const client = clientFor(cluster, vantage);
	const method = options.method ?? 'GET';
	const trace: TraceHop[] = [{kind: 'start', where: client.label, text: `${method} ${url.scheme}://${url.host}${url.explicitPort ? `:${url.port}` : ''}${url.path} from ${client.ip}`}];

	const pinned = options.resolve?.find(r => r.host.toLowerCase() === url.host && r.port === url.port);
	let addresses: string[];
	let dnsVia: Via | undefined;
	if (pinned) {
		addresses = [pinned.address];
		trace.push({kind: 'resolve', where: client.label, text: `${url.host}:${url.port} pinned to ${pinned.address} by --resolve (no DNS query)`});
	} else {
		const resolution = resolveHost(cluster, client, url.host);
		trace.push(...resolution.hops);
		if (resolution.addresses.length === 0) return {kind: 'unresolved', host: url.host, afterMs: resolution.waitedMs, trace};
		addresses = resolution.addresses;
		dnsVia = viaFromName(cluster, resolution.canonical, url.port, resolution.cname);
	}

	const headers = requestHeaders(url, options);
	const requestLine = {method, path: url.path, headers};
	let last: HttpOutcome | undefined;
	for (const ip of addresses) {
		const connection = connect(cluster, client, ip, url.port);
		trace.push(...connection.hops);
		const via = connection.via ?? dnsVia;
		if (connection.kind === 'refused' && options.timeoutMs !== undefined && connection.afterMs > options.timeoutMs) {
			const afterMs = options.timeoutMs + 1 + cluster.random.int(3);
			trace.push({kind: 'drop', where: client.label, text: `gave up after ${afterMs} ms, before the connection failed`});
			return {kind: 'timeout', host: url.host, port: url.port, ip, afterMs, via, trace};
		}
		if (connection.kind === 'refused') {
			last = {kind: 'refused', host: url.host, port: url.port, ip, afterMs: connection.afterMs, via, trace};
			continue;
		}
		if (connection.kind === 'drop') {
			const afterMs = options.timeoutMs !== undefined ? options.timeoutMs + 1 + cluster.random.int(3) : SYN_GIVE_UP_MS + cluster.random.int(1000);
			trace.push({kind: 'drop', where: client.label, text: `no answer to the SYN: gave up after ${afterMs} ms`});
			return {kind: 'timeout', host: url.host, port: url.port, ip, afterMs, via, trace};
		}
		const message: HttpRequestMessage = {
			method,
			path: url.path,
			host: headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? url.host,
			headers,
			clientIP: connection.sourceIP,
			clientPort: 32768 + cluster.random.int(28232),
			tls: url.scheme === 'https',
		};
		const reply = serve(cluster, connection, message, options.insecure ?? false);
		trace.push(...reply.hops);
		const withIngress = reply.kind === 'response' && reply.ingress && via ? {...via, ingress: reply.ingress} : via;
		if (reply.kind === 'empty-reply') return {kind: 'empty-reply', host: url.host, port: url.port, ip, via, request: requestLine, trace};
		if (reply.kind === 'tls-error') return {kind: 'tls-error', host: url.host, port: url.port, ip, code: reply.code, message: reply.message, via, trace};
		const response = reply.response;
		return {
			kind: 'response',
			host: url.host,
			port: url.port,
			ip,
			status: response.status,
			reason: response.reason,
			httpVersion: response.version ?? 'HTTP/1.1',
			headers: response.headers,
			body: method === 'HEAD' ? '' : response.body,
			servedBy: reply.servedBy,
			via: withIngress,
			remote: {ip, port: url.port},
			request: requestLine,
			trace,
		};
	}
	return last ?? {kind: 'unresolved', host: url.host, trace};
}

function requestHeaders(url: ParsedUrl, options: HttpRequestOptions): Array<[string, string]> {
	const defaultPort = url.scheme === 'https' ? 443 : 80;
	const base: Array<[string, string]> = [
		['Host', url.port === defaultPort ? url.host : `${url.host}:${url.port}`],
		['User-Agent', options.userAgent ?? 'curl/8.5.0'],
		['Accept', '*/*'],
	];
	for (const [key, value] of options.headers ?? []) {
		const index = base.findIndex(([k]) => k.toLowerCase() === key.toLowerCase());
		if (index >= 0) base[index] = [base[index][0], value];
		else base.push([key, value]);
	}
	return base;
}

/** Headless and ExternalName Services are only DNS: recognise them from the name that resolved. */
function viaFromName(cluster: Cluster, canonical: string | undefined, port: number, cname?: {from: string; to: string}): Via | undefined {
	const owner = cname?.from ?? canonical;
	const match = owner ? new RegExp(`^([^.]+)\\.([^.]+)\\.svc\\.${CLUSTER_DOMAIN.replace('.', '\\.')}\\.?$`).exec(owner) : null;
	if (!match) return undefined;
	const service = serviceByName(cluster, match[2], match[1]);
	if (!service) return undefined;
	const ref = {namespace: match[2], name: match[1]};
	if (serviceType(service) === 'ExternalName') return {service: ref, portType: 'ExternalName', port, externalName: service.spec?.externalName};
	if (isHeadless(service)) return {service: ref, portType: 'Headless', port};
	return undefined;
}

// ---------------------------------------------------------------- the packet's path

type Endpoint =
	| {server: 'pod'; pod: Readonly<StoredPod>; port: number}
	/** kubectl proxy on the laptop: the request goes to the API server with the learner's credentials. */
	| {server: 'kubectl-proxy'}
	/** port-forward accepted the connection but the pod end failed: kubectl closes it without a byte. */
	| {server: 'closed'; why: TraceHop}
	| {server: 'apiserver'}
	| {server: 'internet'; ip: string};

type Connection =
	| ({kind: 'open'; sourceIP: string; via?: Via; hops: TraceHop[]} & Endpoint)
	| {kind: 'refused'; afterMs: number; via?: Via; hops: TraceHop[]}
	| {kind: 'drop'; via?: Via; hops: TraceHop[]};

const CONTROL_PLANE_API_PORT = 6443;

function connect(cluster: Cluster, client: Client, ip: string, port: number): Connection {
	if (ip.startsWith('127.')) return connectLoopback(cluster, client, port);
	const inside = client.kind !== 'laptop';
	const node = nodeByIP(cluster, ip);

	// Service VIPs (ClusterIP, LoadBalancer IP, externalIP) are rewritten by the rules of the node
	// where the packet first meets iptables: the client's own node, or for the laptop the node the
	// address leads to.
	if (inside && !node) {
		const here = client.node ? clusterNodes(cluster).find(n => n.name === client.node) : undefined;
		const verdict = here && applyServiceRules(cluster, client, here, {src: client.ip, dst: ip, dport: port, hook: client.ip === here.ip ? 'OUTPUT' : 'PREROUTING'});
		if (here && verdict) {
			const hop: TraceHop = {kind: 'route', where: client.label, text: `packet to ${ip}:${port} meets the iptables rules of ${here.name}${client.kind === 'pod' ? ' (the pod\'s node)' : ''}`};
			return throughService(cluster, client, verdict, here, [hop], port);
		}
	}
	if (node) return connectToNode(cluster, client, node, port);
	// Nothing on the client's node took the packet (a node's own OUTPUT chain has no
	// KUBE-EXTERNAL-SERVICES): to a LoadBalancer IP it goes out to the load balancer like any other.
	if (!inside || services(cluster).some(s => loadBalancerIPs(s).includes(ip))) return connectFromOutside(cluster, client, ip, port);

	const vip = isServiceVIP(cluster, ip);
	if (vip) {
		const ports = (vip.spec?.ports ?? []).map(p => `${p.port}/${p.protocol ?? 'TCP'}`).join(', ');
		return {kind: 'drop', hops: [{kind: 'drop', where: `kube-proxy on ${client.node}`, text: `${ip} is the ClusterIP of Service ${vip.metadata.namespace}/${vip.metadata.name}, which only defines ${ports}; nothing matches port ${port}, so the packet is blackholed (a ClusterIP is not a machine)`, rule: 'KUBE-SERVICES (no match)'}]};
	}
	if (inCIDR(ip, SERVICE_CIDR)) {
		return {kind: 'drop', hops: [{kind: 'drop', where: client.label, text: `no Service has ClusterIP ${ip}: no rule rewrites it and nothing owns it`}]};
	}
	if (inCIDR(ip, POD_CIDR)) return connectToPodIP(cluster, client, ip, port);
	if (internetHostByIP(ip)) return openInternet(cluster, client, ip, port);
	return nobodyThere(cluster, client, ip);
}

/** On the node network an unknown address fails ARP (host unreachable); elsewhere packets just vanish. */
function nobodyThere(cluster: Cluster, client: Client, ip: string): Connection {
	if (inCIDR(ip, NODE_NETWORK)) {
		return {kind: 'refused', afterMs: 3000 + cluster.random.int(100), hops: [{kind: 'refused', where: client.label, text: `no machine on the node network ${NODE_NETWORK} has the address ${ip}: ARP gets no answer and the host is unreachable`}]};
	}
	return {kind: 'drop', hops: [{kind: 'drop', where: client.label, text: `nothing answers at ${ip}`}]};
}

function connectLoopback(cluster: Cluster, client: Client, port: number): Connection {
	const where = client.label;
	if (client.kind === 'pod' && client.pod) {
		if (podIsRunning(client.pod) && listensOn(client.pod as Pod, port)) {
			return {kind: 'open', server: 'pod', pod: client.pod, port, sourceIP: '127.0.0.1', hops: [{kind: 'deliver', where, text: `localhost:${port} is the pod itself, and a container listens there`}]};
		}
		return {kind: 'refused', afterMs: 0, hops: [{kind: 'refused', where, text: `localhost is the pod itself, and nothing in it listens on port ${port} (a Service port is not a port of the pod)`}]};
	}
	if (client.kind === 'node' && client.node) {
		const node = clusterNodes(cluster).find(n => n.name === client.node);
		const verdict = node && applyServiceRules(cluster, client, node, {src: '127.0.0.1', dst: '127.0.0.1', dport: port, hook: 'OUTPUT'});
		if (node && verdict) return throughService(cluster, client, verdict, node, [{kind: 'route', where, text: `127.0.0.1:${port} is a NodePort on this node (iptables mode accepts NodePorts on localhost)`}], port);
		if (node && isApiServerAt(cluster, node.ip, port)) return {kind: 'open', server: 'apiserver', sourceIP: '127.0.0.1', hops: [{kind: 'deliver', where, text: 'kube-apiserver listens on 6443'}]};
	}
	const listener = client.kind === 'laptop' ? laptopListener(cluster.laptopPorts, '127.0.0.1', port) : undefined;
	if (listener) return throughLaptopListener(cluster, listener);
	return {kind: 'refused', afterMs: 0, hops: [{kind: 'refused', where, text: `nothing listens on 127.0.0.1:${port} here`}]};
}

/**
 * A connection to a port kubectl listens on: port-forward carries it through the API server and the
 * pod's kubelet to the pod's own localhost (no Service, no kube-proxy); proxy sends the request to
 * the API server.
 */
function throughLaptopListener(cluster: Cluster, listener: LaptopListener): Connection {
	const accept: TraceHop = {kind: 'route', where: 'laptop', text: `kubectl ${listener.kind} accepts the connection on 127.0.0.1:${listener.localPort} and sends it over HTTPS to the API server (kind-control-plane, 6443)`};
	if (listener.kind === 'proxy') return {kind: 'open', server: 'kubectl-proxy', sourceIP: '127.0.0.1', hops: [accept]};
	listener.pending.push(`Handling connection for ${listener.localPort}\n`);
	const pod = cluster.store.peek('Pod', listener.namespace, listener.pod) as Readonly<StoredPod> | undefined;
	const node = pod?.spec?.nodeName ?? 'its node';
	const hops: TraceHop[] = [
		accept,
		{kind: 'proxy', where: 'kube-apiserver on kind-control-plane', text: `the pod's portforward subresource: the stream goes on to the kubelet on ${node} (port 10250)`},
		{kind: 'route', where: `kubelet on ${node}`, text: `connects to localhost:${listener.podPort} inside the network namespace of pod ${listener.namespace}/${listener.pod}: no Service, no kube-proxy rule, no load balancing`},
	];
	if (!pod || !podIsRunning(pod) || !listensOn(pod as Pod, listener.podPort)) {
		const why = !pod ? 'the pod no longer exists' : `nothing in the pod listens on port ${listener.podPort}`;
		listener.pending.push(klogLine(cluster, 'E', 'portforward.go:424', `"Unhandled Error" err="an error occurred forwarding ${listener.localPort} -> ${listener.podPort}: error forwarding port ${listener.podPort} to pod ${pod?.metadata.uid ?? listener.pod}, uid : failed to connect to localhost:${listener.podPort} inside the pod: connect: connection refused"`));
		return {kind: 'open', server: 'closed', why: {kind: 'refused', where: `pod ${listener.namespace}/${listener.pod}`, text: `${why}: kubectl closes the connection without an answer`}, sourceIP: '127.0.0.1', hops};
	}
	hops.push({kind: 'deliver', where: `pod ${listener.namespace}/${listener.pod}`, text: `a container listens on ${listener.podPort}; it sees the connection come from 127.0.0.1`});
	return {kind: 'open', server: 'pod', pod, port: listener.podPort, sourceIP: '127.0.0.1', hops};
}

function isApiServerAt(cluster: Cluster, ip: string, port: number): boolean {
	return port === CONTROL_PLANE_API_PORT && clusterNodes(cluster)[0]?.ip === ip;
}

function connectToNode(cluster: Cluster, client: Client, node: {name: string; ip: string}, port: number): Connection {
	const own = client.kind !== 'laptop' && client.ip === node.ip;
	const verdict = applyServiceRules(cluster, client, node, {src: client.ip, dst: node.ip, dport: port, hook: own ? 'OUTPUT' : 'PREROUTING'});
	const hops: TraceHop[] = [{kind: 'route', where: client.label, text: `packet to node ${node.name} (${node.ip}) port ${port}`}];
	if (verdict) return throughService(cluster, client, verdict, node, hops, port);
	if (isApiServerAt(cluster, node.ip, port)) {
		const gate = policyGate(cluster, client, node.ip, port, client.ip);
		if (gate.kind === 'drop') return {kind: 'drop', hops: [...hops, ...gate.hops]};
		hops.push(...gate.hops, {kind: 'deliver', where: `node ${node.name}`, text: 'kube-apiserver accepts the connection on 6443'});
		return {kind: 'open', server: 'apiserver', sourceIP: client.ip, hops};
	}
	hops.push({kind: 'refused', where: `node ${node.name}`, text: `no Service uses nodePort ${port} and nothing on the node listens there: the kernel answers RST`});
	return {kind: 'refused', afterMs: 0, hops};
}

function connectFromOutside(cluster: Cluster, client: Client, ip: string, port: number): Connection {
	const where = client.label;
	const lbService = services(cluster).find(s => loadBalancerIPs(s).includes(ip));
	if (lbService) {
		const match = loadBalancerTarget(cluster, ip, port);
		if (!match) {
			return {kind: 'drop', hops: [{kind: 'drop', where: `load balancer ${ip}`, text: `the load balancer of ${lbService.metadata.namespace}/${lbService.metadata.name} forwards only its Service ports, not ${port}`}]};
		}
		const {node, why} = loadBalancerNode(cluster, match);
		const hop: TraceHop = {kind: 'route', where: `load balancer ${ip}`, text: `the cloud load balancer forwards the connection to node ${node.name} (${node.ip}), ${why}`};
		const verdict = applyServiceRules(cluster, client, node, {src: client.ip, dst: ip, dport: port, hook: 'PREROUTING'});
		if (verdict) return throughService(cluster, client, verdict, node, [hop], port);
		return {kind: 'drop', hops: [hop, {kind: 'drop', where: `node ${node.name}`, text: `no rule on ${node.name} takes ${ip}:${port}: the packet is lost`}]};
	}
	if (services(cluster).some(s => (s.spec?.externalIPs ?? []).includes(ip))) {
		return {kind: 'drop', hops: [{kind: 'drop', where, text: `${ip} is an externalIP of a Service, but nothing routes it to a node from the laptop (the cluster does not announce externalIPs)`}]};
	}
	if (inCIDR(ip, SERVICE_CIDR)) {
		return {kind: 'drop', hops: [{kind: 'drop', where, text: `${ip} is in the service network ${SERVICE_CIDR}, which exists only in the nodes' iptables rules: the laptop has no route there, so the packet is lost (use a NodePort or LoadBalancer from outside)`}]};
	}
	if (inCIDR(ip, POD_CIDR)) {
		return {kind: 'drop', hops: [{kind: 'drop', where, text: `${ip} is in the pod network ${POD_CIDR}, which is not routed outside the cluster: the packet is lost`}]};
	}
	if (internetHostByIP(ip)) return openInternet(cluster, client, ip, port);
	return nobodyThere(cluster, client, ip);
}

/** The cloud LB sends to any node (ETP Cluster) or only nodes passing the health check (ETP Local). */
function loadBalancerNode(cluster: Cluster, match: ServiceMatch): {node: {name: string; ip: string}; why: string} {
	const nodes = loadBalancerPool(cluster);
	if (match.service.spec?.externalTrafficPolicy === 'Local') {
		const {backends} = usableBackends(backendsForPort(cluster, match.service, match.port));
		const healthy = nodes.filter(n => backends.some(b => b.nodeName === n.name));
		const port = match.service.spec.healthCheckNodePort;
		const check = `the health check${port ? ` on healthCheckNodePort ${port}` : ''}`;
		if (healthy.length > 0) return {node: cluster.random.pick(healthy), why: `one of ${healthy.length} node(s) passing ${check} (externalTrafficPolicy: Local)`};
		return {node: cluster.random.pick(nodes), why: `although no node passes ${check}: no node runs a ready endpoint`};
	}
	return {node: cluster.random.pick(nodes), why: `picked among the ${nodes.length} nodes in the load balancer's pool (externalTrafficPolicy: Cluster)`};
}

/**
 * Cloud controllers leave out nodes labelled node.kubernetes.io/exclude-from-external-load-balancers,
 * which kind puts on its control plane.
 */
function loadBalancerPool(cluster: Cluster): Array<{name: string; ip: string}> {
	const nodes = clusterNodes(cluster);
	const pool = nodes.filter(node => {
		const labels = cluster.store.peek('Node', undefined, node.name)?.metadata.labels ?? {};
		return !('node.kubernetes.io/exclude-from-external-load-balancers' in labels);
	});
	return pool.length > 0 ? pool : nodes;
}

function throughService(cluster: Cluster, client: Client, verdict: ProxyVerdict, node: {name: string; ip: string}, hops: TraceHop[], port: number): Connection {
	const {match} = verdict;
	hops.push(...verdict.hops);
	const via: Via = {
		service: {namespace: match.service.metadata.namespace ?? 'default', name: match.service.metadata.name},
		portType: match.entry,
		port: match.entry === 'NodePort' ? (match.port.nodePort ?? port) : match.port.port,
		nodePort: match.port.nodePort,
		node: node.name,
	};
	if (verdict.kind === 'reject') return {kind: 'refused', afterMs: 0, via, hops};
	if (verdict.kind === 'drop') return {kind: 'drop', via, hops};
	via.targetPort = verdict.backend.port;
	const backendNode = verdict.backend.nodeName;
	if (backendNode && backendNode !== node.name) hops.push({kind: 'route', where: `node ${node.name}`, text: `forwarded over the pod network to ${backendNode}`});
	const delivered = deliverToBackend(cluster, client, verdict.backend, verdict.sourceIP);
	return {...delivered, hops: [...hops, ...delivered.hops], via} as Connection;
}

function deliverToBackend(cluster: Cluster, client: Client, backend: Backend, sourceIP: string): Connection {
	const {ip, port} = backend;
	const pod = podForEndpoint(cluster, backend);
	if (pod) return deliverToPod(cluster, client, pod, port, sourceIP);
	const known = isApiServerAt(cluster, ip, port) || internetHostByIP(ip);
	const gate = known ? policyGate(cluster, client, ip, port, sourceIP) : {kind: 'pass' as const, hops: []};
	if (gate.kind === 'drop') return {kind: 'drop', hops: gate.hops};
	if (isApiServerAt(cluster, ip, port)) return {kind: 'open', server: 'apiserver', sourceIP, hops: [...gate.hops, {kind: 'deliver', where: `${ip}:${port}`, text: 'kube-apiserver on the control-plane node accepts the connection'}]};
	if (internetHostByIP(ip)) return {kind: 'open', server: 'internet', ip, sourceIP, hops: gate.hops};
	return {kind: 'drop', hops: [{kind: 'drop', where: `${ip}:${port}`, text: 'the endpoint address belongs to no pod or host: nobody answers'}]};
}

/**
 * NetworkPolicy sits between the network and the pod: a packet it drops never learns whether
 * anything listens (docs/simulation.md, "NetworkPolicy").
 */
function policyGate(cluster: Cluster, client: Client, dstIP: string, port: number, arrivingFrom: string): {kind: 'pass' | 'drop'; hops: TraceHop[]} {
	const verdict = checkConnection(cluster, {srcIP: client.ip, dstIP, protocol: 'TCP', port, arrivingFrom});
	return {kind: verdict.allowed ? 'pass' : 'drop', hops: verdict.hops};
}

function deliverToPod(cluster: Cluster, client: Client, pod: Readonly<StoredPod>, port: number, sourceIP: string): Connection {
	const where = `pod ${pod.metadata.namespace}/${pod.metadata.name}`;
	const ip = pod.status?.podIP ?? '';
	const gate = policyGate(cluster, client, ip, port, sourceIP);
	if (gate.kind === 'drop') return {kind: 'drop', hops: gate.hops};
	const opened = openPod(pod, port, sourceIP, where, ip);
	return {...opened, hops: [...gate.hops, ...opened.hops]} as Connection;
}

function openPod(pod: Readonly<StoredPod>, port: number, sourceIP: string, where: string, ip: string): Connection {
	if (!podIsRunning(pod)) return {kind: 'refused', afterMs: 0, hops: [{kind: 'refused', where, text: `the pod is ${pod.status?.phase ?? 'not running'}: no process answers on ${ip}:${port}`}]};
	if (!listensOn(pod as Pod, port)) {
		return {kind: 'refused', afterMs: 0, hops: [{kind: 'refused', where, text: `nothing listens on ${ip}:${port} in the pod: its kernel answers RST (check the Service's targetPort against the container's port)`}]};
	}
	return {kind: 'open', server: 'pod', pod, port, sourceIP, hops: [{kind: 'deliver', where, text: `${ip}:${port} accepts the connection`}]};
}

function connectToPodIP(cluster: Cluster, client: Client, ip: string, port: number): Connection {
	const pod = podByIP(cluster, ip);
	if (!pod) {
		return {kind: 'refused', afterMs: 3000 + cluster.random.int(100), hops: [{kind: 'refused', where: client.label, text: `no pod has the address ${ip} (any more?): the node's ARP query goes unanswered and the host is unreachable`}]};
	}
	const hop: TraceHop = {kind: 'route', where: client.label, text: `direct to pod ${pod.metadata.namespace}/${pod.metadata.name} on ${pod.spec?.nodeName ?? '?'} (pod IPs are routable everywhere inside the cluster; no Service involved)`};
	const delivered = deliverToPod(cluster, client, pod, port, client.ip);
	return {...delivered, hops: [hop, ...delivered.hops]} as Connection;
}

function openInternet(cluster: Cluster, client: Client, ip: string, port: number): Connection {
	const gate = policyGate(cluster, client, ip, port, client.ip);
	if (gate.kind === 'drop') return {kind: 'drop', hops: gate.hops};
	if (port !== 80 && port !== 443) return {kind: 'drop', hops: [...gate.hops, {kind: 'drop', where: `internet host ${ip}`, text: `port ${port} is filtered`}]};
	const nat = client.kind === 'laptop' ? '' : ' (masqueraded to the node address, then through docker\'s NAT)';
	return {kind: 'open', server: 'internet', ip, sourceIP: client.ip, hops: [...gate.hops, {kind: 'route', where: client.label, text: `out to the internet host ${ip}${nat}`}]};
}

function serve(cluster: Cluster, connection: Extract<Connection, {kind: 'open'}>, message: HttpRequestMessage, insecure: boolean): ServerReply {
	switch (connection.server) {
		case 'pod':
			return podServes(cluster, connection.pod, connection.port, message, {insecure});
		case 'apiserver':
			return apiServerServes(cluster, message, {insecure});
		case 'internet':
			return internetServes(cluster, connection.ip, message);
		case 'kubectl-proxy':
			return kubectlProxyServes(cluster, message);
		case 'closed':
			return {kind: 'empty-reply', hops: [connection.why]};
	}
}

// ---------------------------------------------------------------- DNS questions for other features

export interface ResolveOutcome {
	lookup: Lookup;
	trace: TraceHop[];
}

/** What a DNS query from this vantage point returns (search path applied as the stub resolver would). */
export function resolve(cluster: Cluster, vantage: Vantage, name: string, type: RRType = 'A', options: {server?: string; search?: boolean} = {}): ResolveOutcome {
	const client = clientFor(cluster, vantage);
	const lookup = searchLookup(cluster, client, name, type, options);
	return {lookup, trace: [{kind: 'start', where: client.label, text: `DNS ${type} query for ${name} to ${lookup.server}`}, ...lookupHops(lookup)]};
}

export {isIPv4};
