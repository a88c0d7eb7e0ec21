/**
 * What both endpoint controllers agree on (docs/simulation.md, "Controllers"): which pods a
 * Service selects, and each pod's resolved ports — a numeric targetPort as is, a named one
 * through the first container port of that name and protocol, or nothing for that port.
 */
import type {ServicePort} from 'kubernetes-types/core/v1.js';
import type {KubeObject, Pod, Service} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';
import {matchesLabels} from './object-meta.js';
import {isPodReady, isTerminal} from './pod-status.js';

export type PodObject = Pod & KubeObject;
export type ServiceObject = Service & KubeObject;

export interface ResolvedPort {
	name: string;
	port: number;
	protocol: string;
	appProtocol?: string;
}

export interface ServiceBackend {
	pod: Readonly<PodObject>;
	ip: string;
	ready: boolean;
	/** Marked for deletion and shutting down (graceful deletion). */
	terminating: boolean;
	ports: ResolvedPort[];
}

/** Services whose Endpoints/EndpointSlices the controllers manage. */
export function managesEndpoints(service: Readonly<ServiceObject> | undefined): service is Readonly<ServiceObject> {
	return Boolean(service?.spec?.selector && Object.keys(service.spec.selector).length > 0 && service.spec.type !== 'ExternalName');
}

export function selectedPods(state: ControllerState, service: Readonly<ServiceObject>): Array<Readonly<PodObject>> {
	const selector = service.spec?.selector ?? {};
	const namespace = service.metadata.namespace ?? '';
	let smallest: Set<string> | undefined;
	for (const [k, v] of Object.entries(selector)) {
		const candidates = state.podLabels.get(`${namespace}|${k}=${v}`);
		if (!candidates) return [];
		if (!smallest || candidates.size < smallest.size) smallest = candidates;
	}
	const out: Array<Readonly<PodObject>> = [];
	for (const key of smallest ?? []) {
		const pod = state.objects.get(key) as Readonly<PodObject> | undefined;
		if (pod && matchesLabels(pod.metadata.labels, selector)) out.push(pod);
	}
	return out.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
}

/** Pods with an IP that are not finished (terminating ones included), with readiness and resolved ports. */
export function serviceBackends(state: ControllerState, service: Readonly<ServiceObject>): ServiceBackend[] {
	const out: ServiceBackend[] = [];
	for (const pod of selectedPods(state, service)) {
		const ip = pod.status?.podIP;
		if (!ip || isTerminal(pod)) continue;
		const ports: ResolvedPort[] = [];
		for (const servicePort of service.spec?.ports ?? []) {
			const port = resolveTargetPort(pod, servicePort);
			if (port === undefined) continue;
			ports.push({
				name: servicePort.name ?? '',
				port,
				protocol: servicePort.protocol ?? 'TCP',
				...(servicePort.appProtocol ? {appProtocol: servicePort.appProtocol} : {}),
			});
		}
		out.push({pod, ip, ready: isPodReady(pod), terminating: Boolean(pod.metadata.deletionTimestamp), ports});
	}
	return out;
}

export function resolveTargetPort(pod: Readonly<PodObject>, servicePort: Readonly<ServicePort>): number | undefined {
	const target = servicePort.targetPort ?? servicePort.port;
	if (typeof target === 'number') return target;
	if (/^\d+$/.test(target)) return Number(target);
	const protocol = servicePort.protocol ?? 'TCP';
	for (const container of pod.spec?.containers ?? []) {
		for (const port of container.ports ?? []) {
			if (port.name === target && (port.protocol ?? 'TCP') === protocol) return port.containerPort;
		}
	}
	return undefined;
}

/** Addresses compare as plain strings (`10.244.1.11` before `10.244.1.9`), as Kubernetes sorts them. */
export function byAddress(a: {ip: string}, b: {ip: string}): number {
	return a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0;
}

export const HEADLESS_LABEL = 'service.kubernetes.io/headless';

/** The labels both controllers copy from the Service, plus the headless marker. */
export function inheritedLabels(service: Readonly<ServiceObject>): Record<string, string> {
	const labels: Record<string, string> = {...(service.metadata.labels ?? {})};
	if (service.spec?.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
	return labels;
}
