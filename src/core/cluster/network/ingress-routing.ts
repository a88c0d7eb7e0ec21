/**
 * How the ingress-nginx controller picks a backend for a request: the Ingresses of its class
 * (IngressClass with controller k8s.io/ingress-nginx), host match (exact beats `*.foo.com`
 * one-label wildcard beats rules without host), then the longest matching path (Exact, Prefix
 * element-wise, ImplementationSpecific as a plain prefix, so `/*` only matches a literal `/*`),
 * then the Ingress's defaultBackend, else nginx's own 404.
 */
import type {Cluster} from '../cluster.js';
import type {HTTPIngressPath, Ingress, IngressClass} from '../kube-object.js';
import type {Stored} from './addresses.js';

export const NGINX_CONTROLLER = 'k8s.io/ingress-nginx';

export interface IngressBackendRef {
	ingress: Readonly<Stored<Ingress>>;
	/** Service in the Ingress's namespace; undefined for `resource` backends. */
	service?: {name: string; port?: {number?: number; name?: string}};
	/** Which rule matched, for the trace: `host foo.bar.com path /foo (Prefix)` or `defaultBackend`. */
	matched: string;
}

/** The IngressClass names this controller serves, and whether one of them is the cluster default. */
function nginxClasses(cluster: Cluster): {names: Set<string>; isDefault: boolean} {
	const names = new Set<string>();
	let isDefault = false;
	for (const cls of cluster.store.view<Stored<IngressClass>>('IngressClass')) {
		if (cls.spec?.controller !== NGINX_CONTROLLER) continue;
		names.add(cls.metadata.name);
		if (cls.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true') isDefault = true;
	}
	return {names, isDefault};
}

/** Ingresses this controller picks up (the rest are ignored, as by the real controller). */
export function servedIngresses(cluster: Cluster): ReadonlyArray<Readonly<Stored<Ingress>>> {
	const classes = nginxClasses(cluster);
	return cluster.store.view<Stored<Ingress>>('Ingress').filter(ingress => {
		const className = ingress.spec?.ingressClassName ?? ingress.metadata.annotations?.['kubernetes.io/ingress.class'];
		return className ? classes.names.has(className) : classes.isDefault;
	});
}

/** Host match rank: 2 exact, 1 wildcard, 0 catch-all (no host), -1 no match. */
export function hostRank(ruleHost: string | undefined, requestHost: string): number {
	if (!ruleHost) return 0;
	const host = requestHost.toLowerCase();
	if (ruleHost.toLowerCase() === host) return 2;
	if (ruleHost.startsWith('*.')) {
		const suffix = ruleHost.slice(1).toLowerCase();
		const head = host.slice(0, host.length - suffix.length);
		return host.endsWith(suffix) && head.length > 0 && !head.includes('.') ? 1 : -1;
	}
	return -1;
}

/** Length of the match, or -1. Exact paths win ties with prefixes (+0.5). */
export function pathMatch(rule: Readonly<HTTPIngressPath>, path: string): number {
	const rulePath = rule.path ?? '/';
	switch (rule.pathType) {
		case 'Exact':
			return rulePath === path ? rulePath.length + 0.5 : -1;
		case 'Prefix': {
			const elements = rulePath.split('/').filter(Boolean);
			const request = path.split('/').filter(Boolean);
			if (elements.length > request.length) return -1;
			return elements.every((element, i) => element === request[i]) ? rulePath.replace(/\/+$/, '').length : -1;
		}
		default:
			return path.startsWith(rulePath) ? rulePath.length : -1;
	}
}

/** The backend for `host` + `path` (path without query string), or undefined for nginx's 404. */
export function routeIngress(cluster: Cluster, host: string, path: string): IngressBackendRef | undefined {
	const ingresses = servedIngresses(cluster);
	const bareHost = host.replace(/:\d+$/, '');
	let bestRank = -1;
	for (const ingress of ingresses) for (const rule of ingress.spec?.rules ?? []) bestRank = Math.max(bestRank, hostRank(rule.host, bareHost));
	let best: {score: number; ref: IngressBackendRef} | undefined;
	const contributing: Readonly<Stored<Ingress>>[] = [];
	if (bestRank >= 0) {
		for (const ingress of ingresses) {
			for (const rule of ingress.spec?.rules ?? []) {
				if (hostRank(rule.host, bareHost) !== bestRank) continue;
				if (!contributing.includes(ingress)) contributing.push(ingress);
				for (const candidate of rule.http?.paths ?? []) {
					const score = pathMatch(candidate, path);
					if (score < 0 || (best && best.score >= score)) continue;
					const hostText = rule.host ? `host ${rule.host}` : 'any host';
					best = {
						score,
						ref: {ingress, service: candidate.backend.service, matched: `${hostText} path ${candidate.path ?? '/'} (${candidate.pathType})`},
					};
				}
			}
		}
	}
	if (best) return best.ref;
	const withDefault = (bestRank > 0 ? contributing : ingresses).find(ingress => ingress.spec?.defaultBackend);
	if (withDefault) return {ingress: withDefault, service: withDefault.spec?.defaultBackend?.service, matched: 'defaultBackend'};
	return undefined;
}
