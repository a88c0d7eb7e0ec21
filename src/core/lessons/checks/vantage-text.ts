/** How checks name a vantage point in their messages: "your laptop", "node kind-worker", "pod client". */
import type {Cluster} from '../../cluster/cluster.js';
import {podByName} from '../../cluster/network/addresses.js';
import type {Vantage} from '../../cluster/vantage.js';

export function vantageText(vantage: Vantage): string {
	switch (vantage.kind) {
		case 'laptop':
			return 'your laptop';
		case 'node':
			return `node ${vantage.node}`;
		case 'pod':
			return vantage.namespace === 'default' ? `pod ${vantage.pod}` : `pod ${vantage.pod} (namespace ${vantage.namespace})`;
	}
}

/** Why a request cannot even start from this vantage point, or undefined when it can. */
export function vantageMissing(cluster: Cluster, vantage: Vantage): string | undefined {
	if (vantage.kind !== 'pod') return undefined;
	const pod = podByName(cluster, vantage.namespace, vantage.pod);
	if (!pod) return `There is no pod ${vantage.pod} in namespace ${vantage.namespace} to run the request from`;
	if (pod.status?.phase !== 'Running' || !pod.status?.podIP) return `Pod ${vantage.pod} is not running yet, so nothing can be sent from it`;
	return undefined;
}
