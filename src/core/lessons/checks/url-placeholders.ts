/**
 * Task URLs may name addresses the cluster picks at random: `{clusterIP:web}`, `{nodePort:web}`,
 * `{lbIP:web}` (each optionally `namespace/name`) and `{nodeIP:kind-worker}`. They are filled in
 * from the current state; when one cannot be, the learner hears why.
 */
import type {Cluster} from '../../cluster/cluster.js';
import {nodeByName} from '../../cluster/topology.js';
import {loadBalancerAddress} from './external-ip-check.js';
import {findService} from './service-facts.js';
import {missingServiceWhy} from './service-check.js';

export type Filled = {ok: true; url: string} | {ok: false; why: string};

const PLACEHOLDER = /\{(clusterIP|nodePort|lbIP|nodeIP):([^}]+)\}/g;

const SPOKEN: Readonly<Record<string, (ref: string) => string>> = {
	clusterIP: ref => `<ClusterIP of ${ref}>`,
	nodePort: ref => `<nodePort of ${ref}>`,
	lbIP: ref => `<EXTERNAL-IP of ${ref}>`,
	nodeIP: ref => `<IP of ${ref}>`,
};

/** The URL as a learner reads it in the checklist: `http://<EXTERNAL-IP of shop>/`. */
export function describeUrl(url: string): string {
	return url.replace(PLACEHOLDER, (_whole, kind: string, ref: string) => SPOKEN[kind](ref));
}

export function fillUrl(cluster: Cluster, url: string, namespace: string): Filled {
	let why: string | undefined;
	const filled = url.replace(PLACEHOLDER, (_whole, kind: string, ref: string) => {
		const value = lookUp(cluster, kind, ref, namespace);
		if (typeof value === 'string') return value;
		why ??= value.why;
		return '';
	});
	return why ? {ok: false, why} : {ok: true, url: filled};
}

function lookUp(cluster: Cluster, kind: string, ref: string, namespace: string): string | {why: string} {
	if (kind === 'nodeIP') return (cluster.store.has('Node', undefined, ref) ? nodeByName(ref)?.internalIP : undefined) ?? {why: `There is no node ${ref}`};
	const [ns, name] = ref.includes('/') ? ref.split('/', 2) : [namespace, ref];
	const service = findService(cluster, ns, name);
	if (!service) return {why: missingServiceWhy(cluster, ns, name)};
	const type = service.spec?.type ?? 'ClusterIP';
	if (kind === 'clusterIP') {
		const ip = service.spec?.clusterIP;
		return ip && ip !== 'None' ? ip : {why: `Service ${name} has no ClusterIP (it is ${ip === 'None' ? 'headless' : type})`};
	}
	if (kind === 'nodePort') {
		const port = service.spec?.ports?.find(p => p.nodePort !== undefined)?.nodePort;
		return port !== undefined ? String(port) : {why: `Service ${name} is ${type} and has no nodePort`};
	}
	const address = loadBalancerAddress(service);
	if (address) return address;
	if (type !== 'LoadBalancer') return {why: `Service ${name} is ${type}, not LoadBalancer, so it has no external IP`};
	return {why: `Service ${name} shows EXTERNAL-IP <pending>: no load balancer address has been assigned yet`};
}
