/**
 * Hand-built API objects in their exact Kubernetes shapes, put straight into the store so the
 * network tests do not depend on the controllers.
 */
import {Cluster} from '../../../../src/core/cluster/cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {NODES} from '../../../../src/core/cluster/topology.js';
import {listeningPorts} from '../../../../src/core/cluster/network/workload-ports.js';
import type {Pod, Service} from '../../../../src/core/cluster/kube-object.js';

export function put(cluster: Cluster, object: Record<string, unknown>): void {
	cluster.store.put(object as KubeObject);
}

/** Nodes, namespaces, kubernetes + kube-dns Services as on a fresh kind cluster. */
export function bareCluster(seed = 1): Cluster {
	const cluster = new Cluster({seed});
	for (const node of NODES) {
		put(cluster, {
			apiVersion: 'v1',
			kind: 'Node',
			metadata: {name: node.name},
			spec: {podCIDR: node.podCIDR},
			status: {addresses: [{type: 'InternalIP', address: node.internalIP}, {type: 'Hostname', address: node.name}]},
		});
	}
	for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'dev', 'prod']) {
		put(cluster, {apiVersion: 'v1', kind: 'Namespace', metadata: {name: ns}});
	}
	addService(cluster, {name: 'kubernetes', clusterIP: '10.96.0.1', ports: [{name: 'https', port: 443, protocol: 'TCP', targetPort: 6443}], selector: undefined});
	put(cluster, {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {name: 'kubernetes', namespace: 'default', labels: {'kubernetes.io/service-name': 'kubernetes'}},
		addressType: 'IPv4',
		endpoints: [{addresses: ['172.18.0.2'], conditions: {ready: true, serving: true, terminating: false}}],
		ports: [{name: 'https', port: 6443, protocol: 'TCP'}],
	});
	addService(cluster, {
		name: 'kube-dns',
		namespace: 'kube-system',
		clusterIP: '10.96.0.10',
		ports: [
			{name: 'dns', port: 53, protocol: 'UDP', targetPort: 53},
			{name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53},
			{name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153},
		],
		selector: {'k8s-app': 'kube-dns'},
	});
	for (const [name, ip] of [['coredns-7974ccc475-8jvvm', '10.244.0.2'], ['coredns-7974ccc475-t7cbm', '10.244.0.3']]) {
		addPod(cluster, {name, namespace: 'kube-system', ip, node: 'kind-control-plane', labels: {'k8s-app': 'kube-dns'}, image: 'registry.k8s.io/coredns/coredns:v1.12.1', ports: [{containerPort: 53, name: 'dns', protocol: 'UDP'}, {containerPort: 53, name: 'dns-tcp', protocol: 'TCP'}, {containerPort: 9153, name: 'metrics', protocol: 'TCP'}]});
	}
	syncSlice(cluster, 'kube-system', 'kube-dns');
	return cluster;
}

export interface PodInit {
	name: string;
	namespace?: string;
	node?: string;
	ip: string;
	labels?: Record<string, string>;
	image?: string;
	ports?: Array<{containerPort: number; name?: string; protocol?: string}>;
	ready?: boolean;
	phase?: string;
	hostname?: string;
	subdomain?: string;
	args?: string[];
	command?: string[];
}

export function addPod(cluster: Cluster, init: PodInit): Pod {
	const ready = init.ready ?? true;
	const pod = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name: init.name, namespace: init.namespace ?? 'default', labels: init.labels ?? {}},
		spec: {
			nodeName: init.node ?? 'kind-worker',
			hostname: init.hostname,
			subdomain: init.subdomain,
			containers: [{name: 'app', image: init.image ?? 'registry.k8s.io/e2e-test-images/agnhost:2.39', args: init.args, command: init.command, ports: init.ports}],
		},
		status: {
			phase: init.phase ?? 'Running',
			podIP: init.ip,
			podIPs: [{ip: init.ip}],
			conditions: [{type: 'Ready', status: ready ? 'True' : 'False'}],
		},
	};
	put(cluster, pod);
	return pod as Pod;
}

export interface ServiceInit {
	name: string;
	namespace?: string;
	type?: string;
	clusterIP?: string;
	ports?: Array<Record<string, unknown>>;
	selector?: Record<string, string>;
	spec?: Record<string, unknown>;
	status?: Record<string, unknown>;
}

export function addService(cluster: Cluster, init: ServiceInit): void {
	const type = init.type ?? 'ClusterIP';
	const spec: Record<string, unknown> = {
		type,
		ports: init.ports ?? [{port: 80, protocol: 'TCP', targetPort: 9376}],
		selector: init.selector,
		sessionAffinity: 'None',
		...init.spec,
	};
	if (type !== 'ExternalName') {
		spec.clusterIP = init.clusterIP;
		spec.clusterIPs = init.clusterIP && init.clusterIP !== 'None' ? [init.clusterIP] : undefined;
		spec.internalTrafficPolicy ??= 'Cluster';
	}
	if (type === 'NodePort' || type === 'LoadBalancer') spec.externalTrafficPolicy ??= 'Cluster';
	put(cluster, {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: {name: init.name, namespace: init.namespace ?? 'default'},
		spec,
		status: init.status ?? {loadBalancer: {}},
	});
}

/**
 * What the EndpointSlice controller would write for one Service: matching pods with IPs, target
 * ports resolved per pod (named ports need a matching container port), the placeholder otherwise.
 */
export function syncSlice(cluster: Cluster, namespace: string, name: string): void {
	const service = cluster.store.peek('Service', namespace, name) as unknown as Service;
	const selector = service.spec?.selector ?? {};
	const pods = (cluster.store.view('Pod', namespace) as unknown as Pod[]).filter(
		pod => pod.status?.podIP && Object.entries(selector).every(([k, v]) => pod.metadata?.labels?.[k] === v),
	);
	const ports: Array<{name: string; port: number; protocol: string}> = [];
	const endpoints: unknown[] = [];
	for (const sp of service.spec?.ports ?? []) {
		const target = sp.targetPort ?? sp.port;
		const resolved = pods.map(pod => (typeof target === 'number' ? target : listeningPorts(pod).find(p => p.name === target)?.port));
		if (pods.length > 0 && resolved.every(p => p !== undefined) && new Set(resolved).size === 1) {
			ports.push({name: sp.name ?? '', port: resolved[0]!, protocol: sp.protocol ?? 'TCP'});
		}
	}
	for (const pod of pods) {
		const ready = pod.status?.conditions?.find(c => c.type === 'Ready')?.status === 'True';
		const hostname = pod.spec?.hostname && pod.spec.subdomain === name ? pod.spec.hostname : undefined;
		endpoints.push({
			addresses: [pod.status!.podIP],
			conditions: {ready, serving: ready, terminating: false},
			nodeName: pod.spec?.nodeName,
			targetRef: {kind: 'Pod', name: pod.metadata?.name, namespace},
			...(hostname ? {hostname} : {}),
		});
	}
	put(cluster, {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {name: `${name}-abcde`, namespace, labels: {'kubernetes.io/service-name': name}},
		addressType: 'IPv4',
		endpoints: ports.length > 0 || pods.length > 0 ? endpoints : [],
		ports,
	});
}

/** A Deployment-like set: `web` pods on both workers behind Service `web`. */
export function webApp(cluster: Cluster, options: {namespace?: string; type?: string; clusterIP?: string; nodePort?: number; spec?: Record<string, unknown>; replicas?: Array<{name: string; node: string; ip: string; ready?: boolean}>; image?: string; targetPort?: number | string; containerPort?: number} = {}): void {
	const namespace = options.namespace ?? 'default';
	const replicas = options.replicas ?? [
		{name: 'web-7d4b9c6f5-abcde', node: 'kind-worker', ip: '10.244.1.5'},
		{name: 'web-7d4b9c6f5-fghij', node: 'kind-worker2', ip: '10.244.2.7'},
	];
	for (const replica of replicas) {
		addPod(cluster, {
			name: replica.name,
			namespace,
			node: replica.node,
			ip: replica.ip,
			ready: replica.ready,
			labels: {app: 'web'},
			image: options.image ?? 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:2.0',
			ports: [{containerPort: options.containerPort ?? 8080, protocol: 'TCP', name: 'http'}],
		});
	}
	const port: Record<string, unknown> = {port: 80, protocol: 'TCP', targetPort: options.targetPort ?? 8080};
	if (options.nodePort) port.nodePort = options.nodePort;
	addService(cluster, {name: 'web', namespace, type: options.type, clusterIP: options.clusterIP ?? '10.96.12.34', ports: [port], selector: {app: 'web'}, spec: options.spec});
	syncSlice(cluster, namespace, 'web');
}

export const text = (result: {output: Array<{text: string}>}): string => result.output.map(chunk => chunk.text).join('');
export const streamText = (result: {output: Array<{stream: string; text: string}>}, stream: 'stdout' | 'stderr'): string =>
	result.output.filter(chunk => chunk.stream === stream).map(chunk => chunk.text).join('');
