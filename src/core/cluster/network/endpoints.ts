/**
 * A Service port's backends as kube-proxy and CoreDNS see them: read from the Service's
 * EndpointSlices (label `kubernetes.io/service-name`), falling back to a hand-made v1 Endpoints
 * object when no slice exists (what the EndpointSlice mirroring controller would copy).
 */
import type {Cluster} from '../cluster.js';
import type {EndpointSlice, Endpoints, Pod, Service, ServicePort} from '../kube-object.js';
import type {Stored} from './addresses.js';
import {networkIndex} from './network-index.js';

export interface Backend {
	ip: string;
	/** The resolved target port for the Service port asked about. */
	port: number;
	namespace: string;
	/** The pod behind it (targetRef), when there is one. */
	pod?: string;
	nodeName?: string;
	hostname?: string;
	ready: boolean;
	serving: boolean;
	terminating: boolean;
}

export function serviceSlices(cluster: Cluster, namespace: string, service: string): ReadonlyArray<Readonly<Stored<EndpointSlice>>> {
	return networkIndex(cluster).slicesByService.get(`${namespace}/${service}`) ?? [];
}

/**
 * Every backend listed for one Service port (ready or not). A slice contributes only when it
 * carries a port with the same name and protocol; a slice with empty `ports` (unresolvable named
 * targetPort, or the placeholder) contributes nothing, exactly as kube-proxy ignores it.
 */
export function backendsForPort(cluster: Cluster, service: Readonly<Stored<Service>>, servicePort: Readonly<ServicePort>): Backend[] {
	const namespace = service.metadata.namespace ?? 'default';
	const name = servicePort.name ?? '';
	const protocol = servicePort.protocol ?? 'TCP';
	const slices = serviceSlices(cluster, namespace, service.metadata.name);
	if (slices.length === 0) return backendsFromEndpoints(cluster, namespace, service.metadata.name, name);
	const out: Backend[] = [];
	for (const slice of slices) {
		if (slice.addressType && slice.addressType !== 'IPv4') continue;
		const port = (slice.ports ?? []).find(p => (p.name ?? '') === name && (p.protocol ?? 'TCP') === protocol);
		if (!port || port.port === undefined) continue;
		for (const endpoint of slice.endpoints ?? []) {
			const ready = endpoint.conditions?.ready ?? true;
			const terminating = endpoint.conditions?.terminating ?? false;
			for (const ip of endpoint.addresses ?? []) {
				out.push({
					ip,
					port: port.port,
					namespace,
					pod: endpoint.targetRef?.kind === 'Pod' ? endpoint.targetRef.name : undefined,
					nodeName: endpoint.nodeName,
					hostname: endpoint.hostname,
					ready,
					serving: endpoint.conditions?.serving ?? ready,
					terminating,
				});
			}
		}
	}
	return out;
}

function backendsFromEndpoints(cluster: Cluster, namespace: string, service: string, portName: string): Backend[] {
	const endpoints = cluster.store.peek<Stored<Endpoints>>('Endpoints', namespace, service);
	const out: Backend[] = [];
	for (const subset of endpoints?.subsets ?? []) {
		const port = (subset.ports ?? []).find(p => (p.name ?? '') === portName) ?? (subset.ports?.length === 1 && !portName ? subset.ports[0] : undefined);
		if (!port) continue;
		const add = (ready: boolean) => (address: {ip: string; nodeName?: string; hostname?: string; targetRef?: {kind?: string; name?: string}}) =>
			out.push({
				ip: address.ip,
				port: port.port,
				namespace,
				pod: address.targetRef?.kind === 'Pod' ? address.targetRef.name : undefined,
				nodeName: address.nodeName,
				hostname: address.hostname,
				ready,
				serving: ready,
				terminating: false,
			});
		(subset.addresses ?? []).forEach(add(true));
		(subset.notReadyAddresses ?? []).forEach(add(false));
	}
	return out;
}

/**
 * The endpoints kube-proxy load-balances over: the ready ones; when none is ready, those that are
 * still serving while terminating (graceful termination), as kube-proxy ≥1.26 does.
 */
export function usableBackends(backends: readonly Backend[]): {backends: Backend[]; terminatingFallback: boolean} {
	const ready = backends.filter(b => b.ready && !b.terminating);
	if (ready.length > 0) return {backends: ready, terminatingFallback: false};
	const serving = backends.filter(b => b.serving && b.terminating);
	return {backends: serving, terminatingFallback: serving.length > 0};
}

/** Every backend of every port of the Service (deduplicated by IP), for DNS. */
export function serviceBackendIPs(cluster: Cluster, service: Readonly<Stored<Service>>): Backend[] {
	const namespace = service.metadata.namespace ?? 'default';
	const slices = serviceSlices(cluster, namespace, service.metadata.name);
	const seen = new Map<string, Backend>();
	for (const slice of slices) {
		if (slice.addressType && slice.addressType !== 'IPv4') continue;
		for (const endpoint of slice.endpoints ?? []) {
			const ready = endpoint.conditions?.ready ?? true;
			for (const ip of endpoint.addresses ?? []) {
				if (seen.has(ip)) continue;
				const podName = endpoint.targetRef?.kind === 'Pod' ? endpoint.targetRef.name : undefined;
				seen.set(ip, {
					ip,
					port: slice.ports?.[0]?.port ?? 0,
					namespace,
					pod: podName,
					nodeName: endpoint.nodeName,
					hostname: endpoint.hostname ?? podHostname(cluster, namespace, podName, service.metadata.name),
					ready,
					serving: endpoint.conditions?.serving ?? ready,
					terminating: endpoint.conditions?.terminating ?? false,
				});
			}
		}
	}
	if (slices.length === 0) {
		for (const backend of backendsFromEndpoints(cluster, namespace, service.metadata.name, '')) seen.set(backend.ip, backend);
		const endpoints = cluster.store.peek<Stored<Endpoints>>('Endpoints', namespace, service.metadata.name);
		for (const subset of endpoints?.subsets ?? []) {
			for (const address of subset.addresses ?? []) {
				if (!seen.has(address.ip)) seen.set(address.ip, {ip: address.ip, port: 0, namespace, hostname: address.hostname, ready: true, serving: true, terminating: false});
			}
		}
	}
	return [...seen.values()];
}

/** A pod's DNS hostname under a Service: `spec.hostname` when its `spec.subdomain` names that Service. */
function podHostname(cluster: Cluster, namespace: string, pod: string | undefined, service: string): string | undefined {
	if (!pod) return undefined;
	const spec = cluster.store.peek<Stored<Pod>>('Pod', namespace, pod)?.spec;
	return spec?.hostname && spec.subdomain === service ? spec.hostname : undefined;
}
