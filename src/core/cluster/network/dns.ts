/**
 * The DNS servers of the simulated world: CoreDNS (kubeadm Corefile: zone cluster.local, pods
 * insecure, reverse zones with fallthrough, forward to the node's resolver, TTL 30), docker's
 * embedded resolver that kind nodes use (172.18.0.1: node names + the internet), the laptop's
 * stub resolver (127.0.0.53: the internet only) and public resolvers (8.8.8.8 …).
 * Servers answer one question; search paths belong to the client (name-resolution.ts).
 */
import type {Cluster} from '../cluster.js';
import {CLUSTER_DOMAIN, DNS_SERVICE_IP, LAPTOP_IP} from '../topology.js';
import {clusterNodes, isHeadless, isIPv4, serviceByClusterIP, serviceByName, serviceType, services, type Client, type StoredService} from './addresses.js';
import {backendsForPort, serviceBackendIPs, usableBackends, type Backend} from './endpoints.js';
import {internetHostByName} from './internet.js';

export type RRType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'SOA' | 'TXT' | 'NS' | 'MX' | 'ANY';
export const RR_TYPES: readonly RRType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR', 'SOA', 'TXT', 'NS', 'MX', 'ANY'];

export interface DnsRecord {
	/** Absolute owner name with the trailing dot. */
	name: string;
	ttl: number;
	type: RRType;
	data: string;
}

export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED';

export interface DnsResponse {
	rcode: Rcode;
	authoritative: boolean;
	recursionAvailable: boolean;
	answer: DnsRecord[];
	authority: DnsRecord[];
	/** Short note on where the answer came from, for the trace (`zone cluster.local`, `forwarded to 172.18.0.1`). */
	source: string;
}

export const CLUSTER_TTL = 30;
const UPSTREAM_TTL = 300;
const DOCKER_TTL = 600;
/** CoreDNS stamps its SOA serial from the zone's last change; any fixed value reads the same. */
const SOA_SERIAL = 1767225600;
const CLUSTER_SOA = (zone: string): DnsRecord => ({
	name: `${zone}.`,
	ttl: CLUSTER_TTL,
	type: 'SOA',
	data: `ns.dns.${CLUSTER_DOMAIN}. hostmaster.${CLUSTER_DOMAIN}. ${SOA_SERIAL} 7200 1800 86400 30`,
});
const ROOT_SOA: DnsRecord = {name: '.', ttl: 86400, type: 'SOA', data: 'a.root-servers.net. nstld.verisign-grs.com. 2026010100 1800 900 604800 86400'};

/** The resolvers the simulator knows, by address. */
export type DnsServerKind = 'coredns' | 'docker' | 'laptop' | 'public';
export const DOCKER_DNS_IP = LAPTOP_IP; // kind rewrites 127.0.0.11 to the docker network gateway
export const LAPTOP_RESOLVER_IP = '127.0.0.53';
const PUBLIC_RESOLVERS = ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9'];

/**
 * Which resolver answers at `ip` for this client, or why none does: `unreachable` (no route,
 * the query times out) or `refused` (nothing listens on port 53 there).
 */
export function dnsServerAt(cluster: Cluster, client: Client, ip: string): DnsServerKind | 'unreachable' | 'refused' {
	const inCluster = client.kind !== 'laptop';
	if (ip === DNS_SERVICE_IP) return inCluster ? coreDnsBehindService(cluster) : 'unreachable';
	if (isCoreDnsPodIP(cluster, ip)) return inCluster ? 'coredns' : 'unreachable';
	if (ip === LAPTOP_RESOLVER_IP) return client.kind === 'laptop' ? 'laptop' : 'refused';
	if (ip === DOCKER_DNS_IP) return inCluster ? 'docker' : 'refused';
	if (PUBLIC_RESOLVERS.includes(ip)) return 'public';
	if (clusterNodes(cluster).some(node => node.ip === ip) || ip.startsWith('127.')) return 'refused';
	return 'unreachable';
}

/** Where a query to `ip` really lands: the CoreDNS pods behind 10.96.0.10, else `ip` itself. */
export function dnsQueryTargets(cluster: Cluster, ip: string): string[] {
	if (ip !== DNS_SERVICE_IP) return [ip];
	const service = serviceByName(cluster, 'kube-system', 'kube-dns');
	const port = (service?.spec?.ports ?? []).find(p => p.port === 53 && (p.protocol ?? 'TCP') === 'UDP') ?? service?.spec?.ports?.[0];
	if (!service || !port) return [];
	return usableBackends(backendsForPort(cluster, service, port)).backends.map(backend => backend.ip);
}

/**
 * 10.96.0.10 is itself a Service: with no kube-dns Service the query is lost; with no ready
 * CoreDNS endpoint kube-proxy rejects it (e.g. after `kubectl scale -n kube-system deploy/coredns --replicas=0`).
 */
function coreDnsBehindService(cluster: Cluster): DnsServerKind | 'unreachable' | 'refused' {
	const service = serviceByName(cluster, 'kube-system', 'kube-dns');
	if (!service || service.spec?.clusterIP !== DNS_SERVICE_IP) return 'unreachable';
	const port = (service.spec?.ports ?? []).find(p => p.port === 53 && (p.protocol ?? 'TCP') === 'UDP') ?? service.spec?.ports?.[0];
	if (!port) return 'unreachable';
	return usableBackends(backendsForPort(cluster, service, port)).backends.length > 0 ? 'coredns' : 'refused';
}

function isCoreDnsPodIP(cluster: Cluster, ip: string): boolean {
	const dns = serviceByName(cluster, 'kube-system', 'kube-dns');
	return dns ? serviceBackendIPs(cluster, dns).some(backend => backend.ip === ip) : false;
}

/** Ask one server one question. `qname` is absolute (trailing dot optional). */
export function queryServer(cluster: Cluster, server: DnsServerKind, qname: string, qtype: RRType): DnsResponse {
	const name = absolute(qname);
	switch (server) {
		case 'coredns':
			return coreDns(cluster, name, qtype);
		case 'docker':
			return upstream(cluster, name, qtype, true, 'docker DNS knows node names and public names');
		case 'laptop':
			return upstream(cluster, name, qtype, false, "the laptop's resolver knows only public names");
		case 'public':
			return upstream(cluster, name, qtype, false, 'a public resolver');
	}
}

export function absolute(name: string): string {
	const lower = name.toLowerCase();
	return lower.endsWith('.') ? lower : `${lower}.`;
}

// ---------------------------------------------------------------- CoreDNS

function coreDns(cluster: Cluster, name: string, qtype: RRType): DnsResponse {
	const zone = `${CLUSTER_DOMAIN}.`;
	if (name === zone || name.endsWith(`.${zone}`)) return clusterZone(cluster, name, qtype);
	if (name.endsWith('.in-addr.arpa.')) {
		const reverse = reverseLookup(cluster, name);
		if (reverse.length > 0) return authoritative(qtype === 'PTR' || qtype === 'ANY' ? reverse : [], 'in-addr.arpa', 'reverse zone');
	}
	const forwarded = upstream(cluster, name, qtype, true, 'not a cluster name: forwarded to 172.18.0.1');
	return {...forwarded, recursionAvailable: true};
}

function authoritative(answer: DnsRecord[], zone: string, source: string): DnsResponse {
	return {rcode: 'NOERROR', authoritative: true, recursionAvailable: false, answer, authority: answer.length ? [] : [CLUSTER_SOA(zone)], source};
}

function nxdomain(zone: string, source: string): DnsResponse {
	return {rcode: 'NXDOMAIN', authoritative: true, recursionAvailable: false, answer: [], authority: [CLUSTER_SOA(zone)], source};
}

function clusterZone(cluster: Cluster, name: string, qtype: RRType): DnsResponse {
	const source = 'zone cluster.local';
	const labels = name.slice(0, -(CLUSTER_DOMAIN.length + 2)).split('.').filter(Boolean);
	const last = labels[labels.length - 1];
	if (labels.length === 0) return authoritative(qtype === 'SOA' ? [CLUSTER_SOA(CLUSTER_DOMAIN)] : [], CLUSTER_DOMAIN, source);
	if (last === 'svc') return serviceNames(cluster, name, labels.slice(0, -1), qtype, source);
	if (last === 'pod') return podNames(cluster, name, labels.slice(0, -1), qtype, source);
	return nxdomain(CLUSTER_DOMAIN, source);
}

function namespaceExists(cluster: Cluster, namespace: string): boolean {
	return cluster.store.has('Namespace', undefined, namespace) || services(cluster, namespace).length > 0;
}

function podNames(cluster: Cluster, name: string, labels: string[], qtype: RRType, source: string): DnsResponse {
	if (labels.length === 0) return authoritative([], CLUSTER_DOMAIN, source);
	if (labels.length === 1) return namespaceExists(cluster, labels[0]) ? authoritative([], CLUSTER_DOMAIN, source) : nxdomain(CLUSTER_DOMAIN, source);
	if (labels.length !== 2) return nxdomain(CLUSTER_DOMAIN, source);
	// `pods insecure`: any well-formed dashed IPv4 answers with that address, unverified.
	const ip = labels[0].replace(/-/g, '.');
	if (!isIPv4(ip) || labels[0].split('-').length !== 4) return nxdomain(CLUSTER_DOMAIN, source);
	return authoritative(wants(qtype, 'A') ? [{name, ttl: CLUSTER_TTL, type: 'A', data: ip}] : [], CLUSTER_DOMAIN, source);
}

function wants(qtype: RRType, type: RRType): boolean {
	return qtype === type || qtype === 'ANY';
}

function serviceNames(cluster: Cluster, name: string, labels: string[], qtype: RRType, source: string): DnsResponse {
	if (labels.length === 0) return authoritative([], CLUSTER_DOMAIN, source);
	const namespace = labels[labels.length - 1];
	if (labels.length === 1) return namespaceExists(cluster, namespace) ? authoritative([], CLUSTER_DOMAIN, source) : nxdomain(CLUSTER_DOMAIN, source);
	const service = serviceByName(cluster, namespace, labels[labels.length - 2]);
	if (!service) return nxdomain(CLUSTER_DOMAIN, source);
	const svcName = `${service.metadata.name}.${namespace}.svc.${CLUSTER_DOMAIN}.`;
	const rest = labels.slice(0, -2);
	if (rest.length === 0) return serviceRecords(cluster, service, svcName, qtype, source);
	if (rest.length === 2 && rest[0].startsWith('_') && rest[1].startsWith('_')) return srvRecords(cluster, service, name, svcName, rest[0].slice(1), rest[1].slice(1), qtype, source);
	if (rest.length === 1 && isHeadless(service)) {
		const backend = dnsBackends(cluster, service).find(b => endpointLabel(b) === rest[0]);
		if (!backend) return nxdomain(CLUSTER_DOMAIN, source);
		return authoritative(wants(qtype, 'A') ? [{name, ttl: CLUSTER_TTL, type: 'A', data: backend.ip}] : [], CLUSTER_DOMAIN, source);
	}
	return nxdomain(CLUSTER_DOMAIN, source);
}

/** Endpoints a headless Service publishes: ready ones, or all with publishNotReadyAddresses. */
function dnsBackends(cluster: Cluster, service: Readonly<StoredService>): Backend[] {
	const all = serviceBackendIPs(cluster, service);
	return service.spec?.publishNotReadyAddresses ? all : all.filter(b => b.ready);
}

/** `web-0` for StatefulSet pods (spec.hostname), else the dashed IP `10-244-1-11`. */
export function endpointLabel(backend: Backend): string {
	return backend.hostname ?? backend.ip.replace(/\./g, '-');
}

function serviceRecords(cluster: Cluster, service: Readonly<StoredService>, svcName: string, qtype: RRType, source: string): DnsResponse {
	if (serviceType(service) === 'ExternalName') return externalName(cluster, service, svcName, qtype, source);
	if (isHeadless(service)) {
		const backends = shuffle(cluster, dnsBackends(cluster, service));
		if (backends.length === 0) return nxdomain(CLUSTER_DOMAIN, `headless Service ${service.metadata.namespace}/${service.metadata.name} has no ready endpoints`);
		const answer: DnsRecord[] = [];
		if (wants(qtype, 'A')) for (const b of backends) answer.push({name: svcName, ttl: CLUSTER_TTL, type: 'A', data: b.ip});
		if (wants(qtype, 'SRV')) answer.push(...headlessSrv(service, svcName, backends, undefined));
		return authoritative(answer, CLUSTER_DOMAIN, source);
	}
	const ip = service.spec?.clusterIP;
	const answer: DnsRecord[] = [];
	if (ip && wants(qtype, 'A')) answer.push({name: svcName, ttl: CLUSTER_TTL, type: 'A', data: ip});
	if (wants(qtype, 'SRV')) {
		const ports = service.spec?.ports ?? [];
		for (const port of ports) answer.push({name: svcName, ttl: CLUSTER_TTL, type: 'SRV', data: `0 ${srvWeight(ports.length)} ${port.port} ${svcName}`});
	}
	return authoritative(answer, CLUSTER_DOMAIN, source);
}

function externalName(cluster: Cluster, service: Readonly<StoredService>, svcName: string, qtype: RRType, source: string): DnsResponse {
	const target = absolute(service.spec?.externalName ?? '');
	const cname: DnsRecord = {name: svcName, ttl: CLUSTER_TTL, type: 'CNAME', data: target};
	if (qtype === 'CNAME' || target === '.') return authoritative([cname], CLUSTER_DOMAIN, source);
	// CoreDNS chases the target itself and appends what it finds; a failed chase leaves the CNAME alone.
	const chased = target.endsWith(`.${CLUSTER_DOMAIN}.`) ? coreDns(cluster, target, qtype) : upstream(cluster, target, qtype, true, '');
	return authoritative([cname, ...chased.answer], CLUSTER_DOMAIN, `ExternalName Service: CNAME to ${target}`);
}

function srvRecords(
	cluster: Cluster,
	service: Readonly<StoredService>,
	name: string,
	svcName: string,
	portName: string,
	protocol: string,
	qtype: RRType,
	source: string,
): DnsResponse {
	const port = (service.spec?.ports ?? []).find(p => p.name === portName && (p.protocol ?? 'TCP').toLowerCase() === protocol);
	if (!port) return nxdomain(CLUSTER_DOMAIN, source);
	if (!wants(qtype, 'SRV')) return authoritative([], CLUSTER_DOMAIN, source);
	if (isHeadless(service)) {
		const backends = shuffle(cluster, dnsBackends(cluster, service));
		if (backends.length === 0) return nxdomain(CLUSTER_DOMAIN, source);
		return authoritative(headlessSrv(service, name, backends, port.name), CLUSTER_DOMAIN, source);
	}
	return authoritative([{name, ttl: CLUSTER_TTL, type: 'SRV', data: `0 100 ${port.port} ${svcName}`}], CLUSTER_DOMAIN, source);
}

/** CoreDNS shares a weight of 100 among the records of one priority (all of them are priority 0): floor(100 / count). */
function srvWeight(records: number): number {
	return Math.floor(100 / Math.max(records, 1));
}

function headlessSrv(service: Readonly<StoredService>, owner: string, backends: Backend[], portName: string | undefined): DnsRecord[] {
	const namespace = service.metadata.namespace ?? 'default';
	const ports = (service.spec?.ports ?? []).filter(p => portName === undefined || p.name === portName);
	const weight = srvWeight(ports.length * backends.length);
	const out: DnsRecord[] = [];
	for (const port of ports) {
		const number = typeof port.targetPort === 'number' ? port.targetPort : port.port;
		for (const b of backends) {
			out.push({name: owner, ttl: CLUSTER_TTL, type: 'SRV', data: `0 ${weight} ${number} ${endpointLabel(b)}.${service.metadata.name}.${namespace}.svc.${CLUSTER_DOMAIN}.`});
		}
	}
	return out;
}

function shuffle<T>(cluster: Cluster, items: T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = cluster.random.int(i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * PTR for a ClusterIP, else for an endpoint IP of any Service (one record per Service listing it),
 * as CoreDNS's kubernetes plugin answers reverse queries.
 */
function reverseLookup(cluster: Cluster, name: string): DnsRecord[] {
	const ip = ptrToIP(name);
	if (!ip) return [];
	const byClusterIP = serviceByClusterIP(cluster, ip);
	if (byClusterIP) return [{name, ttl: CLUSTER_TTL, type: 'PTR', data: `${byClusterIP.metadata.name}.${byClusterIP.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}.`}];
	const out: DnsRecord[] = [];
	for (const service of services(cluster)) {
		if (serviceType(service) === 'ExternalName') continue;
		const backend = serviceBackendIPs(cluster, service).find(b => b.ip === ip);
		if (backend) out.push({name, ttl: CLUSTER_TTL, type: 'PTR', data: `${endpointLabel(backend)}.${service.metadata.name}.${service.metadata.namespace ?? 'default'}.svc.${CLUSTER_DOMAIN}.`});
	}
	return out;
}

export function ptrToIP(name: string): string | undefined {
	const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa\.?$/.exec(name);
	if (!match) return undefined;
	const ip = [match[4], match[3], match[2], match[1]].join('.');
	return isIPv4(ip) ? ip : undefined;
}

export function ipToPtr(ip: string): string {
	return `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
}

// ---------------------------------------------------------------- the outside world

/** Docker's resolver knows the node containers (`kind-worker`, `kind-worker.kind`); all know the internet. */
function upstream(cluster: Cluster, name: string, qtype: RRType, dockerNames: boolean, source: string): DnsResponse {
	const ok = (answer: DnsRecord[]): DnsResponse => ({rcode: 'NOERROR', authoritative: false, recursionAvailable: true, answer, authority: answer.length ? [] : [ROOT_SOA], source});
	const bare = name.slice(0, -1);
	if (dockerNames) {
		const node = clusterNodes(cluster).find(n => n.name === bare || `${n.name}.kind` === bare);
		if (node) return ok(wants(qtype, 'A') ? [{name, ttl: DOCKER_TTL, type: 'A', data: node.ip}] : []);
		const ip = ptrToIP(name);
		const byIP = ip ? clusterNodes(cluster).find(n => n.ip === ip) : undefined;
		if (byIP) return ok(wants(qtype, 'PTR') ? [{name, ttl: DOCKER_TTL, type: 'PTR', data: `${byIP.name}.kind.`}] : []);
	}
	if (name === 'localhost.') return ok(wants(qtype, 'A') ? [{name, ttl: 0, type: 'A', data: '127.0.0.1'}] : []);
	const host = internetHostByName(name);
	if (host) return ok(wants(qtype, 'A') ? [{name, ttl: UPSTREAM_TTL, type: 'A', data: host.ip}] : []);
	return {rcode: 'NXDOMAIN', authoritative: false, recursionAvailable: true, answer: [], authority: [ROOT_SOA], source};
}
