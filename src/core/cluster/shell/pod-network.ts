/**
 * A pod's and a node's network as kindnet sets it up (docs/simulation.md, "Network"): the pod's
 * eth0 holds its IP in the node's /24 with the node's gateway .1; each node routes the other
 * nodes' pod CIDRs via their node IPs and its own pods through one veth each.
 */
import {NODES} from '../topology.js';

export function stableHex(text: string, length: number): string {
	let out = '';
	for (let round = 0; out.length < length; round++) {
		let hash = 2166136261 ^ round;
		for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
		out += hash.toString(16).padStart(8, '0');
	}
	return out.slice(0, length);
}

/** `10.244.1.0/24` → `10.244.1.1`. */
export function gatewayOf(podCIDR: string): string {
	return podCIDR.replace(/\.0\/\d+$/, '.1');
}

export function podCIDROf(nodeName: string | undefined, podIP: string): string {
	return NODES.find(node => node.name === nodeName)?.podCIDR ?? `${podIP.split('.').slice(0, 3).join('.')}.0/24`;
}

/** The pod end of the veth pair: a locally administered MAC derived from the pod IP. */
export function macOf(ip: string): string {
	const hex = stableHex(ip, 10);
	return ['0a', ...hex.match(/../g)!].join(':');
}

/** The host end's name on the node (`veth` and 8 hex digits, as the ptp plugin names it). */
export function vethOf(podIP: string): string {
	return `veth${stableHex(`veth/${podIP}`, 8)}`;
}

/** The interface index of the veth's host end (`eth0@if7`). */
export function peerIndexOf(podIP: string): number {
	return 2 + (Number(podIP.split('.')[3] ?? 0) % 250);
}
