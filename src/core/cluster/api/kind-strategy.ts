import type {Cluster} from '../cluster.js';
import type {KubeObject, PodSpec} from '../kube-object.js';
import type {ResourceType} from '../resource-types.js';
import {invalid, notSupported, required, type FieldError} from './field-error.js';
import {fillDefaultIngressClass, validateIngress, validateIngressClass, validateIngressClassUpdate} from './ingress-rules.js';
import {nameCheckFor, validateObjectMeta} from './metadata.js';
import {defaultNetworkPolicy, validateNetworkPolicy} from './network-policy-validation.js';
import {defaultPodObject, podStatusOnCreate} from './pod-object.js';
import {validatePodSpec} from './pod-validation.js';
import {defaultService} from './service-defaults.js';
import {serviceWarnings, validateService, validateServiceUpdate} from './service-validation.js';
import {defaultCronJob, defaultDeployment, defaultJob, defaultReplicaSet, defaultStatefulSet} from './workload-defaults.js';
import {validateDeployment, validateReplicaSet, validateStatefulSet, validateWorkloadUpdate} from './workload-validation.js';
import type {ServiceObject} from './writable.js';

/**
 * Per-kind behaviour of the registry (the REST strategies): defaulting and admission mutation,
 * the status a new object starts with, validation on create and update, warnings.
 */
export interface KindStrategy {
	/** v1 defaulting plus mutating admission; runs on create and on update. */
	defaults(object: KubeObject, cluster: Cluster): void;
	/** Status a new object starts with (user-supplied status is ignored). */
	initialStatus?(object: KubeObject): Record<string, unknown> | undefined;
	validate(object: KubeObject): FieldError[];
	/** Update-only checks (immutable fields); reported before the `validate` ones. */
	validateUpdate?(object: KubeObject, old: KubeObject): FieldError[];
	warnings?(object: KubeObject): string[];
}

const asService = (object: KubeObject) => object as ServiceObject;

const service: KindStrategy = {
	defaults: object => defaultService(asService(object)),
	initialStatus: () => ({loadBalancer: {}}),
	validate: object => validateService(asService(object)),
	validateUpdate: (object, old) => validateServiceUpdate(asService(object), asService(old)),
	warnings: object => serviceWarnings(asService(object)),
};

const pod: KindStrategy = {
	defaults: object => defaultPodObject(object),
	initialStatus: object => podStatusOnCreate((object.spec ?? {}) as PodSpec),
	validate: object => [...validateObjectMeta(object.metadata, true, nameCheckFor('Pod')), ...validatePodSpec((object.spec ?? {}) as PodSpec, 'spec')],
	validateUpdate: (object, old) => podUpdate(object, old),
};

/** Only images (and a few scheduling fields) of a running Pod may change. */
function podUpdate(object: KubeObject, old: KubeObject): FieldError[] {
	const strip = (spec: unknown) => {
		const copy = structuredClone((spec ?? {}) as PodSpec & Record<string, unknown>);
		for (const container of [...(copy.containers ?? []), ...(copy.initContainers ?? [])]) delete (container as {image?: string}).image;
		delete copy.activeDeadlineSeconds;
		delete copy.tolerations;
		delete copy.terminationGracePeriodSeconds;
		return JSON.stringify(copy);
	};
	// Pods written by the controllers skipped defaulting; compare like with like.
	const oldDefaulted = structuredClone(old);
	defaultPodObject(oldDefaulted);
	if (strip(object.spec) === strip(oldDefaulted.spec)) return [];
	return [
		{
			type: 'Forbidden',
			field: 'spec',
			detail:
				'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
		},
	];
}

const workload = (defaults: (object: never) => void, validate: (object: KubeObject) => FieldError[]): KindStrategy => ({
	defaults: object => defaults(object as never),
	initialStatus: () => ({}),
	validate,
	validateUpdate: validateWorkloadUpdate,
});

/** Jobs and CronJobs: defaulted; only their metadata is validated. */
const batch = (defaults: (object: never) => void, kind: string): KindStrategy => ({
	defaults: object => defaults(object as never),
	validate: object => validateObjectMeta(object.metadata, true, nameCheckFor(kind)),
});

const ingress: KindStrategy = {
	defaults: (object, cluster) => fillDefaultIngressClass(object, cluster.store),
	initialStatus: () => ({loadBalancer: {}}),
	validate: validateIngress,
};

const networkPolicy: KindStrategy = {defaults: object => defaultNetworkPolicy(object), validate: validateNetworkPolicy};

const ingressClass: KindStrategy = {defaults: () => {}, validate: validateIngressClass, validateUpdate: validateIngressClassUpdate};

const namespace: KindStrategy = {
	defaults: object => {
		object.metadata.labels = {...object.metadata.labels, 'kubernetes.io/metadata.name': object.metadata.name};
		object.spec = {finalizers: ['kubernetes']};
	},
	initialStatus: () => ({phase: 'Active'}),
	validate: object => validateObjectMeta(object.metadata, false, nameCheckFor('Namespace')),
};

const endpointSlice: KindStrategy = {
	defaults: () => {},
	validate: object => {
		const errors = validateObjectMeta(object.metadata, true, nameCheckFor('EndpointSlice'));
		const addressType = object.addressType as string | undefined;
		if (!addressType) errors.push(required('addressType'));
		else if (!['IPv4', 'IPv6', 'FQDN'].includes(addressType)) errors.push(notSupported('addressType', addressType, ['FQDN', 'IPv4', 'IPv6']));
		((object.endpoints ?? []) as Array<{addresses?: string[]}>).forEach((endpoint, i) => {
			if (!endpoint.addresses?.length) errors.push(required(`endpoints[${i}].addresses`, 'must contain at least 1 address'));
		});
		return errors;
	},
	validateUpdate: (object, old) => (object.addressType === old.addressType ? [] : [invalid('addressType', object.addressType, 'field is immutable')]),
};

const STRATEGIES: Record<string, KindStrategy> = {
	Service: service,
	Pod: pod,
	Deployment: workload(defaultDeployment, validateDeployment),
	ReplicaSet: workload(defaultReplicaSet, validateReplicaSet),
	StatefulSet: workload(defaultStatefulSet, validateStatefulSet),
	Job: batch(defaultJob, 'Job'),
	CronJob: batch(defaultCronJob, 'CronJob'),
	Ingress: ingress,
	IngressClass: ingressClass,
	NetworkPolicy: networkPolicy,
	Namespace: namespace,
	EndpointSlice: endpointSlice,
};

/** Kinds without behaviour are stored as given once their metadata passes. */
export function strategyFor(type: ResourceType): KindStrategy {
	return (
		STRATEGIES[type.kind] ?? {
			defaults: () => {},
			validate: object => validateObjectMeta(object.metadata, type.namespaced, nameCheckFor(type.kind)),
		}
	);
}
