/**
 * The legacy Endpoints object (same name as the Service): ready pods under `addresses`, the rest
 * under `notReadyAddresses` (all under `addresses` with publishNotReadyAddresses), pods grouped
 * into subsets by their resolved ports; a pod whose named targetPort doesn't resolve is left out
 * of that port. No selector ⇒ the controller leaves Endpoints alone (users may write their own).
 */
import type {EndpointAddress, EndpointPort, EndpointSubset} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {Endpoints, KubeObject} from '../kube-object.js';
import {nowTimestamp} from './controller-clock.js';
import type {ControllerState} from './controller-state.js';
import {canonicalJson} from '../../canonical-json.js';
import {putIfChanged, splitKey} from './object-meta.js';
import {type ServiceObject, byAddress, inheritedLabels, managesEndpoints, serviceBackends} from './service-endpoints.js';
import {TRIGGER_TIME} from './endpointslice-controller.js';

type EndpointsObject = Endpoints & KubeObject;

export const ENDPOINTS_MANAGED_BY = 'endpoints.kubernetes.io/managed-by';
export const ENDPOINTS_CONTROLLER = 'endpoint-controller';

export function syncEndpoints(cluster: Cluster, state: ControllerState, serviceKey: string): void {
	const {namespace, name} = splitKey(serviceKey);
	const service = cluster.store.peek<ServiceObject>('Service', namespace, name);
	const current = cluster.store.peek<EndpointsObject>('Endpoints', namespace, name);
	if (!service) {
		if (current) cluster.store.remove('Endpoints', namespace, name);
		return;
	}
	if (!managesEndpoints(service)) {
		// Selector removed or ExternalName: what the controller made goes; users' own Endpoints stay.
		if (current?.metadata.labels?.[ENDPOINTS_MANAGED_BY] === ENDPOINTS_CONTROLLER) cluster.store.remove('Endpoints', namespace, name);
		return;
	}
	const subsets = buildSubsets(state, service);
	const unchanged = current && canonicalJson(current.subsets ?? []) === canonicalJson(subsets);
	const annotations: Record<string, string> = {...(current?.metadata.annotations ?? {})};
	if (!unchanged) annotations[TRIGGER_TIME] = nowTimestamp(cluster);
	const next: EndpointsObject = {
		apiVersion: 'v1',
		kind: 'Endpoints',
		metadata: {
			...(current?.metadata ?? {uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster)}),
			name,
			namespace,
			labels: {...inheritedLabels(service), [ENDPOINTS_MANAGED_BY]: ENDPOINTS_CONTROLLER},
			annotations,
		},
		...(subsets.length > 0 ? {subsets} : {}),
	};
	putIfChanged(cluster, next, current);
}

function buildSubsets(state: ControllerState, service: Readonly<ServiceObject>): EndpointSubset[] {
	const publishNotReady = service.spec?.publishNotReadyAddresses ?? false;
	const hasPorts = (service.spec?.ports ?? []).length > 0;
	const groups = new Map<string, {ports: EndpointPort[]; ready: EndpointAddress[]; notReady: EndpointAddress[]}>();
	for (const backend of serviceBackends(state, service)) {
		if (hasPorts && backend.ports.length === 0) continue;
		// The legacy Endpoints drop terminating pods (endpointsliceutil.ShouldPodBeInEndpoints).
		if (backend.terminating && !publishNotReady) continue;
		const ports: EndpointPort[] = backend.ports.map(p => ({
			...(p.name ? {name: p.name} : {}),
			port: p.port,
			protocol: p.protocol,
			...(p.appProtocol ? {appProtocol: p.appProtocol} : {}),
		}));
		const fingerprint = canonicalJson(ports);
		let group = groups.get(fingerprint);
		if (!group) groups.set(fingerprint, (group = {ports, ready: [], notReady: []}));
		const {pod} = backend;
		const hostname = pod.spec?.hostname && pod.spec.subdomain === service.metadata.name ? pod.spec.hostname : undefined;
		const address: EndpointAddress = {
			...(hostname ? {hostname} : {}),
			ip: backend.ip,
			...(pod.spec?.nodeName ? {nodeName: pod.spec.nodeName} : {}),
			targetRef: {kind: 'Pod', name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid},
		};
		(backend.ready || publishNotReady ? group.ready : group.notReady).push(address);
	}
	return [...groups.keys()].sort().map(key => {
		const group = groups.get(key)!;
		return {
			...(group.ready.length ? {addresses: group.ready.sort(byAddress)} : {}),
			...(group.notReady.length ? {notReadyAddresses: group.notReady.sort(byAddress)} : {}),
			...(group.ports.length ? {ports: group.ports} : {}),
		};
	});
}
