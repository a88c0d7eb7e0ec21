/**
 * EndpointSlices for every Service with a selector (not ExternalName). Pods are grouped by their
 * resolved port list — a pod whose named targetPort doesn't resolve lands in a slice with empty
 * `ports` — and with no pod at all one placeholder slice remains. Slices are named
 * `<svc>-<5 random>` once and keep their names while their port list stays the same; a slice holds
 * at most 100 endpoints, more spill into further slices.
 */
import type {Endpoint, EndpointPort, EndpointSlice} from 'kubernetes-types/discovery/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {type ControllerState} from './controller-state.js';
import {nowTimestamp} from './controller-clock.js';
import {canonicalJson} from '../../canonical-json.js';
import {ownerReferenceTo, putIfChanged, splitKey} from './object-meta.js';
import {uniqueName} from './pod-factory.js';
import {
	type ServiceBackend,
	type ServiceObject,
	byAddress,
	inheritedLabels,
	managesEndpoints,
	serviceBackends,
} from './service-endpoints.js';

type SliceObject = EndpointSlice & KubeObject;

export const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';

export function syncEndpointSlices(cluster: Cluster, state: ControllerState, serviceKey: string): void {
	const {namespace, name} = splitKey(serviceKey);
	const service = cluster.store.peek<ServiceObject>('Service', namespace, name);
	const existing = ownSlices(state, namespace, name);
	if (!managesEndpoints(service)) {
		for (const slice of existing) cluster.store.remove('EndpointSlice', namespace, slice.metadata.name);
		return;
	}
	const groups = groupByPorts(service, serviceBackends(state, service));
	if (groups.size === 0) groups.set(canonicalJson([]), {ports: [], endpoints: []});
	const byPorts = new Map<string, Array<Readonly<SliceObject>>>();
	for (const slice of existing) {
		const fingerprint = canonicalJson(slice.ports ?? []);
		byPorts.set(fingerprint, [...(byPorts.get(fingerprint) ?? []), slice]);
	}
	const kept = new Set<string>();
	for (const [fingerprint, group] of groups) {
		const reusable = byPorts.get(fingerprint) ?? [];
		chunks(group.endpoints).forEach((endpoints, index) => {
			const current = reusable[index];
			if (current) kept.add(current.metadata.name);
			writeSlice(cluster, service, current, {ports: group.ports, endpoints});
		});
	}
	for (const slice of existing) if (!kept.has(slice.metadata.name)) cluster.store.remove('EndpointSlice', namespace, slice.metadata.name);
}

/** The controller's default --max-endpoints-per-slice. */
const MAX_ENDPOINTS_PER_SLICE = 100;

function chunks(endpoints: Endpoint[]): Endpoint[][] {
	if (endpoints.length === 0) return [[]];
	const out: Endpoint[][] = [];
	for (let i = 0; i < endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) out.push(endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE));
	return out;
}

function ownSlices(state: ControllerState, namespace: string, service: string): Array<Readonly<SliceObject>> {
	const out: Array<Readonly<SliceObject>> = [];
	for (const key of state.slicesByService.get(`${namespace}|${service}`) ?? []) {
		const slice = state.objects.get(key) as Readonly<SliceObject> | undefined;
		if (slice?.metadata.labels?.[MANAGED_BY] === SLICE_CONTROLLER) out.push(slice);
	}
	return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

interface Group {
	ports: EndpointPort[];
	endpoints: Endpoint[];
}

function groupByPorts(service: Readonly<ServiceObject>, backends: readonly ServiceBackend[]): Map<string, Group> {
	const groups = new Map<string, Group>();
	for (const backend of [...backends].sort(byAddress)) {
		const ports: EndpointPort[] = backend.ports.map(p => ({
			name: p.name,
			port: p.port,
			protocol: p.protocol,
			...(p.appProtocol ? {appProtocol: p.appProtocol} : {}),
		}));
		const fingerprint = canonicalJson(ports);
		let group = groups.get(fingerprint);
		if (!group) groups.set(fingerprint, (group = {ports, endpoints: []}));
		group.endpoints.push(endpointFor(service, backend));
	}
	return groups;
}

/** A StatefulSet pod's hostname is published when its subdomain is this Service (per-pod DNS). */
function endpointFor(service: Readonly<ServiceObject>, backend: ServiceBackend): Endpoint {
	const {pod} = backend;
	const hostname = pod.spec?.hostname && pod.spec.subdomain === service.metadata.name ? pod.spec.hostname : undefined;
	const publishNotReady = service.spec?.publishNotReadyAddresses ?? false;
	return {
		addresses: [backend.ip],
		// A terminating pod is never ready (unless published anyway), though it may still serve.
		conditions: {ready: publishNotReady || (backend.ready && !backend.terminating), serving: backend.ready, terminating: backend.terminating},
		...(hostname ? {hostname} : {}),
		...(pod.spec?.nodeName ? {nodeName: pod.spec.nodeName} : {}),
		targetRef: {kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid},
	};
}

function writeSlice(cluster: Cluster, service: Readonly<ServiceObject>, current: Readonly<SliceObject> | undefined, group: Group): void {
	const namespace = service.metadata.namespace;
	const name = current?.metadata.name ?? uniqueName(cluster, 'EndpointSlice', namespace, `${service.metadata.name}-`);
	const labels = {...inheritedLabels(service), [MANAGED_BY]: SLICE_CONTROLLER, [SERVICE_NAME_LABEL]: service.metadata.name};
	const body = {addressType: 'IPv4', endpoints: group.endpoints, ports: group.ports};
	const unchanged = current && canonicalJson({a: current.addressType, e: current.endpoints, p: current.ports}) === canonicalJson({a: body.addressType, e: body.endpoints, p: body.ports});
	const annotations: Record<string, string> = {...(current?.metadata.annotations ?? {})};
	if (!unchanged) annotations[TRIGGER_TIME] = nowTimestamp(cluster);
	const slice: SliceObject = {
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {
			...(current?.metadata ?? {uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster)}),
			name,
			generateName: `${service.metadata.name}-`,
			namespace,
			generation: (current?.metadata.generation ?? 0) + (unchanged ? 0 : 1),
			labels,
			annotations,
			ownerReferences: [ownerReferenceTo(service)],
		},
		...body,
	};
	putIfChanged(cluster, slice, current);
}
