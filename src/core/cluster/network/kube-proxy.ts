/**
 * kube-proxy in iptables mode, for one packet: the packet walks the rule table kube-proxy wrote
 * on the node (proxy-rules.ts, proxy-walk.ts), and this file tells the story of that walk as
 * trace hops — which Service address matched, every rule it met, where it was DNATed, why it was
 * rejected or dropped, and whether its source was masqueraded. The same table is what
 * `iptables-save` prints on that node (docs/simulation.md, "Network").
 */
import type {Cluster} from '../cluster.js';
import type {ServicePort} from '../kube-object.js';
import {isHeadless, loadBalancerIPs, serviceByClusterIP, type Client, type NodeAddress, type StoredService} from './addresses.js';
import {networkIndex} from './network-index.js';
import {backendsForPort, type Backend} from './endpoints.js';
import {ruleSpec, type EntryKind, type Rule, type RuleAbout} from './iptables-rule.js';
import {packetRuleTable} from './proxy-rules.js';
import {walkPacket, type MatchedRule, type Packet, type Walk} from './proxy-walk.js';
import type {TraceHop} from './trace.js';

export type {EntryKind} from './iptables-rule.js';

export interface ServiceMatch {
	service: Readonly<StoredService>;
	port: Readonly<ServicePort>;
	entry: EntryKind;
	/** The destination address the rule matched (ClusterIP, externalIP, LB IP, or the node address for a NodePort). */
	address: string;
}

/**
 * Which Service port a cloud load balancer at `dstIP` forwards `dstPort` for. The load balancer is
 * not kube-proxy: it only needs to know the Service, to pick a node; the node's rules do the rest.
 */
export function loadBalancerTarget(cluster: Cluster, dstIP: string, dstPort: number): ServiceMatch | undefined {
	for (const service of networkIndex(cluster).servicesByIP.get(dstIP) ?? []) {
		if (!loadBalancerIPs(service).includes(dstIP)) continue;
		const port = (service.spec?.ports ?? []).find(p => (p.protocol ?? 'TCP') === 'TCP' && p.port === dstPort);
		if (port) return {service, port, entry: 'LoadBalancer', address: dstIP};
	}
	return undefined;
}

/** A Service whose ClusterIP is `ip`, when no rule matched its port: the packet falls through. */
export function isServiceVIP(cluster: Cluster, ip: string): Readonly<StoredService> | undefined {
	const service = serviceByClusterIP(cluster, ip);
	return service && !isHeadless(service) ? service : undefined;
}

export type ProxyVerdict = {match: ServiceMatch; hops: TraceHop[]} & (
	| {kind: 'dnat'; backend: Backend; sourceIP: string}
	| {kind: 'reject'}
	| {kind: 'drop'}
);

/**
 * What the rules of `node` do with a TCP connection from `client` to `dst:dport`; undefined when
 * no Service rule took part (the packet is routed as if kube-proxy were not there).
 */
export function applyServiceRules(cluster: Cluster, client: Client, node: NodeAddress, target: {src: string; dst: string; dport: number; hook: Packet['hook']}): ProxyVerdict | undefined {
	const packet: Packet = {...target, protocol: 'tcp'};
	const walk = walkPacket(cluster, packetRuleTable(cluster, node, packet.dst, packet.dport), node, packet);
	const entry = walk.matched.find(m => m.rule.about?.entry)?.rule;
	if (!entry?.about?.entry) return undefined;
	const about = entry.about;
	const match: ServiceMatch = {service: about.service, port: about.port, entry: about.entry!, address: packet.dst};
	const where = `kube-proxy on ${node.name}`;
	const hops: TraceHop[] = [{kind: 'route', where, text: `${describeEntry(match)} matches Service ${about.portName}`, rule: entry.chain}];
	hops.push(...ruleHops(walk.matched, node));
	hops.push(...policyHops(cluster, walk, about, client, node, where));
	if (walk.verdict !== 'accept' || !walk.dnat?.about?.endpoint) {
		const final = walk.matched[walk.matched.length - 1]?.rule ?? entry;
		return {kind: walk.verdict === 'reject' ? 'reject' : 'drop', match, hops: [...hops, verdictHop(cluster, walk, final, final.about ?? about, client, node, where)]};
	}
	const backend = walk.dnat.about.endpoint;
	const balance = walk.matched.find(m => m.rule.about?.endpoint && m.rule.target?.kind === 'jump' && m.rule.target.chain.startsWith('KUBE-SEP-'));
	const count = chainSize(balance?.rule);
	const owner = backend.pod ? ` (pod ${backend.namespace}/${backend.pod}${backend.nodeName ? ` on ${backend.nodeName}` : ''})` : '';
	const chains = balance ? `${balance.rule.chain} → ${balance.rule.target?.kind === 'jump' ? balance.rule.target.chain : ''}` : undefined;
	const sticky = balance?.rule.matches.some(m => m.kind === 'recent-check');
	const how = sticky ? `the endpoint this client used last (one of ${count})` : `chosen at random from ${count} endpoint(s)`;
	hops.push({kind: 'dnat', where, text: `${describeEntry(match)} → ${backend.ip}:${backend.port}${owner}, ${how}`, rule: chains});
	hops.push(...ruleHops(walk.postrouting, node));
	const sourceIP = walk.masquerade ? node.ip : packet.src;
	hops.push(snatHop(walk, match, client, node, where));
	return {kind: 'dnat', match, backend, sourceIP, hops};
}

/** One hop per rule the packet matched, as iptables-save prints it; jumps into chains where nothing matched are left out. */
function ruleHops(matched: readonly MatchedRule[], node: NodeAddress): TraceHop[] {
	return matched.filter(m => !m.uneventful).map(m => ({kind: 'rule', where: `iptables -t ${m.table} on ${node.name}`, text: ruleSpec(m.rule)}));
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

/** The traffic-policy and affinity decisions the walk made, in words. */
function policyHops(cluster: Cluster, walk: Walk, about: RuleAbout, client: Client, node: NodeAddress, where: string): TraceHop[] {
	const hops: TraceHop[] = [];
	const spec = about.service.spec ?? {};
	const shortCircuit = walk.matched.find(m => m.rule.about?.shortCircuit);
	if (shortCircuit) {
		hops.push({kind: 'route', where, text: `externalTrafficPolicy: Local does not apply to traffic from inside the cluster (${client.label}); it is short-circuited to all endpoints`, rule: shortCircuit.rule.chain});
	}
	const local = walk.matched.find(m => m.rule.chain.startsWith('KUBE-SVL-') && m.rule.about?.endpoint);
	if (local && spec.externalTrafficPolicy === 'Local' && about.entry !== 'ClusterIP') {
		hops.push({kind: 'route', where, text: `externalTrafficPolicy: Local: only the ${chainSize(local.rule)} endpoint(s) on ${node.name} are used`, rule: local.rule.chain});
	}
	const endpoint = walk.dnat?.about?.endpoint;
	if (endpoint && spec.sessionAffinity === 'ClientIP') {
		const timeout = spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800;
		const hit = walk.matched.find(m => m.lastSeenMs !== undefined);
		const ago = hit?.lastSeenMs !== undefined ? Math.round((cluster.clock.now() - hit.lastSeenMs) / 1000) : 0;
		hops.push({
			kind: 'route',
			where,
			text: hit
				? `sessionAffinity: ClientIP: ${client.ip} used ${endpoint.ip} ${ago}s ago (timeout ${timeout}s), so it goes there again`
				: `sessionAffinity: ClientIP: no recent choice for ${client.ip}; a new endpoint is picked and remembered for ${timeout}s`,
			rule: 'recent module',
		});
	}
	if (endpoint?.terminating) hops.push({kind: 'route', where, text: 'no endpoint is ready; falling back to endpoints that are terminating but still serving'});
	return hops;
}

/** The number of endpoints of the KUBE-SVC-/KUBE-SVL- chain whose rule sent the packet to an endpoint. */
function chainSize(rule: Rule | undefined): number {
	return rule?.about?.chainEndpoints ?? 1;
}

function whyNoEndpoints(cluster: Cluster, about: RuleAbout): string {
	const all = backendsForPort(cluster, about.service, about.port);
	if (all.length === 0) return 'no pod matches its selector with a resolvable target port';
	return `${all.length} endpoint(s) listed but none is ready`;
}

/** The REJECT or DROP, and why the table has it. */
function verdictHop(cluster: Cluster, walk: Walk, final: Rule, about: RuleAbout, client: Client, node: NodeAddress, where: string): TraceHop {
	const name = about.portName;
	if (walk.verdict === 'reject') {
		return {kind: 'reject', where, text: `${name} has no endpoints: ${whyNoEndpoints(cluster, about)}, so the packet is rejected (ICMP port unreachable) and the client sees "connection refused" at once`, rule: final.chain};
	}
	if (final.chain === 'KUBE-PROXY-FIREWALL') {
		const ranges = about.service.spec?.loadBalancerSourceRanges ?? [];
		return {kind: 'drop', where, text: `loadBalancerSourceRanges (${ranges.join(', ')}) does not include the client ${client.ip}: dropped`, rule: final.chain};
	}
	if (final.chain === 'KUBE-SERVICES') {
		return {kind: 'drop', where, text: `internalTrafficPolicy: Local and ${node.name} (the client's node) runs no endpoint of ${name}: the packet is dropped`, rule: final.chain};
	}
	if (final.chain === 'KUBE-EXTERNAL-SERVICES') {
		return {kind: 'drop', where, text: `externalTrafficPolicy: Local and ${node.name} runs no ready endpoint of ${name}: the packet from outside the cluster is dropped (the client waits for a timeout)`, rule: final.chain};
	}
	return {kind: 'drop', where, text: `no rule of ${name} on ${node.name} takes the packet: dropped`, rule: final.chain};
}

/** Why the source was (or was not) rewritten, from the KUBE-MARK-MASQ jump that marked the packet. */
function snatHop(walk: Walk, match: ServiceMatch, client: Client, node: NodeAddress, where: string): TraceHop {
	if (walk.masquerade) {
		const marked = walk.matched.find(m => m.rule.target?.kind === 'jump' && m.rule.target.chain === 'KUBE-MARK-MASQ')?.rule.about?.masquerade;
		const reason: Record<NonNullable<RuleAbout['masquerade']>, string> = {
			'external-cluster-policy': `externalTrafficPolicy: Cluster masquerades traffic that arrives through ${ENTRY_ARTICLE[match.entry]}`,
			hairpin: 'hairpin: the pod reached itself through its Service',
			'not-a-pod': 'the source is not a pod address',
			'node-itself': 'the source is the node itself',
		};
		const why = marked ? reason[marked] : 'the packet was marked for masquerade';
		return {kind: 'snat', where, text: client.ip === node.ip ? `source stays the node's address ${node.ip} (${why})` : `source ${client.ip} rewritten to the node's address ${node.ip} (${why}); the pod sees ${node.ip}`, rule: 'KUBE-POSTROUTING MASQUERADE'};
	}
	const why = match.entry !== 'ClusterIP' && match.service.spec?.externalTrafficPolicy === 'Local' ? 'externalTrafficPolicy: Local keeps the client address' : 'pod-to-Service traffic is not masqueraded';
	return {kind: 'snat', where, text: `no SNAT: ${why}; the pod sees ${client.ip}`};
}
