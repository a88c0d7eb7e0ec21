/**
 * NetworkPolicy as kind's kindnetd enforces it (kube-network-policies, docs/simulation.md
 * "NetworkPolicy"): the first packet of a connection is checked against the egress policies of
 * the pod sending it and the ingress policies of the pod receiving it, on the pods' own nodes,
 * after kube-proxy's DNAT (so a Service is judged by the backend pod it chose). Replies of an
 * allowed connection pass (conntrack). A packet no policy allows is dropped, never rejected:
 * the client sees a timeout. The request path, DNS, ping and the ingress controller all ask
 * `checkConnection`, and the trace prints what it decided.
 */
import type {IPBlock, NetworkPolicy, NetworkPolicyPeer, NetworkPolicyPort} from 'kubernetes-types/networking/v1.js';
import type {Cluster} from '../cluster.js';
import type {Namespace, Stored, StoredPod} from '../kube-object.js';
import {selectorMatches} from '../api/label-selector.js';
import {inCIDR, isIPv4, podByIP} from './addresses.js';
import type {TraceHop} from './trace.js';

export type PolicyProtocol = 'TCP' | 'UDP' | 'SCTP' | 'ICMP';

/** The first packet of a connection, after DNAT and SNAT. */
export interface PolicyPacket {
	srcIP: string;
	dstIP: string;
	protocol: PolicyProtocol;
	/** Destination port (absent for ICMP). */
	port?: number;
	/** The source as the receiving pod sees it, when kube-proxy masqueraded it (default `srcIP`). */
	arrivingFrom?: string;
}

export type PolicyVerdict = {allowed: true; hops: TraceHop[]} | {allowed: false; hops: TraceHop[]; drop: TraceHop};

type Direction = 'ingress' | 'egress';
type StoredPolicy = Readonly<Stored<NetworkPolicy>>;

const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** Stored objects passed the API server, but a restored snapshot may not have: a non-list reads as empty. */
function list<T>(value: readonly T[] | undefined): readonly T[] {
	return Array.isArray(value) ? value : [];
}

/** Egress of the sender, then ingress of the receiver; the first that isolates and allows nothing drops. */
export function checkConnection(cluster: Cluster, packet: PolicyPacket): PolicyVerdict {
	const policies = cluster.store.view<StoredPolicy>('NetworkPolicy');
	if (policies.length === 0) return {allowed: true, hops: []};
	const srcPod = podByIP(cluster, packet.srcIP);
	const dstPod = podByIP(cluster, packet.dstIP);
	const arriving: PolicyPacket = {...packet, srcIP: packet.arrivingFrom ?? packet.srcIP};
	const arrivingPod = arriving.srcIP === packet.srcIP ? srcPod : podByIP(cluster, arriving.srcIP);
	const hops: TraceHop[] = [];
	const steps = [
		{direction: 'egress', pod: srcPod, peer: dstPod, seen: packet},
		{direction: 'ingress', pod: dstPod, peer: arrivingPod, seen: arriving},
	] as const;
	for (const {direction, pod, peer, seen} of steps) {
		if (!pod) continue;
		const decision = decide(cluster, policies, direction, pod, seen, peer);
		if (!decision) continue;
		if (!decision.allowedBy) {
			const drop = dropHop(direction, pod, seen, decision.isolating);
			return {allowed: false, hops: [...hops, drop], drop};
		}
		hops.push(allowHop(direction, pod, seen, decision.allowedBy));
	}
	return {allowed: true, hops};
}

/** The policies of one direction selecting a pod, and the first whose rules allow the packet. */
function decide(
	cluster: Cluster,
	policies: readonly StoredPolicy[],
	direction: Direction,
	pod: Readonly<StoredPod>,
	packet: PolicyPacket,
	peerPod: Readonly<StoredPod> | undefined,
): {isolating: StoredPolicy[]; allowedBy?: StoredPolicy} | undefined {
	const namespace = pod.metadata.namespace ?? 'default';
	const isolating = policies.filter(policy => (policy.metadata.namespace ?? 'default') === namespace && appliesTo(policy, direction) && selectorMatches(policy.spec?.podSelector ?? {}, pod.metadata.labels ?? {}));
	if (isolating.length === 0) return undefined;
	const peerIP = direction === 'ingress' ? packet.srcIP : packet.dstIP;
	// A named port is the destination pod's container port of that name.
	const portOwner = direction === 'ingress' ? pod : peerPod;
	const allowedBy = isolating.find(policy => {
		const rules = direction === 'ingress' ? list(policy.spec?.ingress).map(r => ({peers: r?.from, ports: r?.ports})) : list(policy.spec?.egress).map(r => ({peers: r?.to, ports: r?.ports}));
		return rules.some(rule => portsMatch(rule.ports, packet, portOwner) && peersMatch(cluster, rule.peers, policy, peerIP, peerPod));
	});
	return {isolating, allowedBy};
}

/** policyTypes as the API server defaults them: Ingress always, Egress when egress rules exist. */
export function policyTypes(policy: Readonly<NetworkPolicy>): Direction[] {
	const types = list(policy.spec?.policyTypes);
	if (types.length > 0) return types.map(t => String(t).toLowerCase() as Direction);
	return list(policy.spec?.egress).length > 0 ? ['ingress', 'egress'] : ['ingress'];
}

function appliesTo(policy: Readonly<NetworkPolicy>, direction: Direction): boolean {
	return policyTypes(policy).includes(direction);
}

/** No ports (or an empty list) matches every port and protocol, ICMP included. */
function portsMatch(ports: readonly NetworkPolicyPort[] | undefined, packet: PolicyPacket, portOwner: Readonly<StoredPod> | undefined): boolean {
	if (list(ports).length === 0) return true;
	return list(ports).some(port => port && portMatches(port, packet, portOwner));
}

function portMatches(port: NetworkPolicyPort, packet: PolicyPacket, portOwner: Readonly<StoredPod> | undefined): boolean {
	if ((port.protocol ?? 'TCP') !== packet.protocol || packet.port === undefined) return false;
	if (port.port === undefined) return true;
	if (typeof port.port === 'number') return packet.port >= port.port && packet.port <= (port.endPort ?? port.port);
	if (typeof port.port !== 'string') return false;
	if (/^\d+$/.test(port.port)) return packet.port === Number(port.port);
	return namedPort(portOwner, port.port, packet.protocol) === packet.port;
}

function namedPort(pod: Readonly<StoredPod> | undefined, name: string, protocol: PolicyProtocol): number | undefined {
	for (const container of list(pod?.spec?.containers)) {
		const found = list(container.ports).find(p => p.name === name && (p.protocol ?? 'TCP') === protocol);
		if (found) return found.containerPort;
	}
	return undefined;
}

/** No peers (or an empty list) means every source or destination. */
function peersMatch(cluster: Cluster, peers: readonly NetworkPolicyPeer[] | undefined, policy: StoredPolicy, ip: string, pod: Readonly<StoredPod> | undefined): boolean {
	if (list(peers).length === 0) return true;
	return list(peers).some(peer => peer && peerMatches(cluster, peer, policy, ip, pod));
}

function peerMatches(cluster: Cluster, peer: NetworkPolicyPeer, policy: StoredPolicy, ip: string, pod: Readonly<StoredPod> | undefined): boolean {
	if (peer.ipBlock) return ipBlockMatches(peer.ipBlock, ip);
	if (!pod || (!peer.podSelector && !peer.namespaceSelector)) return false;
	const podNamespace = pod.metadata.namespace ?? 'default';
	// podSelector alone means the policy's own namespace; with namespaceSelector both must match.
	const namespaceOK = peer.namespaceSelector ? selectorMatches(peer.namespaceSelector, namespaceLabels(cluster, podNamespace)) : podNamespace === (policy.metadata.namespace ?? 'default');
	return namespaceOK && (!peer.podSelector || selectorMatches(peer.podSelector, pod.metadata.labels ?? {}));
}

/** The API server always sets kubernetes.io/metadata.name on a Namespace. */
function namespaceLabels(cluster: Cluster, name: string): Record<string, string> {
	const labels = cluster.store.peek<Stored<Namespace>>('Namespace', undefined, name)?.metadata.labels ?? {};
	return {...labels, [NAMESPACE_NAME_LABEL]: name};
}

function ipBlockMatches(block: IPBlock, ip: string): boolean {
	if (!isIPv4(ip) || typeof block.cidr !== 'string' || !isIPv4Cidr(block.cidr)) return false;
	return inCIDR(ip, block.cidr) && !list(block.except).some(except => isIPv4Cidr(except) && inCIDR(ip, except));
}

function isIPv4Cidr(text: string): boolean {
	if (typeof text !== 'string') return false;
	const [ip, bits] = text.split('/');
	return isIPv4(ip ?? '') && /^\d{1,2}$/.test(bits ?? '') && Number(bits) <= 32;
}

// ---------------------------------------------------------------- what trace prints

function names(policies: readonly StoredPolicy[]): string {
	return policies.map(p => `${p.metadata.namespace ?? 'default'}/${p.metadata.name}`).join(', ');
}

function describePacket(packet: PolicyPacket): string {
	return packet.protocol === 'ICMP' ? `ICMP from ${packet.srcIP} to ${packet.dstIP}` : `${packet.protocol} ${packet.srcIP} → ${packet.dstIP}:${packet.port}`;
}

function podText(pod: Readonly<StoredPod>): string {
	return `pod ${pod.metadata.namespace ?? 'default'}/${pod.metadata.name}`;
}

function dropHop(direction: Direction, pod: Readonly<StoredPod>, packet: PolicyPacket, isolating: readonly StoredPolicy[]): TraceHop {
	const label = isolating.length === 1 ? 'NetworkPolicy' : 'NetworkPolicies';
	return {
		kind: 'drop',
		where: `kindnetd on ${pod.spec?.nodeName ?? '?'}`,
		text: `dropped by ${label} ${names(isolating)} (${direction} of ${podText(pod)}): ${describePacket(packet)} matches none of ${isolating.length === 1 ? 'its' : 'their'} ${direction} rules, so the packet is discarded and the sender waits for a timeout`,
		rule: `${label} ${names(isolating)}`,
	};
}

function allowHop(direction: Direction, pod: Readonly<StoredPod>, packet: PolicyPacket, policy: StoredPolicy): TraceHop {
	return {
		kind: 'rule',
		where: `kindnetd on ${pod.spec?.nodeName ?? '?'}`,
		text: `${describePacket(packet)} allowed by NetworkPolicy ${names([policy])} (${direction} of ${podText(pod)})`,
	};
}
