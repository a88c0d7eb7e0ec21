/**
 * `ping` — iputils on the laptop, nodes and Debian-based pods; busybox in busybox/alpine pods.
 * Real ping runs until Ctrl+C; the sandbox sends 3 packets unless `-c N` says otherwise.
 * ICMP only reaches real hosts: pods, nodes, the LB address, the internet — never a ClusterIP.
 */
import type {Cluster} from '../cluster.js';
import {advanceTime} from '../controllers/settle.js';
import {POD_CIDR, SERVICE_CIDR} from '../topology.js';
import type {Vantage} from '../vantage.js';
import {clientFor, inCIDR, loadBalancerIPs, nodeByIP, podByIP, podIsRunning, services, type Client} from './addresses.js';
import {clientSoftware} from './client-software.js';
import type {ToolResult} from './tool-result.js';
import {internetHostByIP} from './internet.js';
import {isServiceVIP} from './kube-proxy.js';
import {checkConnection} from './network-policy.js';
import {resolveHost} from './name-resolution.js';
import type {TraceHop} from './trace.js';

export const DEFAULT_PING_COUNT = 3;

interface Reachability {
	replies: boolean;
	ttl: number;
	/** Typical round trip in ms. */
	rtt: number;
	hop: TraceHop;
}

export function ping(cluster: Cluster, vantage: Vantage, argv: readonly string[]): ToolResult {
	const busybox = clientSoftware(cluster, vantage).busybox;
	let count = DEFAULT_PING_COUNT;
	let host: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const attached = /^-([cwWiqs])(.*)$/.exec(arg);
		if (attached) {
			const value = attached[2] || argv[++i];
			if (value === undefined) return usage(busybox, `option requires an argument -- '${attached[1]}'`);
			if (attached[1] === 'c') {
				const n = Number(value);
				if (!Number.isInteger(n) || n <= 0) return {output: [{stream: 'stderr', text: busybox ? `ping: invalid number '${value}'\n` : `ping: invalid argument: '${value}': out of range: 1 <= value <= 9223372036854775807\n`}], exitCode: busybox ? 1 : 2};
				count = n;
			}
		} else if (arg === '-4' || arg === '-n') continue;
		else if (arg.startsWith('-')) return usage(busybox, `invalid option -- '${arg.slice(1, 2)}'`);
		else host = arg;
	}
	if (!host) return usage(busybox, '');
	const client = clientFor(cluster, vantage);
	const resolution = resolveHost(cluster, client, host);
	const trace: TraceHop[] = [{kind: 'start', where: client.label, text: `ping ${host} (ICMP echo, ${count} packets)`}, ...resolution.hops];
	if (resolution.addresses.length === 0) {
		const text = busybox ? `ping: bad address '${host}'\n` : `ping: ${host}: Name or service not known\n`;
		return {output: [{stream: 'stderr', text}], exitCode: busybox ? 1 : 2, trace};
	}
	const ip = resolution.addresses[0];
	const target = reach(cluster, client, ip);
	trace.push(target.hop);
	const times = Array.from({length: count}, () => Math.round((target.rtt * (0.8 + 0.4 * cluster.random.next())) * 1000) / 1000);
	advanceTime(cluster, count * 1000);
	const shown = busybox ? host : (resolution.canonical ?? host);
	const lines: string[] = [];
	if (busybox) {
		lines.push(`PING ${host} (${ip}): 56 data bytes`);
		if (target.replies) times.forEach((t, seq) => lines.push(`64 bytes from ${ip}: seq=${seq} ttl=${target.ttl} time=${t.toFixed(3)} ms`));
		lines.push('', `--- ${host} ping statistics ---`);
		const received = target.replies ? count : 0;
		lines.push(`${count} packets transmitted, ${received} packets received, ${target.replies ? 0 : 100}% packet loss`);
		if (target.replies) lines.push(`round-trip min/avg/max = ${stats(times).min}/${stats(times).avg}/${stats(times).max} ms`);
	} else {
		lines.push(`PING ${shown} (${ip}) 56(84) bytes of data.`);
		const from = shown === ip ? ip : `${shown} (${ip})`;
		if (target.replies) times.forEach((t, seq) => lines.push(`64 bytes from ${from}: icmp_seq=${seq + 1} ttl=${target.ttl} time=${formatIputils(t)} ms`));
		lines.push('', `--- ${shown} ping statistics ---`);
		const elapsed = (count - 1) * 1000 + 2 + cluster.random.int(60);
		lines.push(`${count} packets transmitted, ${target.replies ? count : 0} received, ${target.replies ? 0 : 100}% packet loss, time ${elapsed}ms`);
		if (target.replies) {
			const s = stats(times);
			lines.push(`rtt min/avg/max/mdev = ${s.min}/${s.avg}/${s.max}/${s.mdev} ms`);
		} else lines.push('');
	}
	return {output: [{stream: 'stdout', text: lines.join('\n') + '\n'}], exitCode: target.replies ? 0 : 1, trace};
}

function usage(busybox: boolean, problem: string): ToolResult {
	const text = busybox
		? `${problem ? `ping: ${problem}\n` : ''}BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n`
		: `${problem ? `ping: ${problem}\n` : 'ping: usage error: Destination address required\n'}`;
	return {output: [{stream: 'stderr', text}], exitCode: busybox ? 1 : 2};
}

function formatIputils(ms: number): string {
	return ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function stats(times: number[]): {min: string; avg: string; max: string; mdev: string} {
	const avg = times.reduce((a, b) => a + b, 0) / times.length;
	const mdev = Math.sqrt(times.reduce((a, t) => a + (t - avg) ** 2, 0) / times.length);
	return {min: Math.min(...times).toFixed(3), avg: avg.toFixed(3), max: Math.max(...times).toFixed(3), mdev: mdev.toFixed(3)};
}

/** An echo that would be answered still has to pass NetworkPolicy (ICMP matches only rules without ports). */
function reach(cluster: Cluster, client: Client, ip: string): Reachability {
	const target = reachHost(cluster, client, ip);
	if (!target.replies || ip.startsWith('127.') || ip === client.ip) return target;
	const policy = checkConnection(cluster, {srcIP: client.ip, dstIP: ip, protocol: 'ICMP'});
	return policy.allowed ? target : {replies: false, ttl: 0, rtt: 0, hop: policy.drop};
}

function reachHost(cluster: Cluster, client: Client, ip: string): Reachability {
	const where = client.label;
	const inside = client.kind !== 'laptop';
	const replyHop = (text: string): TraceHop => ({kind: 'deliver', where, text});
	if (ip.startsWith('127.') || ip === client.ip) return {replies: true, ttl: 64, rtt: 0.04, hop: replyHop(`${ip} is this machine: it answers itself`)};
	const node = nodeByIP(cluster, ip);
	if (node) return {replies: true, ttl: inside && client.node !== node.name && client.kind === 'pod' ? 63 : 64, rtt: 0.1, hop: replyHop(`node ${node.name} answers ICMP echo`)};
	const vip = isServiceVIP(cluster, ip);
	if (vip) {
		return {
			replies: false,
			ttl: 0,
			rtt: 0,
			hop: {kind: 'drop', where: inside ? `kube-proxy on ${client.node}` : where, text: `${ip} is the ClusterIP of Service ${vip.metadata.namespace}/${vip.metadata.name}: a virtual IP with rules only for its TCP/UDP ports, so no one answers ICMP`},
		};
	}
	if (services(cluster).some(s => loadBalancerIPs(s).includes(ip))) return {replies: true, ttl: 64, rtt: 0.2, hop: replyHop(`the cloud load balancer at ${ip} answers ICMP echo`)};
	if (inCIDR(ip, SERVICE_CIDR)) return {replies: false, ttl: 0, rtt: 0, hop: {kind: 'drop', where, text: `no Service owns ${ip}; nothing answers`}};
	if (inCIDR(ip, POD_CIDR)) {
		if (!inside) return {replies: false, ttl: 0, rtt: 0, hop: {kind: 'drop', where, text: `the pod network ${POD_CIDR} is not routed outside the cluster`}};
		const pod = podByIP(cluster, ip);
		if (!pod || !podIsRunning(pod)) return {replies: false, ttl: 0, rtt: 0, hop: {kind: 'drop', where, text: `no running pod has the address ${ip}`}};
		const sameNode = pod.spec?.nodeName === client.node;
		return {replies: true, ttl: sameNode ? 64 : client.kind === 'pod' ? 62 : 63, rtt: sameNode ? 0.06 : 0.15, hop: replyHop(`pod ${pod.metadata.namespace}/${pod.metadata.name} on ${pod.spec?.nodeName} answers ICMP echo`)};
	}
	if (internetHostByIP(ip)) return {replies: true, ttl: 56, rtt: 12, hop: replyHop(`internet host ${ip} answers ICMP echo`)};
	return {replies: false, ttl: 0, rtt: 0, hop: {kind: 'drop', where, text: `nothing answers at ${ip}`}};
}
