/**
 * What a kind node adds to the shell: `crictl ps` and `crictl pods` (the containers and sandboxes
 * the node's containerd runs, in crictl's tables) and `ip route` as kindnetd programs it.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import type {ShellResult} from '../kubectl/kubectl-env.js';
import {clusterNodes} from '../network/addresses.js';
import {SimClock} from '../sim-clock.js';
import {LAPTOP_IP} from '../topology.js';
import type {Vantage} from '../vantage.js';
import {podCIDROf, stableHex, vethOf} from './pod-network.js';
import type {Session} from './session.js';

type StoredPod = Pod & KubeObject;

export const NODE_TOOLS = ['crictl', 'ip'];

const ok = (text = ''): ShellResult => ({output: text ? [{stream: 'stdout', text}] : [], exitCode: 0});
const fail = (text: string, exitCode = 1): ShellResult => ({output: [{stream: 'stderr', text}], exitCode});

export function runNodeTool(session: Session, vantage: Vantage, name: string, args: readonly string[]): ShellResult | undefined {
	if (vantage.kind !== 'node') return undefined;
	if (name === 'crictl') return crictl(session.cluster, vantage.node, args);
	if (name === 'ip') return ipRoute(session.cluster, vantage.node, args);
	return undefined;
}

function podsOn(cluster: Cluster, node: string): Array<Readonly<StoredPod>> {
	return cluster.store
		.view<StoredPod>('Pod')
		.filter(pod => pod.spec?.nodeName === node && (pod.status?.phase === 'Running' || pod.status?.phase === 'Pending') && pod.status?.podIP !== undefined)
		.slice()
		.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? ''));
}

/** go-units' HumanDuration, as crictl prints CREATED. */
function humanAgo(ms: number): string {
	const seconds = Math.floor(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	const hours = Math.round(minutes / 60);
	if (seconds < 1) return 'Less than a second ago';
	if (seconds === 1) return '1 second ago';
	if (seconds < 60) return `${seconds} seconds ago`;
	if (minutes === 1) return 'About a minute ago';
	if (minutes < 60) return `${minutes} minutes ago`;
	if (hours === 1) return 'About an hour ago';
	if (hours < 48) return `${hours} hours ago`;
	return `${Math.floor(hours / 24)} days ago`;
}

/** crictl's tabwriter: each column at least 20 wide, 3 spaces of padding. */
function table(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(20, ...rows.map(row => row[column].length + 3)));
	return rows.map(row => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]))).join('').trimEnd()).join('\n') + '\n';
}

function crictl(cluster: Cluster, node: string, args: readonly string[]): ShellResult {
	const verb = args.find(arg => !arg.startsWith('-'));
	const now = cluster.clock.now();
	const age = (pod: Readonly<StoredPod>) => humanAgo(now - SimClock.toSimMs(pod.status?.startTime ?? pod.metadata.creationTimestamp ?? cluster.clock.timestamp()));
	const pods = podsOn(cluster, node);
	if (verb === 'pods') {
		const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
		for (const pod of pods) rows.push([podId(pod), age(pod), 'Ready', pod.metadata.name, pod.metadata.namespace ?? 'default', '0', '(default)']);
		return ok(table(rows));
	}
	if (verb === 'ps') {
		const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
		for (const pod of pods) {
			if (pod.status?.phase !== 'Running') continue;
			for (const container of pod.spec?.containers ?? []) {
				const status = pod.status?.containerStatuses?.find(entry => entry.name === container.name);
				if (status && !status.state?.running) continue;
				rows.push([stableHex(`${pod.metadata.uid}/${container.name}/${status?.restartCount ?? 0}`, 13), stableHex(`image/${container.image}`, 13), age(pod), 'Running', container.name, String(status?.restartCount ?? 0), podId(pod), pod.metadata.name, pod.metadata.namespace ?? 'default']);
			}
		}
		return ok(table(rows));
	}
	if (verb === undefined) return fail('NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options]\n');
	return fail(`crictl: the sandbox knows crictl ps and crictl pods; ${verb} is not simulated\n`);
}

function podId(pod: Readonly<StoredPod>): string {
	return stableHex(`sandbox/${pod.metadata.uid ?? pod.metadata.name}`, 13);
}

/** `ip route` on a kind node: the docker network, the other nodes' pod CIDRs, one route per local pod. */
function ipRoute(cluster: Cluster, node: string, args: readonly string[]): ShellResult {
	const object = args.find(arg => !arg.startsWith('-')) ?? '';
	if (!(object === 'r' || ('route'.startsWith(object) && object.length > 0))) return fail(`kubetutor: on a node the sandbox simulates ip route; ip ${args.join(' ')} is not simulated\n`);
	const self = clusterNodes(cluster).find(entry => entry.name === node);
	const lines = [`default via ${LAPTOP_IP} dev eth0`];
	const routes: Array<[string, string]> = [];
	for (const other of clusterNodes(cluster)) {
		if (other.name === node) continue;
		routes.push([podCIDROf(other.name, ''), `${podCIDROf(other.name, '')} via ${other.ip} dev eth0`]);
	}
	for (const pod of podsOn(cluster, node)) {
		const ip = pod.status?.podIP;
		if (!ip || pod.spec?.hostNetwork) continue;
		routes.push([ip, `${ip} dev ${vethOf(ip)} scope host`]);
	}
	routes.push(['172.18.0.0/16', `172.18.0.0/16 dev eth0 proto kernel scope link src ${self?.ip ?? ''}`]);
	routes.sort(([a], [b]) => compareAddresses(a, b));
	lines.push(...routes.map(([, line]) => line));
	return ok(`${lines.join('\n')}\n`);
}

function compareAddresses(a: string, b: string): number {
	const key = (text: string) => text.split('/')[0].split('.').map(Number);
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
	return 0;
}
