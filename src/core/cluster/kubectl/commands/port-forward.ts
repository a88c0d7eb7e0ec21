/**
 * `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…`: picks ONE pod (a Service or Deployment is only
 * a way to find it, so nothing is load-balanced), listens on the laptop, and carries each
 * connection through the API server and the pod's kubelet to the pod's own localhost
 * (network/request.ts, `throughLaptopListener`). It keeps running as a job until Ctrl+C or `kill`,
 * printing `Handling connection for 8080` per connection, and ends when the pod goes away.
 */
import type {Cluster} from '../../cluster.js';
import type {OutputChunk} from '../../command-result.js';
import type {Container, KubeObject, Service} from '../../kube-object.js';
import type {LaptopListener} from '../../network/laptop-ports.js';
import type {Job} from '../../shell/job.js';
import {type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {findPod, isRunning, type StoredPod} from '../pod-access.js';

const HELP_HINT = "See 'kubectl port-forward -h' for help and examples\n";
/** Where Linux hands out a port for `:80` (net.ipv4.ip_local_port_range). */
const EPHEMERAL_FIRST = 32768;
const EPHEMERAL_COUNT = 28232;

interface Mapping {
	local: number;
	remote: number;
	/** How the learner wrote it, for kubectl's `[{8080 80}]`. */
	asked: {local: string; remote: string};
}

export const portForwardCommand: KubectlCommand = {
	name: 'port-forward',
	short: 'Forward one or more local ports to a pod',
	flags: [
		{name: 'address', type: 'array'},
		{name: 'pod-running-timeout', type: 'string'},
	],
	run: context => {
		const out = new Output();
		const {cluster} = context.env;
		const [target, ...ports] = context.flags.args;
		if (!target) return out.err(`error: TYPE/NAME and list of ports are required for port-forward\n${HELP_HINT}`).done(1);
		if (ports.length === 0) return out.err(`error: at least 1 PORT is required for port-forward\n${HELP_HINT}`).done(1);
		const found = findPod(context, target);
		if (!found.ok) return out.err(found.message).done(1);
		const pod = found.pod;
		const service = target.includes('/') && /^(svc|service|services)$/i.test(target.split('/')[0]) ? (cluster.store.get('Service', context.namespace, target.split('/')[1]) as (Service & KubeObject) | undefined) : undefined;
		const mappings: Mapping[] = [];
		for (const spec of ports) {
			const mapped = service ? servicePortMapping(service, pod, spec) : podPortMapping(pod, spec);
			if (typeof mapped === 'string') return out.err(mapped).done(1);
			if (mapped.local === 0) mapped.local = EPHEMERAL_FIRST + cluster.random.int(EPHEMERAL_COUNT);
			mappings.push(mapped);
		}
		if (!isRunning(pod)) return out.err(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}\n`).done(1);
		const addresses = listenAddresses(context.flags.array('address'));
		const busy = mappings.find(mapping => cluster.laptopPorts.has(mapping.local));
		if (busy) return out.err(bindFailed(busy, addresses)).done(1);
		out.job = forwardJob(cluster, pod, mappings, addresses, `kubectl port-forward ${context.flags.args.join(' ')}`);
		return out.done(0);
	},
};

/** `--address localhost` (the default) listens on both loopback addresses. */
function listenAddresses(given: readonly string[]): string[] {
	const words = given.length === 0 ? ['localhost'] : given;
	return [...new Set(words.flatMap(word => (word === 'localhost' ? ['127.0.0.1', '::1'] : [word])))];
}

function shown(address: string): string {
	return address.includes(':') ? `[${address}]` : address;
}

function splitSpec(spec: string): {local: string; remote: string} {
	const colon = spec.indexOf(':');
	return colon === -1 ? {local: '', remote: spec} : {local: spec.slice(0, colon), remote: spec.slice(colon + 1)};
}

function localPort(text: string, fallback: number): number | string {
	if (text === '') return fallback;
	if (!/^\d+$/.test(text) || Number(text) > 65535) return `error: Error parsing local port '${text}': strconv.ParseUint: parsing "${text}": ${/^\d+$/.test(text) ? 'value out of range' : 'invalid syntax'}\n`;
	return Number(text);
}

/** `8080:80`, `:80` (any free local port), `80`, `8080:http` (a named container port). */
function podPortMapping(pod: StoredPod, spec: string): Mapping | string {
	const asked = splitSpec(spec);
	let remote: number;
	if (/^\d+$/.test(asked.remote)) remote = Number(asked.remote);
	else {
		const named = containerPorts(pod).find(port => port.name === asked.remote);
		if (!named) return `error: Pod '${pod.metadata.name}' does not have a named port '${asked.remote}'\n`;
		remote = named.containerPort;
	}
	const local = spec.startsWith(':') ? 0 : localPort(asked.local, remote);
	return typeof local === 'string' ? local : {local, remote, asked};
}

/** A Service port becomes the container port its targetPort names in the chosen pod. */
function servicePortMapping(service: Service & KubeObject, pod: StoredPod, spec: string): Mapping | string {
	const asked = splitSpec(spec);
	const port = (service.spec?.ports ?? []).find(candidate => String(candidate.port) === asked.remote || candidate.name === asked.remote);
	if (!port) return `error: Service ${service.metadata.name} does not have a service port ${asked.remote}\n`;
	const target = port.targetPort ?? port.port;
	let remote: number;
	if (typeof target === 'number' || /^\d+$/.test(String(target))) remote = Number(target);
	else {
		const named = containerPorts(pod).find(candidate => candidate.name === target);
		if (!named) return `error: Pod '${pod.metadata.name}' does not have a named port '${target}'\n`;
		remote = named.containerPort;
	}
	const local = spec.startsWith(':') ? 0 : localPort(asked.local, port.port);
	return typeof local === 'string' ? local : {local, remote, asked};
}

function containerPorts(pod: StoredPod): NonNullable<Container['ports']> {
	return (pod.spec?.containers ?? []).flatMap(container => container.ports ?? []);
}

function bindFailed(mapping: Mapping, addresses: readonly string[]): string {
	const errors = addresses.map(address => `unable to create listener: Error listen tcp${address.includes(':') ? 6 : 4} ${shown(address)}:${mapping.local}: bind: address already in use`).join(' ');
	return `Unable to listen on port ${mapping.local}: Listeners failed to create with the following errors: [${errors}]\nerror: unable to listen on any of the requested ports: [{${mapping.local} ${mapping.remote}}]\n`;
}

function forwardJob(cluster: Cluster, pod: StoredPod, mappings: readonly Mapping[], addresses: string[], command: string): Job {
	const namespace = pod.metadata.namespace ?? 'default';
	const listeners: LaptopListener[] = mappings.map(mapping => ({kind: 'port-forward', localPort: mapping.local, addresses, namespace, pod: pod.metadata.name, podPort: mapping.remote, pending: []}));
	for (const listener of listeners) cluster.laptopPorts.set(listener.localPort, listener);
	let opening = mappings.flatMap(mapping => addresses.map(address => `Forwarding from ${shown(address)}:${mapping.local} -> ${mapping.remote}\n`)).join('');
	const release = () => {
		for (const listener of listeners) if (cluster.laptopPorts.get(listener.localPort) === listener) cluster.laptopPorts.delete(listener.localPort);
	};
	return {
		command,
		drain: () => {
			const output: OutputChunk[] = opening ? [{stream: 'stdout', text: opening}] : [];
			opening = '';
			for (const listener of listeners) {
				if (listener.kind !== 'port-forward') continue;
				for (const line of listener.pending.splice(0)) output.push({stream: /^E\d{4} /.test(line) ? 'stderr' : 'stdout', text: line});
			}
			const now = cluster.store.peek('Pod', namespace, pod.metadata.name);
			if (now && now.metadata.uid === pod.metadata.uid && !now.metadata.deletionTimestamp) return {output};
			release();
			return {output: [...output, {stream: 'stderr', text: 'error: lost connection to pod\n'}], exitCode: 1};
		},
		stop: release,
	};
}
