/**
 * The few files and facts a learner looks at from inside: /etc/resolv.conf, /etc/hosts, the
 * hostname and (in pods) the environment with the Service variables the kubelet injects.
 */
import type {Cluster} from '../cluster.js';
import {servicesAtStart} from '../controllers/service-environment.js';
import type {KubeObject, Pod, Service} from '../kube-object.js';
import {clientFor} from '../network/addresses.js';
import {resolvConfFor} from '../network/name-resolution.js';
import {SimClock} from '../sim-clock.js';
import type {Vantage} from '../vantage.js';

type StoredPod = Pod & KubeObject;
type StoredService = Service & KubeObject;

export function podOf(cluster: Cluster, vantage: Vantage): Readonly<StoredPod> | undefined {
	return vantage.kind === 'pod' ? cluster.store.peek<StoredPod>('Pod', vantage.namespace, vantage.pod) : undefined;
}

export function hostnameOf(cluster: Cluster, vantage: Vantage): string {
	if (vantage.kind === 'laptop') return 'laptop';
	if (vantage.kind === 'node') return vantage.node;
	return podOf(cluster, vantage)?.spec?.hostname ?? vantage.pod;
}

export function resolvConf(cluster: Cluster, vantage: Vantage): string {
	const conf = resolvConfFor(clientFor(cluster, vantage));
	const lines: string[] = [];
	if (conf.search.length > 0) lines.push(`search ${conf.search.join(' ')}`);
	for (const server of conf.nameservers) lines.push(`nameserver ${server}`);
	if (vantage.kind === 'pod') lines.push(`options ndots:${conf.ndots}`);
	if (vantage.kind === 'laptop') lines.push('options edns0 trust-ad');
	return lines.join('\n') + '\n';
}

export function hostsFile(cluster: Cluster, vantage: Vantage): string {
	if (vantage.kind !== 'pod') {
		const name = hostnameOf(cluster, vantage);
		const ip = clientFor(cluster, vantage).ip;
		return `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n${vantage.kind === 'node' ? `${ip}\t${name}\n` : `127.0.1.1\t${name}\n`}`;
	}
	const pod = podOf(cluster, vantage);
	const ip = pod?.status?.podIP ?? '';
	return [
		'# Kubernetes-managed hosts file.',
		'127.0.0.1\tlocalhost',
		'::1\tlocalhost ip6-localhost ip6-loopback',
		'fe00::0\tip6-localnet',
		'fe00::0\tip6-mcastprefix',
		'fe00::1\tip6-allnodes',
		'fe00::2\tip6-allrouters',
		hostsEntry(pod, ip, hostnameOf(cluster, vantage), vantage.namespace),
		'',
	].join('\n');
}

/** Docker-link style variables for every Service that existed when the pod started (§7). */
export function podEnvironment(cluster: Cluster, vantage: Vantage): string {
	const pod = podOf(cluster, vantage);
	const lines = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${hostnameOf(cluster, vantage)}`];
	const namespace = vantage.kind === 'pod' ? vantage.namespace : 'default';
	const started = pod?.metadata.creationTimestamp ? SimClock.toSimMs(pod.metadata.creationTimestamp) : Infinity;
	const services = cluster.store.view<StoredService>('Service', namespace);
	// Seconds are too coarse to order consecutive commands: the kubelet recorded what the pod saw.
	const seen = servicesAtStart(cluster, pod?.metadata.uid);
	for (const container of pod?.spec?.containers?.slice(0, 1) ?? []) for (const entry of container.env ?? []) if (entry.value !== undefined) lines.push(`${entry.name}=${entry.value}`);
	for (const service of services) {
		const created = service.metadata.creationTimestamp ? SimClock.toSimMs(service.metadata.creationTimestamp) : 0;
		const ip = service.spec?.clusterIP;
		if ((seen ? !seen.has(service.metadata.name) : created > started) || !ip || ip === 'None' || service.spec?.type === 'ExternalName') continue;
		const prefix = service.metadata.name.toUpperCase().replace(/-/g, '_');
		const ports = service.spec?.ports ?? [];
		if (ports.length === 0) continue;
		lines.push(`${prefix}_SERVICE_HOST=${ip}`, `${prefix}_SERVICE_PORT=${ports[0].port}`);
		for (const port of ports) {
			const protocol = (port.protocol ?? 'TCP').toLowerCase();
			if (port.name) lines.push(`${prefix}_SERVICE_PORT_${port.name.toUpperCase().replace(/-/g, '_')}=${port.port}`);
			const base = `${prefix}_PORT_${port.port}_${protocol.toUpperCase()}`;
			lines.push(`${base}=${protocol}://${ip}:${port.port}`, `${base}_PROTO=${protocol}`, `${base}_PORT=${port.port}`, `${base}_ADDR=${ip}`);
		}
		lines.push(`${prefix}_PORT=${(ports[0].protocol ?? 'TCP').toLowerCase()}://${ip}:${ports[0].port}`);
	}
	lines.push('HOME=/root');
	return lines.join('\n') + '\n';
}

/** The variables a shell starts with where the learner stands (`$HOSTNAME`, `$HOME`, a pod's Service variables). */
export function environmentOf(cluster: Cluster, vantage: Vantage): Map<string, string> {
	const text = environmentText(cluster, vantage);
	const variables = new Map<string, string>();
	for (const line of text.split('\n')) {
		const eq = line.indexOf('=');
		if (eq > 0) variables.set(line.slice(0, eq), line.slice(eq + 1));
	}
	if (!variables.has('HOSTNAME')) variables.set('HOSTNAME', hostnameOf(cluster, vantage));
	return variables;
}

/** What `env` and `printenv` print. */
export function environmentText(cluster: Cluster, vantage: Vantage): string {
	return vantage.kind === 'pod' ? podEnvironment(cluster, vantage) : `HOME=${vantage.kind === 'laptop' ? '/home/you' : '/root'}\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n`;
}

/** The kubelet's line for the pod itself: with a hostname and subdomain, the FQDN first. */
function hostsEntry(pod: Readonly<StoredPod> | undefined, ip: string, hostname: string, namespace: string): string {
	const subdomain = pod?.spec?.subdomain;
	if (pod?.spec?.hostname && subdomain) return `${ip}\t${hostname}.${subdomain}.${namespace}.svc.cluster.local\t${hostname}`;
	return `${ip}\t${hostname}`;
}
