import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {nowTimestamp} from '../controllers/controller-clock.js';

/** Metadata for an object the cluster itself created, stamped with the (shifted) bootstrap time. */
export function systemMeta(
	cluster: Cluster,
	name: string,
	namespace?: string,
	extra: Partial<KubeObject['metadata']> = {},
): KubeObject['metadata'] {
	return {
		name,
		...(namespace ? {namespace} : {}),
		uid: cluster.random.uid(),
		creationTimestamp: nowTimestamp(cluster),
		...extra,
	};
}
