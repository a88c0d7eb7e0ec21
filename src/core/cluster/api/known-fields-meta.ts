import {B, L, S, list, map, stringMap, strings, struct, type Shape} from './field-shape.js';

/** ObjectMeta and the small shared types every kind uses. */

const ownerReference = struct('OwnerReference', {apiVersion: S, kind: S, name: S, uid: S, controller: B, blockOwnerDeletion: B});

export const objectMeta = struct('ObjectMeta', {
	name: S,
	generateName: S,
	namespace: S,
	selfLink: S,
	uid: S,
	resourceVersion: S,
	generation: L,
	creationTimestamp: 'time',
	deletionTimestamp: 'time',
	deletionGracePeriodSeconds: L,
	labels: stringMap,
	annotations: stringMap,
	ownerReferences: list(ownerReference),
	finalizers: strings,
	managedFields: list('any'),
});

export const labelSelector = struct('LabelSelector', {
	matchLabels: stringMap,
	matchExpressions: list(struct('LabelSelectorRequirement', {key: S, operator: S, values: strings})),
});

export const objectReference = struct('ObjectReference', {
	kind: S,
	namespace: S,
	name: S,
	uid: S,
	apiVersion: S,
	resourceVersion: S,
	fieldPath: S,
});

export const localObjectReference = struct('LocalObjectReference', {name: S});

export const typedLocalObjectReference = struct('TypedLocalObjectReference', {apiGroup: S, kind: S, name: S});

export const condition = struct('Condition', {
	type: S,
	status: S,
	observedGeneration: L,
	lastTransitionTime: 'time',
	lastUpdateTime: 'time',
	lastProbeTime: 'time',
	reason: S,
	message: S,
});

export const resourceList = map('quantity');

/** Top-level fields every object has. */
export const typeMeta: Record<string, Shape> = {apiVersion: S, kind: S, metadata: objectMeta};
