import type {Container, Pod} from '../kube-object.js';

/**
 * Which ports a simulated workload answers on (docs/simulation.md, "Network"): the container's declared ports; with
 * none declared, the image's usual port; 80 when the image is unknown. Images that only run a
 * shell or sleep (busybox, curl) listen on nothing.
 */
export interface ListeningPort {
	container: string;
	port: number;
	protocol: string;
	name?: string;
}

const IMAGE_PORTS: ReadonlyArray<[RegExp, number[]]> = [
	[/(^|\/)(busybox|alpine|curl|curlimages\/curl|debian|ubuntu|netshoot|dnsutils|bash)(:|$)/, []],
	[/hello-app|hello-go|hello-kubernetes/, [8080]],
	[/agnhost|serve_hostname/, [9376]],
	[/(^|\/)redis(:|$)|redis-|gb-redis/, [6379]],
	[/http-echo/, [5678]],
	[/(^|\/)(nginx|httpd|traefik\/whoami|whoami|httpbin|echo-server|hello-frontend|gb-frontend)(:|$|-)/, [80]],
	// The kind cluster's own components (bootstrap), which declare no ports.
	[/(^|\/)kube-apiserver:/, [6443]],
	[/(^|\/)etcd:/, [2379, 2380, 2381]],
	[/(^|\/)kube-controller-manager:/, [10257]],
	[/(^|\/)kube-scheduler:/, [10259]],
	[/(^|\/)kube-proxy:/, [10249, 10256]],
	[/(^|\/)(kindnetd|local-path-provisioner|local-path-helper):/, []],
];

/** The image's usual ports when the container declares none (agnhost serve-hostname: 9376). */
export function imageDefaultPorts(container: Container): number[] {
	const image = container.image ?? '';
	if (/agnhost/.test(image)) return agnhostPorts(container);
	for (const [pattern, ports] of IMAGE_PORTS) if (pattern.test(image)) return ports;
	if (runsOnlyAShell(container)) return [];
	return [80];
}

function agnhostPorts(container: Container): number[] {
	const args = [...(container.command ?? []), ...(container.args ?? [])].join(' ');
	const explicit = /--(?:http-)?port[= ](\d+)/.exec(args);
	if (explicit) return [Number(explicit[1])];
	if (/netexec/.test(args)) return [8080];
	if (/serve-hostname/.test(args)) return [9376];
	return [];
}

function runsOnlyAShell(container: Container): boolean {
	const command = [...(container.command ?? []), ...(container.args ?? [])].join(' ');
	return /^(\/bin\/)?(sleep|sh -c sleep|sh|bash)\b/.test(command.trim()) && !/httpd|nc -l|serve/.test(command);
}

/**
 * Ports some images open besides the ones they declare: the ingress-nginx controller serves its
 * health checks and metrics on 10254 without listing that port.
 */
const IMAGE_EXTRA_PORTS: ReadonlyArray<[RegExp, number[]]> = [[/ingress-nginx\/controller/, [10254]]];

/** Every port the pod answers on, over all its app containers. */
export function listeningPorts(pod: Pod): ListeningPort[] {
	const out: ListeningPort[] = [];
	for (const container of pod.spec?.containers ?? []) {
		const declared = container.ports ?? [];
		if (declared.length > 0) {
			for (const p of declared) out.push({container: container.name, port: p.containerPort, protocol: p.protocol ?? 'TCP', name: p.name});
			for (const [pattern, ports] of IMAGE_EXTRA_PORTS) {
				if (!pattern.test(container.image ?? '')) continue;
				for (const port of ports) if (!declared.some(p => p.containerPort === port)) out.push({container: container.name, port, protocol: 'TCP'});
			}
		} else {
			for (const port of imageDefaultPorts(container)) out.push({container: container.name, port, protocol: 'TCP'});
		}
	}
	return out;
}

export function listensOn(pod: Pod, port: number, protocol = 'TCP'): boolean {
	return listeningPorts(pod).some(p => p.port === port && p.protocol === protocol);
}
