import type {ObjectMeta} from '../kube-object.js';
import type {WritableMeta} from './writable.js';
import {labelValue, nameIsDns1035Label, nameIsDns1123Label, nameIsDns1123Subdomain, qualifiedName, type NameCheck} from './dns-names.js';
import {forbidden, invalid, required, type FieldError} from './field-error.js';

/** ObjectMeta checks and system-set fields shared by every kind. */

/** Services must be DNS labels that start with a letter (they become DNS names and env vars). */
export function nameCheckFor(kind: string): NameCheck {
	if (kind === 'Service') return nameIsDns1035Label;
	if (kind === 'Namespace') return nameIsDns1123Label;
	return nameIsDns1123Subdomain;
}

/** Kinds whose strategy keeps `metadata.generation` (1 on create, +1 per spec change). */
const GENERATION_KINDS: ReadonlySet<string> = new Set([
	'Deployment',
	'ReplicaSet',
	'StatefulSet',
	'DaemonSet',
	'Job',
	'CronJob',
	'Pod',
	'Ingress',
	'IngressClass',
	'EndpointSlice',
	'NetworkPolicy',
	'PodDisruptionBudget',
	'HorizontalPodAutoscaler',
	'CustomResourceDefinition',
]);

export const hasGeneration = (kind: string): boolean => GENERATION_KINDS.has(kind);

export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, check: NameCheck): FieldError[] {
	const errors: FieldError[] = [];
	if (meta.generateName) {
		for (const message of check(meta.generateName, true)) errors.push(invalid('metadata.generateName', meta.generateName, message));
	}
	if (!meta.name) errors.push(required('metadata.name', 'name or generateName is required'));
	else for (const message of check(meta.name, false)) errors.push(invalid('metadata.name', meta.name, message));
	if (namespaced) {
		if (!meta.namespace) errors.push(required('metadata.namespace'));
		else for (const message of nameIsDns1123Label(meta.namespace, false)) errors.push(invalid('metadata.namespace', meta.namespace, message));
	} else if (meta.namespace) {
		errors.push(forbidden('metadata.namespace', 'not allowed on this type'));
	}
	errors.push(...validateLabels(meta.labels, 'metadata.labels'));
	errors.push(...validateAnnotations(meta.annotations, 'metadata.annotations'));
	return errors;
}

export function validateLabels(labels: Record<string, string> | undefined, field: string): FieldError[] {
	const errors: FieldError[] = [];
	for (const key of Object.keys(labels ?? {}).sort()) {
		for (const message of qualifiedName(key)) errors.push(invalid(field, key, message));
		const value = labels?.[key] ?? '';
		for (const message of labelValue(value)) errors.push(invalid(field, value, message));
	}
	return errors;
}

function validateAnnotations(annotations: Record<string, string> | undefined, field: string): FieldError[] {
	const errors: FieldError[] = [];
	for (const key of Object.keys(annotations ?? {}).sort()) {
		for (const message of qualifiedName(key.toLowerCase())) errors.push(invalid(field, key, message));
	}
	return errors;
}

/** The fields a client may not set on create; the server fills them in. */
export function systemFieldsForCreate(meta: ObjectMeta, uid: string, timestamp: string, kind: string): ObjectMeta {
	const out: WritableMeta = {...meta, uid, creationTimestamp: timestamp};
	delete out.resourceVersion;
	delete out.deletionTimestamp;
	delete out.deletionGracePeriodSeconds;
	delete out.managedFields;
	delete out.selfLink;
	delete out.generation;
	if (hasGeneration(kind)) out.generation = 1;
	return out;
}
