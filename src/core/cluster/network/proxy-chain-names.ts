/**
 * kube-proxy's chain names (pkg/proxy/iptables/proxier.go, `portProtoHash` and
 * `servicePortEndpointChainName`): the first 16 characters of the standard base32 encoding of
 * the SHA-256 of the service-port name, the lower-case protocol and, for an endpoint chain, the
 * endpoint `ip:port`. The same Service port therefore has the same chain names on every node and
 * in every run (docs/simulation.md, "Network").
 */
import {sha256} from './sha256.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 with padding, as Go's `base32.StdEncoding`. */
export function base32(bytes: Uint8Array): string {
	let out = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = (buffer << 8) | byte;
		bits += 8;
		while (bits >= 5) {
			out += BASE32[(buffer >>> (bits - 5)) & 31];
			bits -= 5;
		}
		buffer &= (1 << bits) - 1;
	}
	if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
	return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

function hash16(text: string): string {
	return base32(sha256(text)).slice(0, 16);
}

/** `ns/name:port` (or `ns/name` for an unnamed port) — proxy.ServicePortName.String(). */
export function servicePortNameString(namespace: string, name: string, port: string | undefined): string {
	return `${namespace}/${name}${port ? `:${port}` : ''}`;
}

export interface ServiceChains {
	/** KUBE-SVC-: endpoints for Cluster traffic policy. */
	cluster: string;
	/** KUBE-SVL-: endpoints on this node for Local traffic policy. */
	local: string;
	/** KUBE-EXT-: where NodePort, LoadBalancer and externalIP traffic enters. */
	external: string;
	/** KUBE-FW-: loadBalancerSourceRanges. */
	firewall: string;
}

export function serviceChains(portName: string, protocol: string): ServiceChains {
	const hash = hash16(portName + protocol.toLowerCase());
	return {cluster: `KUBE-SVC-${hash}`, local: `KUBE-SVL-${hash}`, external: `KUBE-EXT-${hash}`, firewall: `KUBE-FW-${hash}`};
}

export function endpointChain(portName: string, protocol: string, endpoint: string): string {
	return `KUBE-SEP-${hash16(portName + protocol.toLowerCase() + endpoint)}`;
}
