/**
 * Init containers that wait for a Service: the usual `until nslookup myservice; do sleep 2; done`
 * (Kubernetes docs) or a retry loop fetching `http://frontend:80` (microservices-demo's
 * loadgenerator). Such a container keeps running — the pod shows `Init:0/1` — until the Service
 * exists (nslookup) or has a ready endpoint (HTTP); any other init container runs its process
 * (init-containers.ts).
 */
import type {EndpointSlice} from 'kubernetes-types/discovery/v1.js';
import type {Cluster} from '../cluster.js';
import type {Container, KubeObject, Pod, Service} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';

/** How often a waiting init container tries again (simulated ms). */
export const INIT_RETRY_MS = 2000;

interface Awaited {
	service: string;
	namespace: string;
	needsEndpoint: boolean;
}

const LOOP = /\b(until|while|for)\b/;
const LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Whether an init container that waits for a Service may finish now; undefined when the
 * container waits for no Service (its own process decides when it exits).
 */
export function initWaitOver(cluster: Cluster, state: ControllerState, pod: Readonly<Pod>, container: Readonly<Container>): boolean | undefined {
	const awaited = awaitedService(cluster, container, pod.metadata?.namespace ?? 'default');
	return awaited && satisfied(cluster, state, awaited);
}

export function awaitedService(cluster: Cluster, container: Readonly<Container>, namespace: string): Awaited | undefined {
	const script = expandEnv([...(container.command ?? []), ...(container.args ?? [])].join(' '), container);
	if (!LOOP.test(script)) return undefined;
	const url = /https?:\/\/([a-z0-9][-a-z0-9.]*)/.exec(script);
	const lookup = /\b(?:nslookup|host|dig)\s+(?:\+\S+\s+)*([a-z0-9][-a-z0-9.]*)/.exec(script);
	const host = url?.[1] ?? lookup?.[1];
	if (!host) return undefined;
	const target = serviceOf(cluster, host.replace(/\.$/, ''), namespace);
	return target && {...target, needsEndpoint: Boolean(url)};
}

/** `svc`, `svc.ns`, `svc.ns.svc[.cluster.local]` name a Service; anything else is outside. */
function serviceOf(cluster: Cluster, host: string, namespace: string): {service: string; namespace: string} | undefined {
	const parts = host.split('.');
	if (!LABEL.test(parts[0])) return undefined;
	if (parts.length === 1) return {service: parts[0], namespace};
	const rest = parts.slice(2).join('.');
	const inCluster = ['', 'svc', 'svc.cluster.local'].includes(rest);
	if (!inCluster || !LABEL.test(parts[1])) return parts[1] === '' ? {service: parts[0], namespace} : undefined;
	if (rest === '' && !cluster.store.has('Namespace', undefined, parts[1])) return undefined;
	return {service: parts[0], namespace: parts[1]};
}

function satisfied(cluster: Cluster, state: ControllerState, awaited: Awaited): boolean {
	const service = cluster.store.peek<Service & KubeObject>('Service', awaited.namespace, awaited.service);
	if (!service) return false;
	const headless = service.spec?.clusterIP === 'None';
	if (service.spec?.type === 'ExternalName' || (!awaited.needsEndpoint && !headless)) return true;
	for (const key of state.slicesByService.get(`${awaited.namespace}|${awaited.service}`) ?? []) {
		const slice = state.objects.get(key) as Readonly<EndpointSlice> | undefined;
		// kube-proxy ignores a slice without ports (a named targetPort no pod has): nothing answers HTTP.
		const carriesTraffic = headless || (slice?.ports?.length ?? 0) > 0;
		if (awaited.needsEndpoint && !carriesTraffic) continue;
		if ((slice?.endpoints ?? []).some(endpoint => endpoint.conditions?.ready !== false)) return true;
	}
	return false;
}

/** `$VAR`, `${VAR}` and `$(VAR)` from the container's literal env values. */
function expandEnv(text: string, container: Readonly<Container>): string {
	const values = new Map((container.env ?? []).filter(e => e.value !== undefined).map(e => [e.name, e.value ?? '']));
	return text.replace(/\$\{(\w+)\}|\$\((\w+)\)|\$(\w+)/g, (all, a?: string, b?: string, c?: string) => values.get(a ?? b ?? c ?? '') ?? all);
}
