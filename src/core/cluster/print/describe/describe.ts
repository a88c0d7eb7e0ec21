import type {KubeObject} from '../../kube-object.js';
import {describeEndpoints, describeEndpointSlice, describeIngress, describeIngressClass} from './describe-network.js';
import {describeConfigMap, describeSecret} from './describe-config.js';
import {describeGeneric, describeNamespace, describeNode} from './describe-cluster.js';
import {describeNetworkPolicy} from './describe-network-policy.js';
import {eventsFor, type EventIndex} from './describe-helpers.js';
import {describePod} from './describe-pod.js';
import {describeService, slicesForService} from './describe-service.js';
import {describeDaemonSet, describeDeployment, describeReplicaSet, describeStatefulSet} from './describe-workloads.js';

/**
 * What a describer needs besides the object. Pass the object's namespace (for nodes: all) lists;
 * describe picks what belongs to the object itself (events about it, its slices, its pods).
 */
export interface DescribeRelated {
	/** The events, or an index of them built once for many objects (`indexEvents`). */
	events?: readonly KubeObject[] | EventIndex;
	endpointSlices?: readonly KubeObject[];
	pods?: readonly KubeObject[];
	replicaSets?: readonly KubeObject[];
	services?: readonly KubeObject[];
	/** The node's Lease in kube-node-lease. */
	lease?: KubeObject;
	resourceQuotas?: readonly KubeObject[];
	limitRanges?: readonly KubeObject[];
	/** `--show-events=false` drops the Events section. */
	showEvents?: boolean;
}

/** `kubectl describe <kind> <name>` for one object, at simulated time `now`. */
export function describe(object: KubeObject, related: DescribeRelated, now: number): string {
	const events = related.showEvents === false ? undefined : (eventsFor(object, related.events) ?? []);
	switch (object.kind) {
		case 'Service':
			return describeService(object, slicesForService(object, related.endpointSlices), events, now);
		case 'Pod':
			return describePod(object, events, now);
		case 'Deployment':
			return describeDeployment(object, related.replicaSets ?? [], events, now);
		case 'ReplicaSet':
			return describeReplicaSet(object, related.pods, events, now);
		case 'DaemonSet':
			return describeDaemonSet(object, related.pods, events, now);
		case 'StatefulSet':
			return describeStatefulSet(object, related.pods, events, now);
		case 'Endpoints':
			return describeEndpoints(object, events, now);
		case 'EndpointSlice':
			return describeEndpointSlice(object, events, now);
		case 'Ingress':
			return describeIngress(object, related.services, related.endpointSlices, events, now);
		case 'IngressClass':
			return describeIngressClass(object, events, now);
		case 'NetworkPolicy':
			return describeNetworkPolicy(object);
		case 'Namespace':
			return describeNamespace(object, related.resourceQuotas, related.limitRanges);
		case 'Node':
			return describeNode(object, related.pods, related.lease, events, now);
		case 'ConfigMap':
			return describeConfigMap(object, events, now);
		case 'Secret':
			return describeSecret(object);
		default:
			return describeGeneric(object, events, now);
	}
}

/** Several objects, as `kubectl describe pods` prints them: `\n\n` between descriptions (two blank lines). */
export function describeMany(objects: readonly KubeObject[], related: (object: KubeObject) => DescribeRelated, now: number): string {
	return objects.map(object => describe(object, related(object), now)).join('\n\n');
}
