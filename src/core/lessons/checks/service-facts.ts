/**
 * Read-only facts about Services that several checks share: the pods a selector picks, the ready
 * endpoints the EndpointSlice controller published, and — when there are none — why, in the
 * words a learner would use with `kubectl get endpoints`.
 */
import type {Cluster} from '../../cluster/cluster.js';
import {selectorMatches} from '../../cluster/api/label-selector.js';
import {isPodReady} from '../../cluster/controllers/pod-status.js';
import type {EndpointSlice, Pod, Service} from '../../cluster/kube-object.js';
import {serviceByName, type Stored} from '../../cluster/network/addresses.js';
import {listeningPorts} from '../../cluster/network/workload-ports.js';
import {formatLabels} from '../../cluster/print/format-labels.js';

export {isPodReady, type Stored};
/** `app=web,tier=front`: keys sorted, as kubectl prints selectors. */
export const formatSelector = formatLabels;
export const findService = serviceByName;

/** Equality-based, as a Service's selector is; an empty selector is handled by the callers. */
export function matchesSelector(labels: Readonly<Record<string, string>> | undefined, selector: Readonly<Record<string, string>>): boolean {
	return selectorMatches({matchLabels: {...selector}}, {...labels});
}

export function podsMatching(cluster: Cluster, namespace: string | undefined, selector: Readonly<Record<string, string>>): ReadonlyArray<Readonly<Pod>> {
	return cluster.store
		.view<Stored<Pod>>('Pod', namespace)
		.filter(pod => !pod.metadata.deletionTimestamp && matchesSelector(pod.metadata.labels, selector));
}

function slicesOf(cluster: Cluster, service: Readonly<Service>): ReadonlyArray<Readonly<EndpointSlice>> {
	const name = service.metadata?.name;
	return cluster.store
		.view<Stored<EndpointSlice>>('EndpointSlice', service.metadata?.namespace)
		.filter(slice => slice.metadata.labels?.['kubernetes.io/service-name'] === name);
}

/**
 * Addresses kube-proxy would send traffic to: ready endpoints of the Service's slices. When the
 * Service has ports, a slice without ports (named targetPort unresolved, or the placeholder)
 * carries no traffic.
 */
export function readyEndpoints(cluster: Cluster, service: Readonly<Service>): string[] {
	const hasPorts = (service.spec?.ports?.length ?? 0) > 0;
	const addresses = new Set<string>();
	for (const slice of slicesOf(cluster, service)) {
		if (hasPorts && (slice.ports?.length ?? 0) === 0) continue;
		for (const endpoint of slice.endpoints ?? []) {
			if (endpoint.conditions?.ready === false) continue;
			for (const address of endpoint.addresses) addresses.add(address);
		}
	}
	return [...addresses].sort();
}

/** Why a Service has no ready endpoints, or undefined when it has some. */
export function whyNoEndpoints(cluster: Cluster, service: Readonly<Service>): string | undefined {
	const name = service.metadata?.name ?? '';
	const namespace = service.metadata?.namespace ?? 'default';
	if (service.spec?.type === 'ExternalName') return `Service ${name} is ExternalName: it is only a DNS alias and never has endpoints`;
	const selector = service.spec?.selector;
	if (!selector || Object.keys(selector).length === 0) {
		return `Service ${name} has no selector, so Kubernetes creates no endpoints for it`;
	}
	if (readyEndpoints(cluster, service).length > 0) return undefined;
	const shown = formatSelector(selector);
	const pods = podsMatching(cluster, namespace, selector);
	if (pods.length === 0) {
		const elsewhere = podsMatching(cluster, undefined, selector).find(pod => pod.metadata?.namespace !== namespace);
		const hint = elsewhere ? ` in namespace ${namespace} (pods with those labels run in namespace ${elsewhere.metadata?.namespace})` : '';
		return `Service ${name} has no endpoints: its selector ${shown} matches no pods${hint}`;
	}
	const ready = pods.filter(isPodReady);
	if (ready.length === 0) {
		const count = pods.length === 1 ? '1 pod matches' : `${pods.length} pods match`;
		return `Service ${name} has no ready endpoints: ${count} ${shown} but none is Ready (see READY in kubectl get pods)`;
	}
	const unresolved = unresolvedNamedTargetPort(service, ready);
	if (unresolved) {
		return `Service ${name} has no endpoints: its targetPort "${unresolved}" names no container port of the pods it selects`;
	}
	return `Service ${name} has no ready endpoints yet`;
}

function unresolvedNamedTargetPort(service: Readonly<Service>, pods: ReadonlyArray<Readonly<Pod>>): string | undefined {
	for (const port of service.spec?.ports ?? []) {
		const target = port.targetPort;
		if (typeof target !== 'string') continue;
		const named = pods.some(pod => listeningPorts(pod as Pod).some(p => p.name === target));
		if (!named) return target;
	}
	return undefined;
}
