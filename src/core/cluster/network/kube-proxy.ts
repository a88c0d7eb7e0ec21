/**
 * kube-proxy in iptables mode, evaluated on demand for one packet: which Service rule on a node
 * matches `dstIP:dstPort`, and what the rule does — DNAT to a random usable endpoint, REJECT when
 * there is none, DROP for externalTrafficPolicy/internalTrafficPolicy Local without a local
 * endpoint — plus session affinity and source NAT. ExternalName and headless Services have no rules.
 */
import type {Cluster} from '../cluster.js';
import type {ServicePort} from '../kube-object.js';
import {POD_CIDR} from '../topology.js';
import {clusterNodes, inCIDR, isHeadless, loadBalancerIPs, serviceByClusterIP, serviceType, type Client, type StoredService} from './addresses.js';
import {networkIndex} from './network-index.js';
import {backendsForPort, usableBackends, type Backend} from './endpoints.js';
import type {TraceHop} from './trace.js';

export type EntryKind = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalIP';

export interface ServiceMatch {
	service: Readonly<StoredService>;
	port: Readonly<ServicePort>;
	entry: EntryKind;
	/** The destination address the rule matched (ClusterIP, externalIP, LB IP, or the node address for a NodePort). */
	address: string;
}

/**
 * The Service rule a packet meets in KUBE-SERVICES / KUBE-NODEPORTS. `nodeLocal` means the
 * destination is an address of the node evaluating the rules (its IP, or 127.0.0.1 from the node
 * itself), which is when NodePort rules apply.
 */
export function matchServiceRule(cluster: Cluster, dstIP: string, dstPort: number, nodeLocal: boolean): ServiceMatch | undefined {
	const index = networkIndex(cluster);
	for (const service of index.servicesByIP.get(dstIP) ?? []) {
		if (isHeadless(service)) continue;
		for (const port of service.spec?.ports ?? []) {
			if ((port.protocol ?? 'TCP') !== 'TCP' || port.port !== dstPort) continue;
			if (service.spec?.clusterIP === dstIP || (service.spec?.clusterIPs ?? []).includes(dstIP)) return {service, port, entry: 'ClusterIP', address: dstIP};
			if ((service.spec?.externalIPs ?? []).includes(dstIP)) return {service, port, entry: 'ExternalIP', address: dstIP};
			if (loadBalancerIPs(service).includes(dstIP)) return {service, port, entry: 'LoadBalancer', address: dstIP};
		}
	}
	if (!nodeLocal) return undefined;
	for (const service of index.servicesByNodePort.get(dstPort) ?? []) {
		const type = serviceType(service);
		if (type !== 'NodePort' && type !== 'LoadBalancer') continue;
		const port = (service.spec?.ports ?? []).find(p => p.nodePort === dstPort && (p.protocol ?? 'TCP') === 'TCP');
		if (port) return {service, port, entry: 'NodePort', address: dstIP};
	}
	return undefined;
}

/** A Service whose ClusterIP is `ip`, when no rule matched its port: the packet falls through. */
export function isServiceVIP(cluster: Cluster, ip: string): Readonly<StoredService> | undefined {
	const service = serviceByClusterIP(cluster, ip);
	return service && !isHeadless(service) ? service : undefined;
}

export type ProxyVerdict =
	| {kind: 'dnat'; backend: Backend; sourceIP: string; hops: TraceHop[]}
	| {kind: 'reject'; hops: TraceHop[]}
	| {kind: 'drop'; hops: TraceHop[]};

/** iptables chain names are a hash of the service port; any stable 16-character base32 string reads the same. */
export function chainName(prefix: string, key: string): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < key.length; i++) {
		h1 = Math.imul(h1 ^ key.charCodeAt(i), 0x01000193) >>> 0;
		h2 = Math.imul(h2 ^ key.charCodeAt(i), 0x85ebca6b) >>> 0;
	}
	let out = '';
	for (let i = 0; i < 16; i++) {
		const source = i < 8 ? h1 : h2;
		out += alphabet[(source >>> ((i % 8) * 4)) & 31];
	}
	return `${prefix}-${out}`;
}

export function servicePortName(match: Pick<ServiceMatch, 'service' | 'port'>): string {
	const ns = match.service.metadata.namespace ?? 'default';
	return `${ns}/${match.service.metadata.name}${match.port.name ? `:${match.port.name}` : ''}`;
}

/**
 * What kube-proxy on `node` does with a packet from `client` that matched `match`. External
 * clients are those outside the cluster arriving through a NodePort, LoadBalancer IP or
 * externalIP; pods and nodes are short-circuited to the cluster-wide endpoints.
 */
export function applyServiceRules(cluster: Cluster, client: Client, match: ServiceMatch, node: {name: string; ip: string}): ProxyVerdict {
	const where = `kube-proxy on ${node.name}`;
	const name = servicePortName(match);
	const key = `${name}/${match.port.protocol ?? 'TCP'}`;
	const svcChain = chainName('KUBE-SVC', key);
	const hops: TraceHop[] = [];
	const external = match.entry !== 'ClusterIP';
	const fromOutside = external && !isInsideCluster(cluster, client);
	const entryText = describeEntry(match);
	hops.push({kind: 'route', where, text: `${entryText} matches Service ${name}`, rule: match.entry === 'NodePort' ? 'KUBE-NODEPORTS' : 'KUBE-SERVICES'});

	const ranges = match.service.spec?.loadBalancerSourceRanges ?? [];
	if (match.entry === 'LoadBalancer' && ranges.length > 0 && !ranges.some(range => inCIDR(client.ip, range.includes('/') ? range : `${range}/32`))) {
		hops.push({kind: 'drop', where, text: `loadBalancerSourceRanges (${ranges.join(', ')}) does not include the client ${client.ip}: dropped`, rule: chainName('KUBE-FW', key)});
		return {kind: 'drop', hops};
	}
	const all = backendsForPort(cluster, match.service, match.port);
	const {backends: usable, terminatingFallback} = usableBackends(all);
	if (usable.length === 0) {
		hops.push({kind: 'reject', where, text: `${name} has no endpoints: ${whyNoEndpoints(all)}, so the packet is rejected (ICMP port unreachable) and the client sees "connection refused" at once`, rule: external ? 'KUBE-EXTERNAL-SERVICES' : 'KUBE-SERVICES'});
		return {kind: 'reject', hops};
	}
	if (terminatingFallback) hops.push({kind: 'route', where, text: 'no endpoint is ready; falling back to endpoints that are terminating but still serving'});

	let candidates = usable;
	const etpLocal = match.service.spec?.externalTrafficPolicy === 'Local';
	const itpLocal = match.service.spec?.internalTrafficPolicy === 'Local';
	if (external && etpLocal) {
		if (fromOutside) {
			candidates = usable.filter(b => b.nodeName === node.name);
			if (candidates.length === 0) {
				hops.push({kind: 'drop', where, text: `externalTrafficPolicy: Local and ${node.name} runs no ready endpoint of ${name}: the packet from outside the cluster is dropped (the client waits for a timeout)`, rule: 'KUBE-EXTERNAL-SERVICES'});
				return {kind: 'drop', hops};
			}
			hops.push({kind: 'route', where, text: `externalTrafficPolicy: Local: only the ${candidates.length} endpoint(s) on ${node.name} are used`, rule: chainName('KUBE-SVL', key)});
		} else {
			hops.push({kind: 'route', where, text: `externalTrafficPolicy: Local does not apply to traffic from inside the cluster (${client.label}); it is short-circuited to all endpoints`, rule: chainName('KUBE-EXT', key)});
		}
	} else if (!external && itpLocal) {
		candidates = usable.filter(b => b.nodeName === node.name);
		if (candidates.length === 0) {
			hops.push({kind: 'drop', where, text: `internalTrafficPolicy: Local and ${node.name} (the client's node) runs no endpoint of ${name}: the packet is dropped`, rule: chainName('KUBE-SVL', key)});
			return {kind: 'drop', hops};
		}
	}

	const backend = pickBackend(cluster, match, client, candidates, hops, where);
	const target = `${backend.ip}:${backend.port}`;
	const owner = backend.pod ? ` (pod ${backend.namespace}/${backend.pod}${backend.nodeName ? ` on ${backend.nodeName}` : ''})` : '';
	hops.push({kind: 'dnat', where, text: `${entryText} → ${target}${owner}, chosen at random from ${candidates.length} endpoint(s)`, rule: `${svcChain} → ${chainName('KUBE-SEP', `${key}/${target}`)}`});

	const sourceIP = sourceAfterNat(cluster, client, match, node, backend, etpLocal, hops, where);
	return {kind: 'dnat', backend, sourceIP, hops};
}

function describeEntry(match: ServiceMatch): string {
	switch (match.entry) {
		case 'ClusterIP':
			return `ClusterIP ${match.address}:${match.port.port}`;
		case 'NodePort':
			return `NodePort ${match.address}:${match.port.nodePort}`;
		case 'LoadBalancer':
			return `LoadBalancer IP ${match.address}:${match.port.port}`;
		case 'ExternalIP':
			return `externalIP ${match.address}:${match.port.port}`;
	}
}

const ENTRY_ARTICLE: Record<EntryKind, string> = {ClusterIP: 'the ClusterIP', NodePort: 'a NodePort', LoadBalancer: 'the LoadBalancer IP', ExternalIP: 'an externalIP'};

function whyNoEndpoints(all: readonly Backend[]): string {
	if (all.length === 0) return 'no pod matches its selector with a resolvable target port';
	return `${all.length} endpoint(s) listed but none is ready`;
}

/** Pods and nodes are inside; the laptop is not. */
function isInsideCluster(cluster: Cluster, client: Client): boolean {
	if (client.kind !== 'laptop') return true;
	return inCIDR(client.ip, POD_CIDR) || clusterNodes(cluster).some(n => n.ip === client.ip);
}

function pickBackend(cluster: Cluster, match: ServiceMatch, client: Client, candidates: Backend[], hops: TraceHop[], where: string): Backend {
	const spec = match.service.spec;
	if (spec?.sessionAffinity !== 'ClientIP') return cluster.random.pick(candidates);
	const timeoutMs = (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) * 1000;
	const key = `${servicePortName(match)}:${match.port.port}|${client.ip}`;
	const now = cluster.clock.now();
	const remembered = cluster.affinity.get(key);
	const still = remembered && now - remembered.lastUsedMs <= timeoutMs ? candidates.find(b => `${b.ip}:${b.port}` === remembered.endpoint) : undefined;
	const backend = still ?? cluster.random.pick(candidates);
	cluster.affinity.set(key, {endpoint: `${backend.ip}:${backend.port}`, lastUsedMs: now});
	hops.push({
		kind: 'route',
		where,
		text: still
			? `sessionAffinity: ClientIP: ${client.ip} used ${still.ip} ${Math.round((now - remembered!.lastUsedMs) / 1000)}s ago (timeout ${timeoutMs / 1000}s), so it goes there again`
			: `sessionAffinity: ClientIP: no recent choice for ${client.ip}; a new endpoint is picked and remembered for ${timeoutMs / 1000}s`,
		rule: 'recent module',
	});
	return backend;
}

function sourceAfterNat(
	cluster: Cluster,
	client: Client,
	match: ServiceMatch,
	node: {name: string; ip: string},
	backend: Backend,
	etpLocal: boolean,
	hops: TraceHop[],
	where: string,
): string {
	const external = match.entry !== 'ClusterIP';
	const hairpin = client.kind === 'pod' && backend.ip === client.ip;
	let masquerade = false;
	let reason = '';
	if (external && !etpLocal) {
		masquerade = true;
		reason = `externalTrafficPolicy: Cluster masquerades traffic that arrives through ${ENTRY_ARTICLE[match.entry]}`;
	} else if (hairpin) {
		masquerade = true;
		reason = 'hairpin: the pod reached itself through its Service';
	} else if (!inCIDR(client.ip, POD_CIDR) && !(external && etpLocal && !isInsideCluster(cluster, client))) {
		masquerade = true;
		reason = 'the source is not a pod address';
	}
	if (masquerade) {
		if (client.ip !== node.ip) hops.push({kind: 'snat', where, text: `source ${client.ip} rewritten to the node's address ${node.ip} (${reason}); the pod sees ${node.ip}`, rule: 'KUBE-POSTROUTING MASQUERADE'});
		return node.ip;
	}
	const why = external && etpLocal ? 'externalTrafficPolicy: Local keeps the client address' : 'pod-to-Service traffic is not masqueraded';
	hops.push({kind: 'snat', where, text: `no SNAT: ${why}; the pod sees ${client.ip}`});
	return client.ip;
}
