/**
 * kube-proxy's rule table on one node, written the way `syncProxyRules` in
 * pkg/proxy/iptables/proxier.go (v1.34) writes it: the fixed chains and jumps, then for every
 * Service port its KUBE-SERVICES / KUBE-NODEPORTS entries, KUBE-EXT-, KUBE-FW-, KUBE-SVC-,
 * KUBE-SVL- and KUBE-SEP- chains, and the filter-table REJECT/DROP rules for Services without
 * (local) endpoints. The table depends on the node: Local traffic policies use only the endpoints
 * on it. `iptables-save` prints this table and `trace`/`curl` walk it (docs/simulation.md, "Network").
 */
import type {Cluster} from '../cluster.js';
import type {ServicePort} from '../kube-object.js';
import {POD_CIDR} from '../topology.js';
import {isHeadless, loadBalancerIPs, services, serviceType, inCIDR, type NodeAddress, type StoredService} from './addresses.js';
import {backendsForPort, usableBackends, type Backend} from './endpoints.js';
import type {Chain, Match, Rule, RuleAbout, RuleTable, Table, Target} from './iptables-rule.js';
import {probabilityText} from './iptables-rule.js';
import {networkIndex} from './network-index.js';
import {endpointChain, serviceChains, servicePortNameString} from './proxy-chain-names.js';

/** kube-proxy's default --iptables-masquerade-bit 14. */
export const MASQ_MARK = 0x4000;

const BUILTIN: Record<Table, string[]> = {
	mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
	filter: ['INPUT', 'FORWARD', 'OUTPUT'],
	nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

/** Chains kubelet (KUBE-IPTABLES-HINT, KUBE-KUBELET-CANARY) and kube-proxy create whatever the Services. */
const FIXED_CHAINS: Record<Table, string[]> = {
	mangle: ['KUBE-IPTABLES-HINT', 'KUBE-KUBELET-CANARY', 'KUBE-PROXY-CANARY'],
	filter: ['KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-KUBELET-CANARY', 'KUBE-NODEPORTS', 'KUBE-PROXY-CANARY', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES'],
	nat: ['KUBE-KUBELET-CANARY', 'KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-PROXY-CANARY', 'KUBE-SERVICES'],
};

const comment = (text: string): Match => ({kind: 'comment', text});
const jump = (chain: string): Target => ({kind: 'jump', chain});
const NEW: Match = {kind: 'conntrack', states: 'NEW'};

/**
 * The jumps from the built-in chains. kube-proxy prepends each of them (iptablesJumpChains), so
 * the last one written comes first; kubelet's KUBE-FIREWALL jump was there before kube-proxy started.
 */
function builtinJumps(): Array<Rule & {table: Table}> {
	const rule = (table: Table, chain: string, matches: Match[], to: string): Rule & {table: Table} => ({table, chain, matches, target: jump(to)});
	return [
		rule('filter', 'INPUT', [NEW, comment('kubernetes load balancer firewall')], 'KUBE-PROXY-FIREWALL'),
		rule('filter', 'INPUT', [comment('kubernetes health check service ports')], 'KUBE-NODEPORTS'),
		rule('filter', 'INPUT', [NEW, comment('kubernetes externally-visible service portals')], 'KUBE-EXTERNAL-SERVICES'),
		rule('filter', 'INPUT', [], 'KUBE-FIREWALL'),
		rule('filter', 'FORWARD', [NEW, comment('kubernetes load balancer firewall')], 'KUBE-PROXY-FIREWALL'),
		rule('filter', 'FORWARD', [comment('kubernetes forwarding rules')], 'KUBE-FORWARD'),
		rule('filter', 'FORWARD', [NEW, comment('kubernetes service portals')], 'KUBE-SERVICES'),
		rule('filter', 'FORWARD', [NEW, comment('kubernetes externally-visible service portals')], 'KUBE-EXTERNAL-SERVICES'),
		rule('filter', 'OUTPUT', [NEW, comment('kubernetes load balancer firewall')], 'KUBE-PROXY-FIREWALL'),
		rule('filter', 'OUTPUT', [NEW, comment('kubernetes service portals')], 'KUBE-SERVICES'),
		rule('filter', 'OUTPUT', [], 'KUBE-FIREWALL'),
		rule('nat', 'PREROUTING', [comment('kubernetes service portals')], 'KUBE-SERVICES'),
		rule('nat', 'OUTPUT', [comment('kubernetes service portals')], 'KUBE-SERVICES'),
		rule('nat', 'POSTROUTING', [comment('kubernetes postrouting rules')], 'KUBE-POSTROUTING'),
	];
}

/** Rules in kube-proxy's own fixed chains that come before the Services' rules. */
function fixedRules(): Array<Rule & {table: Table}> {
	return [
		{table: 'filter', chain: 'KUBE-FIREWALL', source: {cidr: '127.0.0.0/8', negate: true}, destination: {cidr: '127.0.0.0/8'}, matches: [comment('block incoming localnet connections'), {kind: 'conntrack', states: 'RELATED,ESTABLISHED,DNAT', negate: true}], target: {kind: 'DROP'}},
		{table: 'filter', chain: 'KUBE-FORWARD', matches: [{kind: 'conntrack', states: 'INVALID'}, {kind: 'nfacct', name: 'ct_state_invalid_dropped_pkts'}], target: {kind: 'DROP'}},
		{table: 'filter', chain: 'KUBE-FORWARD', matches: [comment('kubernetes forwarding rules'), {kind: 'mark', mark: MASQ_MARK, mask: MASQ_MARK, negate: false}], target: {kind: 'ACCEPT'}},
		{table: 'filter', chain: 'KUBE-FORWARD', matches: [comment('kubernetes forwarding conntrack rule'), {kind: 'conntrack', states: 'RELATED,ESTABLISHED'}], target: {kind: 'ACCEPT'}},
		{table: 'nat', chain: 'KUBE-MARK-MASQ', matches: [], target: {kind: 'MARK', mark: MASQ_MARK, mask: MASQ_MARK}},
		{table: 'nat', chain: 'KUBE-POSTROUTING', matches: [{kind: 'mark', mark: MASQ_MARK, mask: MASQ_MARK, negate: true}], target: {kind: 'RETURN'}},
		{table: 'nat', chain: 'KUBE-POSTROUTING', matches: [], target: {kind: 'MARK', mark: MASQ_MARK, mask: 0}},
		{table: 'nat', chain: 'KUBE-POSTROUTING', matches: [comment('kubernetes service traffic requiring SNAT')], target: {kind: 'MASQUERADE'}},
	];
}

/** The last rule of nat KUBE-SERVICES: anything addressed to the node itself may be a NodePort. */
const NODEPORTS_TAIL: Rule & {table: Table} = {
	table: 'nat',
	chain: 'KUBE-SERVICES',
	matches: [comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'), {kind: 'addrtype', type: 'dst'}],
	target: jump('KUBE-NODEPORTS'),
};

export interface ProxyServicePort {
	service: Readonly<StoredService>;
	port: Readonly<ServicePort>;
}

/** Every Service port kube-proxy programs: not headless, not ExternalName, in kube-proxy's order. */
export function proxiedServicePorts(all: ReadonlyArray<Readonly<StoredService>>): ProxyServicePort[] {
	const out: Array<ProxyServicePort & {key: string}> = [];
	for (const service of all) {
		if (serviceType(service) === 'ExternalName' || isHeadless(service) || !service.spec?.clusterIP) continue;
		for (const port of service.spec.ports ?? []) {
			out.push({service, port, key: `${portNameOf(service, port)}/${port.protocol ?? 'TCP'}`});
		}
	}
	return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function portNameOf(service: Readonly<StoredService>, port: Readonly<ServicePort>): string {
	return servicePortNameString(service.metadata.namespace ?? 'default', service.metadata.name, port.name);
}

/** proxy.CategorizeEndpoints: the endpoints Cluster and Local policies use on this node. */
interface Categorized {
	cluster: Backend[];
	local: Backend[];
	hasEndpoints: boolean;
}

function byAddress(a: Backend, b: Backend): number {
	const ka = `${a.ip}:${a.port}`;
	const kb = `${b.ip}:${b.port}`;
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function categorize(all: Backend[], node: string, usesCluster: boolean, usesLocal: boolean): Categorized {
	const unique = [...new Map(all.map(b => [`${b.ip}:${b.port}`, b])).values()].sort(byAddress);
	const cluster = usesCluster ? usableBackends(unique).backends : [];
	const local = usesLocal ? usableBackends(unique.filter(b => b.nodeName === node)).backends : [];
	return {cluster, local, hasEndpoints: usableBackends(unique).backends.length > 0};
}

/** The rules one Service port contributes to a node's table, in the order kube-proxy writes them. */
export function servicePortRules(cluster: Cluster, node: NodeAddress, {service, port}: ProxyServicePort): Array<Rule & {table: Table}> {
	const spec = service.spec ?? {};
	const portName = portNameOf(service, port);
	const protocol = (port.protocol ?? 'TCP').toLowerCase();
	const chains = serviceChains(portName, protocol);
	const clusterIP = spec.clusterIP as string;
	const externalIPs = spec.externalIPs ?? [];
	// An address the load balancer proxies (ipMode Proxy) never reaches the node as itself: no rule for it.
	const proxied = new Set((service.status?.loadBalancer?.ingress ?? []).filter(i => i.ipMode === 'Proxy').map(i => i.ip));
	const lbIPs = loadBalancerIPs(service).filter(ip => !proxied.has(ip));
	const nodePort = (serviceType(service) === 'NodePort' || serviceType(service) === 'LoadBalancer') ? port.nodePort ?? 0 : 0;
	const externallyAccessible = nodePort !== 0 || lbIPs.length > 0 || externalIPs.length > 0;
	const internalLocal = spec.internalTrafficPolicy === 'Local';
	const externalLocal = externallyAccessible && spec.externalTrafficPolicy === 'Local';
	const usesCluster = !internalLocal || externallyAccessible;
	const usesLocal = internalLocal || externalLocal;
	const endpoints = categorize(backendsForPort(cluster, service, port), node.name, usesCluster, usesLocal);
	const {hasEndpoints} = endpoints;
	const hasInternal = hasEndpoints && (!internalLocal || endpoints.local.length > 0);
	const hasExternal = hasEndpoints && (!externalLocal || endpoints.local.length > 0);
	const internalChain = internalLocal ? chains.local : chains.cluster;
	const externalPolicyChain = externalLocal ? chains.local : chains.cluster;
	const usesExternalChain = hasEndpoints && externallyAccessible;
	const sourceRanges = spec.loadBalancerSourceRanges ?? [];
	const usesFirewall = hasEndpoints && lbIPs.length > 0 && sourceRanges.length > 0;
	const lbChain = usesFirewall ? chains.firewall : chains.external;
	const about = (extra: Partial<RuleAbout> = {}): RuleAbout => ({service, port, portName, ...extra});
	const noEndpoints = `${portName} has no endpoints`;
	const noLocal = `${portName} has no local endpoints`;
	const internalFilter = !hasEndpoints ? {target: 'REJECT' as const, text: noEndpoints} : {target: 'DROP' as const, text: noLocal};
	const externalFilter = internalFilter.target === 'REJECT' ? internalFilter : {target: 'DROP' as const, text: noLocal};
	const filterTarget = (kind: 'REJECT' | 'DROP'): Target => ({kind});
	const portMatch = (dport?: number): Match => ({kind: 'port', protocol, dport});
	const host = (ip: string) => ({cidr: `${ip}/32`});

	const nat: Array<Rule & {table: Table}> = [];
	const filter: Array<Rule & {table: Table}> = [];
	const natRule = (chain: string, rule: Omit<Rule, 'chain'>) => nat.push({table: 'nat', chain, ...rule});
	const filterRule = (chain: string, rule: Omit<Rule, 'chain'>) => filter.push({table: 'filter', chain, ...rule});

	if (hasInternal) {
		natRule('KUBE-SERVICES', {destination: host(clusterIP), protocol, matches: [comment(`${portName} cluster IP`), portMatch(port.port)], target: jump(internalChain), about: about({entry: 'ClusterIP'})});
	} else {
		filterRule('KUBE-SERVICES', {destination: host(clusterIP), protocol, matches: [comment(internalFilter.text), portMatch(port.port)], target: filterTarget(internalFilter.target), about: about({entry: 'ClusterIP'})});
	}
	for (const ip of externalIPs) {
		if (hasEndpoints) natRule('KUBE-SERVICES', {destination: host(ip), protocol, matches: [comment(`${portName} external IP`), portMatch(port.port)], target: jump(chains.external), about: about({entry: 'ExternalIP'})});
		if (!hasExternal) filterRule('KUBE-EXTERNAL-SERVICES', {destination: host(ip), protocol, matches: [comment(externalFilter.text), portMatch(port.port)], target: filterTarget(externalFilter.target), about: about({entry: 'ExternalIP'})});
	}
	for (const ip of lbIPs) {
		if (hasEndpoints) natRule('KUBE-SERVICES', {destination: host(ip), protocol, matches: [comment(`${portName} loadbalancer IP`), portMatch(port.port)], target: jump(lbChain), about: about({entry: 'LoadBalancer'})});
		if (usesFirewall) filterRule('KUBE-PROXY-FIREWALL', {destination: host(ip), protocol, matches: [comment(`${portName} traffic not accepted by ${chains.firewall}`), portMatch(port.port)], target: {kind: 'DROP'}, about: about({entry: 'LoadBalancer'})});
	}
	if (!hasExternal) {
		for (const ip of lbIPs) filterRule('KUBE-EXTERNAL-SERVICES', {destination: host(ip), protocol, matches: [comment(externalFilter.text), portMatch(port.port)], target: filterTarget(externalFilter.target), about: about({entry: 'LoadBalancer'})});
	}
	if (nodePort !== 0) {
		if (hasEndpoints) {
			// --iptables-localhost-nodeports (on by default) counts what reaches a NodePort on 127.0.0.1
			natRule('KUBE-NODEPORTS', {destination: {cidr: '127.0.0.0/8'}, protocol, matches: [comment(portName), portMatch(nodePort), {kind: 'nfacct', name: 'localhost_nps_accepted_pkts'}], target: jump(chains.external), about: about({entry: 'NodePort'})});
			natRule('KUBE-NODEPORTS', {protocol, matches: [comment(portName), portMatch(nodePort)], target: jump(chains.external), about: about({entry: 'NodePort'})});
		}
		if (!hasExternal) filterRule('KUBE-EXTERNAL-SERVICES', {protocol, matches: [comment(externalFilter.text), {kind: 'addrtype', type: 'dst'}, portMatch(nodePort)], target: filterTarget(externalFilter.target), about: about({entry: 'NodePort'})});
	}
	if (spec.healthCheckNodePort) {
		filterRule('KUBE-NODEPORTS', {protocol: 'tcp', matches: [comment(`${portName} health check node port`), {kind: 'port', protocol: 'tcp', dport: spec.healthCheckNodePort}], target: {kind: 'ACCEPT'}, about: about()});
	}

	if (hasInternal) {
		natRule(internalChain, {source: {cidr: POD_CIDR, negate: true}, destination: host(clusterIP), protocol, matches: [comment(`${portName} cluster IP`), portMatch(port.port)], target: jump('KUBE-MARK-MASQ'), about: about({masquerade: 'not-a-pod'})});
	}
	if (usesExternalChain) {
		if (!externalLocal) {
			natRule(chains.external, {matches: [comment(`masquerade traffic for ${portName} external destinations`)], target: jump('KUBE-MARK-MASQ'), about: about({masquerade: 'external-cluster-policy'})});
		} else {
			natRule(chains.external, {source: {cidr: POD_CIDR}, matches: [comment(`pod traffic for ${portName} external destinations`)], target: jump(chains.cluster), about: about({shortCircuit: 'pod'})});
			natRule(chains.external, {matches: [comment(`masquerade LOCAL traffic for ${portName} external destinations`), {kind: 'addrtype', type: 'src'}], target: jump('KUBE-MARK-MASQ'), about: about({masquerade: 'node-itself'})});
			natRule(chains.external, {matches: [comment(`route LOCAL traffic for ${portName} external destinations`), {kind: 'addrtype', type: 'src'}], target: jump(chains.cluster), about: about({shortCircuit: 'node'})});
		}
		if (hasExternal) natRule(chains.external, {matches: [], target: jump(externalPolicyChain), about: about()});
	}
	if (usesFirewall) {
		const rangeComment = comment(`${portName} loadbalancer IP`);
		let allowFromNode = false;
		for (const range of sourceRanges) {
			const cidr = range.includes('/') ? range : `${range}/32`;
			natRule(chains.firewall, {source: {cidr}, matches: [rangeComment], target: jump(chains.external), about: about()});
			if (inCIDR(node.ip, cidr)) allowFromNode = true;
		}
		if (allowFromNode) for (const ip of lbIPs) natRule(chains.firewall, {source: host(ip), matches: [rangeComment], target: jump(chains.external), about: about()});
		natRule(chains.firewall, {matches: [comment(`other traffic to ${portName} will be dropped by KUBE-PROXY-FIREWALL`)], about: about()});
	}
	const affinity = spec.sessionAffinity === 'ClientIP' ? spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800 : undefined;
	const toEndpoints = (chain: string, list: Backend[]) => {
		const sep = (b: Backend) => endpointChain(portName, protocol, `${b.ip}:${b.port}`);
		if (affinity !== undefined) {
			for (const b of list) natRule(chain, {matches: [comment(`${portName} -> ${b.ip}:${b.port}`), {kind: 'recent-check', name: sep(b), seconds: affinity}], target: jump(sep(b)), about: about({endpoint: b, chainEndpoints: list.length})});
		}
		list.forEach((b, index) => {
			const statistic: Match[] = index < list.length - 1 ? [{kind: 'statistic', probability: probabilityText(list.length - index)}] : [];
			natRule(chain, {matches: [comment(`${portName} -> ${b.ip}:${b.port}`), ...statistic], target: jump(sep(b)), about: about({endpoint: b, balance: {index, count: list.length}, chainEndpoints: list.length})});
		});
	};
	if (endpoints.cluster.length > 0 && usesCluster) toEndpoints(chains.cluster, endpoints.cluster);
	if (endpoints.local.length > 0 && usesLocal) toEndpoints(chains.local, endpoints.local);
	const reachable = [...new Map([...endpoints.cluster, ...endpoints.local].map(b => [`${b.ip}:${b.port}`, b])).values()].sort(byAddress);
	for (const b of reachable) {
		const chain = endpointChain(portName, protocol, `${b.ip}:${b.port}`);
		natRule(chain, {source: host(b.ip), matches: [comment(portName)], target: jump('KUBE-MARK-MASQ'), about: about({endpoint: b, masquerade: 'hairpin'})});
		const recent: Match[] = affinity !== undefined ? [{kind: 'recent-set', name: chain}] : [];
		natRule(chain, {protocol, matches: [comment(portName), ...recent, portMatch()], target: {kind: 'DNAT', to: `${b.ip}:${b.port}`}, about: about({endpoint: b})});
	}
	return [...filter, ...nat];
}

/** Assemble a table from rules: built-in chains first, then every other chain by name, as iptables-save lists them. */
function assemble(rules: ReadonlyArray<Rule & {table: Table}>): RuleTable {
	const table = {} as RuleTable;
	for (const name of ['mangle', 'filter', 'nat'] as Table[]) {
		const chains = new Map<string, Chain>();
		for (const chain of BUILTIN[name]) chains.set(chain, {name: chain, policy: 'ACCEPT', rules: []});
		const own = new Set(FIXED_CHAINS[name]);
		for (const rule of rules) if (rule.table === name && !chains.has(rule.chain)) own.add(rule.chain);
		for (const chain of [...own].sort()) chains.set(chain, {name: chain, rules: []});
		for (const rule of rules) {
			if (rule.table !== name) continue;
			const {table: _table, ...plain} = rule;
			chains.get(rule.chain)!.rules.push(plain);
		}
		table[name] = [...chains.values()];
	}
	return table;
}

function tableOf(cluster: Cluster, node: NodeAddress, ports: readonly ProxyServicePort[]): RuleTable {
	const serviceRules = ports.flatMap(port => servicePortRules(cluster, node, port));
	return assemble([...builtinJumps(), ...fixedRules(), ...serviceRules, NODEPORTS_TAIL]);
}

/** The whole table of a node: what `iptables-save` prints there. */
export function nodeRuleTable(cluster: Cluster, node: NodeAddress): RuleTable {
	return tableOf(cluster, node, proxiedServicePorts(services(cluster)));
}

/**
 * The part of a node's table a packet to `dstIP:dport` can meet: the same rules, from only the
 * Services that use that address or that node port. A rule of any other Service matches neither
 * the destination nor the port, so walking this table is walking the whole one, without building
 * rules for a thousand Services on every request.
 */
export function packetRuleTable(cluster: Cluster, node: NodeAddress, dstIP: string, dport: number): RuleTable {
	const index = networkIndex(cluster);
	const candidates = new Set([...(index.servicesByIP.get(dstIP) ?? []), ...(index.servicesByNodePort.get(dport) ?? [])]);
	return tableOf(cluster, node, proxiedServicePorts([...candidates]));
}
