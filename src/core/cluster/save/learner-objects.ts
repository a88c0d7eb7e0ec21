import type {Cluster} from '../cluster.js';
import {bootstrappedCluster} from '../bootstrapped-cluster.js';
import type {KubeObject} from '../kube-object.js';
import {RESOURCE_TYPES} from '../resource-types.js';

/** Kinds the cluster keeps for itself (allocations, controllers' records, nodes). */
const NEVER_SAVED: ReadonlySet<string> = new Set(['Node', 'Event', 'ReplicaSet', 'ControllerRevision', 'Lease', 'IPAddress', 'ServiceCIDR']);
/** Made in every namespace by the controllers. */
const PER_NAMESPACE: ReadonlySet<string> = new Set(['ServiceAccount/default', 'ConfigMap/kube-root-ca.crt']);
/** Installed by `kubectl apply -f …ingress-nginx…`; the README says how to install it on kind instead. */
export const INGRESS_NGINX_NAMESPACE = 'ingress-nginx';

const key = (object: KubeObject) => `${object.kind}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;

/** Endpoints and slices a controller keeps for a Service with a selector. */
function controllerMade(cluster: Cluster, object: KubeObject): boolean {
	if (object.kind === 'EndpointSlice') return object.metadata.labels?.['endpointslice.kubernetes.io/managed-by'] !== undefined;
	if (object.kind !== 'Endpoints') return false;
	const service = cluster.store.peek('Service', object.metadata.namespace, object.metadata.name) as {spec?: {selector?: object}} | undefined;
	return service?.spec?.selector !== undefined;
}

/**
 * The objects the learner made: everything a fresh cluster of the same shape does not have,
 * except what controllers made (owned objects, endpoints, per-namespace defaults) and ingress-nginx.
 */
export function learnerObjects(cluster: Cluster): KubeObject[] {
	const fresh = bootstrappedCluster({cloud: cluster.cloud});
	const system = new Set<string>();
	const all = (c: Cluster) => RESOURCE_TYPES.flatMap(type => c.store.list(type.kind));
	for (const object of all(fresh)) system.add(key(object));
	return all(cluster).filter(
		object =>
			!system.has(key(object)) &&
			!NEVER_SAVED.has(object.kind) &&
			!PER_NAMESPACE.has(`${object.kind}/${object.metadata.name}`) &&
			!object.metadata.ownerReferences?.length &&
			object.metadata.namespace !== INGRESS_NGINX_NAMESPACE &&
			!(object.kind === 'Namespace' && object.metadata.name === INGRESS_NGINX_NAMESPACE) &&
			object.metadata.labels?.['app.kubernetes.io/name'] !== 'ingress-nginx' &&
			!controllerMade(cluster, object),
	);
}
