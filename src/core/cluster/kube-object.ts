import type {Pod, Service} from 'kubernetes-types/core/v1.js';
import type {ObjectMeta} from 'kubernetes-types/meta/v1.js';

/**
 * Any object the simulated API server stores. Shapes follow the real Kubernetes API
 * (kubernetes-types), so every part of the simulator speaks the same language as the docs.
 */
export interface KubeObject {
	apiVersion: string;
	kind: string;
	metadata: ObjectMeta & {name: string};
	[field: string]: unknown;
}

/** An API object as stored: its kubernetes-types shape plus the required apiVersion/kind/name. */
export type Stored<T> = T & KubeObject;
export type StoredPod = Stored<Pod>;
export type StoredService = Stored<Service>;

export type {ObjectMeta} from 'kubernetes-types/meta/v1.js';
export type {
	Service,
	ServiceSpec,
	ServicePort,
	Pod,
	PodSpec,
	Container,
	ContainerPort,
	Probe,
	Node,
	Namespace,
	Endpoints,
	EndpointSubset,
	Event,
} from 'kubernetes-types/core/v1.js';
export type {Deployment, ReplicaSet, StatefulSet} from 'kubernetes-types/apps/v1.js';
export type {EndpointSlice, Endpoint as SliceEndpoint, EndpointPort as SlicePort} from 'kubernetes-types/discovery/v1.js';
export type {Ingress, IngressClass, IngressRule, HTTPIngressPath} from 'kubernetes-types/networking/v1.js';

/** Deep copy for plain JSON data; objects in the store are never shared with callers. */
export function clone<T>(value: T): T {
	return structuredClone(value);
}
