/** What `kubectl label` and `kubectl annotate` send: the object with one metadata map replaced. */
import {updateObject} from '../api/api-server.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {renderApiError} from './render-api-error.js';

/** Stores the change; kubectl's error text when the API server refuses it. */
export function storeMetadataMap(cluster: Cluster, object: KubeObject, field: 'labels' | 'annotations', map: Record<string, string>): string | undefined {
	// Go drops an empty map when it serialises the object
	const metadata: KubeObject['metadata'] = {...object.metadata, [field]: map};
	if (Object.keys(map).length === 0) delete metadata[field];
	const result = updateObject(cluster, {...object, metadata});
	return result.ok ? undefined : renderApiError(result.error);
}
