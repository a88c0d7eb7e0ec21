/**
 * Who owns an address in the simulated network, read straight from the API objects: nodes, pods,
 * Services' virtual IPs. Everything here reads the store with `view`/`peek` (no copies).
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node, Pod, Service, Stored, StoredPod, StoredService} from '../kube-object.js';
import {LAPTOP_IP} from '../topology.js';
import type {Vantage} from '../vantage.js';
import {networkIndex} from './network-index.js';

export type {Stored, StoredPod, StoredService} from '../kube-object.js';

export interface NodeAddress {
	name: string;
	ip: string;
}

/** The cluster's nodes with their InternalIPs (the topology when no Node objects exist yet). */
export function clusterNodes(cluster: Cluster): NodeAddress[] {
	const nodes = cluster.store.view<Stored<Node>>('Node');
	if (nodes.length === 0) return cluster.nodes.map(node => ({name: node.name, ip: node.internalIP}));
	return nodes.map(node => ({name: node.metadata.name, ip: nodeInternalIP(node) ?? ''})).filter(node => node.ip);
}

function nodeInternalIP(node: Readonly<Node>): string | undefined {
	return node.status?.addresses?.find(address => address.type === 'InternalIP')?.address;
}

export function nodeByIP(cluster: Cluster, ip: string): NodeAddress | undefined {
	return clusterNodes(cluster).find(node => node.ip === ip);
}

export function nodeByName(cluster: Cluster, name: string): NodeAddress | undefined {
	return clusterNodes(cluster).find(node => node.name === name);
}


export function podByName(cluster: Cluster, namespace: string, name: string): Readonly<StoredPod> | undefined {
	return cluster.store.peek<StoredPod>('Pod', namespace, name);
}

/** The live (not terminal, not host-network) pod that holds an IP. */
export function podByIP(cluster: Cluster, ip: string): Readonly<StoredPod> | undefined {
	return networkIndex(cluster).podsByIP.get(ip);
}

/**
 * The pod behind an endpoint: by its targetRef when the slice names one (a cheap lookup even with
 * 10,000 pods), else by address.
 */
export function podForEndpoint(cluster: Cluster, endpoint: {ip: string; namespace: string; pod?: string}): Readonly<StoredPod> | undefined {
	if (endpoint.pod) {
		const pod = podByName(cluster, endpoint.namespace, endpoint.pod);
		if (pod?.status?.podIP === endpoint.ip) return pod;
	}
	return podByIP(cluster, endpoint.ip);
}

/** A pod answers on its IP only while its containers run. */
export function podIsRunning(pod: Readonly<Pod>): boolean {
	return pod.status?.phase === 'Running';
}

export function services(cluster: Cluster, namespace?: string): ReadonlyArray<Readonly<StoredService>> {
	return cluster.store.view<StoredService>('Service', namespace);
}

export function serviceByName(cluster: Cluster, namespace: string, name: string): Readonly<StoredService> | undefined {
	return cluster.store.peek<StoredService>('Service', namespace, name);
}

export function isHeadless(service: Readonly<Service>): boolean {
	return service.spec?.clusterIP === 'None';
}

export function serviceType(service: Readonly<Service>): string {
	return service.spec?.type ?? 'ClusterIP';
}

/** The Service whose ClusterIP this is (headless and ExternalName Services have none). */
export function serviceByClusterIP(cluster: Cluster, ip: string): Readonly<StoredService> | undefined {
	return (networkIndex(cluster).servicesByIP.get(ip) ?? []).find(service => service.spec?.clusterIP === ip || (service.spec?.clusterIPs ?? []).includes(ip));
}

export function loadBalancerIPs(service: Readonly<Service>): string[] {
	if (serviceType(service) !== 'LoadBalancer') return [];
	return (service.status?.loadBalancer?.ingress ?? []).map(ingress => ingress.ip ?? '').filter(Boolean);
}

/** The client as the network sees it: its source address and the node whose rules it meets first. */
export interface Client {
	kind: Vantage['kind'];
	ip: string;
	/** Node the client runs on (undefined for the laptop). */
	node?: string;
	/** `pod default/web-…`, `node kind-worker`, `laptop`. */
	label: string;
	pod?: Readonly<StoredPod>;
}

export function clientFor(cluster: Cluster, vantage: Vantage): Client {
	if (vantage.kind === 'laptop') return {kind: 'laptop', ip: LAPTOP_IP, label: 'laptop'};
	if (vantage.kind === 'node') {
		const node = nodeByName(cluster, vantage.node);
		return {kind: 'node', ip: node?.ip ?? '0.0.0.0', node: vantage.node, label: `node ${vantage.node}`};
	}
	const pod = podByName(cluster, vantage.namespace, vantage.pod);
	const node = pod?.spec?.nodeName;
	const ip = pod?.spec?.hostNetwork ? (node ? nodeByName(cluster, node)?.ip : undefined) : pod?.status?.podIP;
	return {kind: 'pod', ip: ip ?? '0.0.0.0', node, label: `pod ${vantage.namespace}/${vantage.pod}`, pod};
}

export function isIPv4(text: string): boolean {
	const parts = text.split('.');
	return parts.length === 4 && parts.every(part => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

export function ipToNumber(ip: string): number {
	return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** Whether an IPv4 address lies in a CIDR such as 10.96.0.0/12. */
export function inCIDR(ip: string, cidr: string): boolean {
	const [base, bits] = cidr.split('/');
	const size = 2 ** (32 - Number(bits));
	const start = Math.floor(ipToNumber(base) / size) * size;
	const n = ipToNumber(ip);
	return n >= start && n < start + size;
}
