/**
 * The client side of DNS: each vantage point's /etc/hosts and resolv.conf, and the stub resolver's
 * search-path walk (ndots). Pods use CoreDNS with their namespace's search path; nodes and the
 * laptop never do.
 */
import type {Cluster} from '../cluster.js';
import {CLUSTER_DOMAIN, DNS_SERVICE_IP} from '../topology.js';
import {clusterNodes, isIPv4, type Client} from './addresses.js';
import {absolute, dnsQueryTargets, dnsServerAt, DOCKER_DNS_IP, LAPTOP_RESOLVER_IP, queryServer, type DnsResponse, type DnsServerKind, type RRType} from './dns.js';
import {checkConnection} from './network-policy.js';
import type {TraceHop} from './trace.js';

const SERVER_NAMES: Record<DnsServerKind, string> = {coredns: 'CoreDNS', docker: 'docker DNS', laptop: 'resolver', public: 'resolver'};

export interface ResolvConf {
	nameservers: string[];
	search: string[];
	ndots: number;
}

export function resolvConfFor(client: Client): ResolvConf {
	if (client.kind === 'laptop') return {nameservers: [LAPTOP_RESOLVER_IP], search: [], ndots: 1};
	const nodeConf: ResolvConf = {nameservers: [DOCKER_DNS_IP], search: [], ndots: 1};
	if (client.kind === 'node' || !client.pod) return nodeConf;
	const spec = client.pod.spec;
	const policy = spec?.dnsPolicy ?? 'ClusterFirst';
	if (policy === 'Default' || (spec?.hostNetwork && policy === 'ClusterFirst')) return nodeConf;
	if (policy === 'None') {
		const config = spec?.dnsConfig;
		const ndots = Number(config?.options?.find(o => o.name === 'ndots')?.value ?? 1);
		return {nameservers: config?.nameservers ?? [], search: config?.searches ?? [], ndots};
	}
	const namespace = client.pod.metadata.namespace ?? 'default';
	const search = [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN, ...(spec?.dnsConfig?.searches ?? [])];
	const ndotsOption = spec?.dnsConfig?.options?.find(o => o.name === 'ndots')?.value;
	return {nameservers: [DNS_SERVICE_IP, ...(spec?.dnsConfig?.nameservers ?? [])], search, ndots: ndotsOption ? Number(ndotsOption) : 5};
}

/** /etc/hosts: localhost everywhere; a pod's own hostname (and StatefulSet FQDN); a node's own name. */
export function hostsFileLookup(cluster: Cluster, client: Client, name: string): string | undefined {
	const lower = name.toLowerCase().replace(/\.$/, '');
	if (lower === 'localhost' || lower === 'ip6-localhost') return '127.0.0.1';
	if (client.kind === 'node') {
		const node = clusterNodes(cluster).find(n => n.name === client.node);
		return node && lower === node.name ? node.ip : undefined;
	}
	if (client.kind === 'pod' && client.pod) {
		const spec = client.pod.spec;
		const hostname = spec?.hostname ?? client.pod.metadata.name;
		const names = [hostname];
		if (spec?.subdomain) names.push(`${hostname}.${spec.subdomain}.${client.pod.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}`);
		if (names.includes(lower)) return client.ip;
	}
	return undefined;
}

export interface LookupAttempt {
	fqdn: string;
	response: DnsResponse;
}

export interface Lookup {
	server: string;
	/** `CoreDNS`, `docker DNS`, `resolver`. */
	serverName?: string;
	attempts: LookupAttempt[];
	/** The attempt that produced records, if any. */
	found?: LookupAttempt;
	/** The server could not be asked at all. */
	failure?: 'timeout' | 'refused';
	/** What NetworkPolicy decided about the query (its last hop is the drop when it timed out). */
	policyHops?: TraceHop[];
}

/** The names a stub resolver tries, in order (resolv.conf(5) semantics). */
export function candidateNames(name: string, conf: ResolvConf, useSearch: boolean): string[] {
	if (name.endsWith('.')) return [absolute(name)];
	const asIs = absolute(name);
	if (!useSearch || conf.search.length === 0) return [asIs];
	const searched = conf.search.map(domain => absolute(`${name}.${domain}`));
	const dots = name.split('.').length - 1;
	return dots >= conf.ndots ? [asIs, ...searched] : [...searched, asIs];
}

/**
 * Walk the candidates against one server until one has records (NXDOMAIN and empty answers move
 * on, as glibc and BIND's tools do).
 */
export function searchLookup(cluster: Cluster, client: Client, name: string, qtype: RRType, options: {server?: string; search?: boolean} = {}): Lookup {
	const conf = resolvConfFor(client);
	const server = options.server ?? conf.nameservers[0] ?? DOCKER_DNS_IP;
	const kind = dnsServerAt(cluster, client, server);
	if (kind === 'unreachable') return {server, attempts: [], failure: 'timeout'};
	if (kind === 'refused') return {server, attempts: [], failure: 'refused'};
	const policy = dnsPolicy(cluster, client, server);
	if (!policy.allowed) return {server, serverName: SERVER_NAMES[kind], attempts: [], failure: 'timeout', policyHops: policy.hops};
	const policyHops = policy.hops.length > 0 ? {policyHops: policy.hops} : {};
	const attempts: LookupAttempt[] = [];
	const serverName = SERVER_NAMES[kind];
	for (const fqdn of candidateNames(name, conf, options.search ?? true)) {
		const response = queryServer(cluster, kind, fqdn, qtype);
		const attempt = {fqdn, response};
		attempts.push(attempt);
		if (response.rcode === 'NOERROR' && response.answer.length > 0) return {server, serverName, attempts, found: attempt, ...policyHops};
		if (response.rcode !== 'NOERROR' && response.rcode !== 'NXDOMAIN') break;
	}
	return {server, serverName, attempts, ...policyHops};
}

/**
 * A query is a UDP packet to port 53 of the server (a CoreDNS pod behind 10.96.0.10): an egress
 * policy that does not allow it, or an ingress policy on CoreDNS, makes every lookup time out.
 */
function dnsPolicy(cluster: Cluster, client: Client, server: string): {allowed: boolean; hops: TraceHop[]} {
	const verdicts = dnsQueryTargets(cluster, server).map(dstIP => checkConnection(cluster, {srcIP: client.ip, dstIP, protocol: 'UDP', port: 53}));
	return verdicts.find(v => v.allowed) ?? verdicts[0] ?? {allowed: true, hops: []};
}

export interface HostResolution {
	addresses: string[];
	/** The name the addresses belong to (after search-path expansion and CNAMEs). */
	canonical?: string;
	/** The first CNAME on the way (an ExternalName Service). */
	cname?: {from: string; to: string};
	hops: TraceHop[];
	failure?: 'nxdomain' | 'timeout';
	/** How long the stub resolver waited before giving up (a resolver that never answers). */
	waitedMs?: number;
}

/** resolv.conf defaults: 5 s per try, 2 attempts, for every name on the search path. */
const RESOLVER_TRY_MS = 5000;
const RESOLVER_ATTEMPTS = 2;

/** getaddrinfo(): literal IPs, /etc/hosts, then DNS with the search path. */
export function resolveHost(cluster: Cluster, client: Client, host: string): HostResolution {
	if (isIPv4(host)) return {addresses: [host], hops: []};
	const fromHosts = hostsFileLookup(cluster, client, host);
	if (fromHosts) {
		return {addresses: [fromHosts], canonical: host, hops: [{kind: 'resolve', where: client.label, text: `${host} found in /etc/hosts: ${fromHosts}`}]};
	}
	const lookup = searchLookup(cluster, client, host, 'A');
	const hops = lookupHops(lookup);
	if (lookup.failure === 'timeout') {
		const waitedMs = candidateNames(host, resolvConfFor(client), true).length * RESOLVER_TRY_MS * RESOLVER_ATTEMPTS;
		return {addresses: [], hops, failure: 'timeout', waitedMs};
	}
	if (lookup.failure) return {addresses: [], hops, failure: 'timeout'};
	if (!lookup.found) {
		hops.push({kind: 'resolve', where: client.label, text: lookupGaveUp(client, host)});
		return {addresses: [], hops, failure: 'nxdomain'};
	}
	const addresses = lookup.found.response.answer.filter(r => r.type === 'A').map(r => r.data);
	if (addresses.length === 0) {
		hops.push({kind: 'resolve', where: client.label, text: `${host}: a CNAME but no address at the end of it`});
		return {addresses, hops, failure: 'nxdomain'};
	}
	const cname = lookup.found.response.answer.find(r => r.type === 'CNAME');
	return {addresses, canonical: lookup.found.fqdn.slice(0, -1), cname: cname ? {from: cname.name, to: cname.data} : undefined, hops};
}

function lookupGaveUp(client: Client, host: string): string {
	if (client.kind === 'pod') return `no search domain produced an address for "${host}"`;
	return `"${host}" is unknown outside the cluster: the ${client.kind} does not use cluster DNS (CoreDNS at ${DNS_SERVICE_IP})`;
}

/** One trace hop per DNS question asked. */
export function lookupHops(lookup: Lookup): TraceHop[] {
	const where = `${lookup.serverName ?? 'resolver'} ${lookup.server}`;
	if (lookup.failure === 'timeout' && lookup.policyHops) return lookup.policyHops;
	if (lookup.failure === 'timeout') return [{kind: 'drop', where, text: `no reply from ${lookup.server}:53 (no route from here)`}];
	if (lookup.failure === 'refused') {
		const why = lookup.server === DNS_SERVICE_IP ? 'Service kube-system/kube-dns has no ready CoreDNS endpoint, so kube-proxy rejects the query' : `nothing listens on ${lookup.server}:53`;
		return [{kind: 'reject', where, text: why}];
	}
	return [...(lookup.policyHops ?? []), ...lookup.attempts.map(({fqdn, response}) => ({
		kind: 'resolve' as const,
		where,
		text: `${fqdn} ${describeResponse(response)} (${response.source})`,
	}))];
}

function describeResponse(response: DnsResponse): string {
	if (response.rcode !== 'NOERROR') return `→ ${response.rcode}`;
	if (response.answer.length === 0) return '→ no records of that type';
	return `→ ${response.answer.map(r => `${r.type} ${r.data}`).join(', ')}`;
}
