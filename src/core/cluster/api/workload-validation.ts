import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import type {PodTemplateSpec} from 'kubernetes-types/core/v1.js';
import {forbidden, invalid, notSupported, required, type FieldError} from './field-error.js';
import {isEmptySelector, selectorMatches, validateLabelSelector} from './label-selector.js';
import {nameCheckFor, validateLabels, validateObjectMeta} from './metadata.js';
import {validatePodSpec} from './pod-validation.js';
import type {KubeObject} from '../kube-object.js';

/** apps/v1 validation shared by Deployments, ReplicaSets and StatefulSets (apps/validation.go). */

interface WorkloadSpec {
	replicas?: number;
	selector?: LabelSelector;
	template?: PodTemplateSpec;
	minReadySeconds?: number;
}

const nonNegative = (value: number | undefined, path: string): FieldError[] =>
	value != null && value < 0 ? [invalid(path, value, 'must be greater than or equal to 0')] : [];

/** Selector required and non-empty, template labels matched, template valid, restartPolicy Always. */
function validateSelectorAndTemplate(spec: WorkloadSpec, emptyMessage: string): FieldError[] {
	const errors: FieldError[] = [];
	if (!spec.selector) errors.push(required('spec.selector'));
	else {
		errors.push(...validateLabelSelector(spec.selector, 'spec.selector'));
		if (isEmptySelector(spec.selector)) errors.push(invalid('spec.selector', spec.selector, emptyMessage));
	}
	const template = spec.template;
	if (!template) return [...errors, required('spec.template')];
	const labels = template.metadata?.labels ?? {};
	// A missing selector matches nothing, so the mismatch is reported as well, as the real server does.
	const emptySelector = spec.selector !== undefined && isEmptySelector(spec.selector);
	if (!emptySelector && !(spec.selector && selectorMatches(spec.selector, labels))) {
		errors.push(invalid('spec.template.metadata.labels', template.metadata?.labels ?? null, '`selector` does not match template `labels`'));
	}
	errors.push(...validateLabels(template.metadata?.labels, 'spec.template.labels'));
	errors.push(...validatePodSpec(template.spec ?? {containers: []}, 'spec.template.spec'));
	const restartPolicy = template.spec?.restartPolicy;
	if (restartPolicy !== 'Always') errors.push(notSupported('spec.template.spec.restartPolicy', restartPolicy ?? '', ['Always']));
	if (template.spec?.activeDeadlineSeconds != null) {
		errors.push(forbidden('spec.template.spec.activeDeadlineSeconds', 'activeDeadlineSeconds in ReplicaSet is not Supported'));
	}
	return errors;
}

export function validateDeployment(object: KubeObject): FieldError[] {
	const spec = (object.spec ?? {}) as WorkloadSpec & {
		strategy?: {type?: string; rollingUpdate?: {maxSurge?: number | string; maxUnavailable?: number | string}};
		revisionHistoryLimit?: number;
		progressDeadlineSeconds?: number;
	};
	const errors = validateObjectMeta(object.metadata, true, nameCheckFor('Deployment'));
	errors.push(...nonNegative(spec.replicas, 'spec.replicas'));
	errors.push(...validateSelectorAndTemplate(spec, 'empty selector is invalid for deployment'));
	const strategy = spec.strategy ?? {};
	if (strategy.type === 'Recreate') {
		if (strategy.rollingUpdate) errors.push(forbidden('spec.strategy.rollingUpdate', "may not be specified when strategy `type` is 'Recreate'"));
	} else if (strategy.type === 'RollingUpdate') {
		const {maxSurge, maxUnavailable} = strategy.rollingUpdate ?? {};
		if (isZero(maxSurge) && isZero(maxUnavailable)) {
			errors.push(invalid('spec.strategy.rollingUpdate.maxUnavailable', maxUnavailable, 'may not be 0 when `maxSurge` is 0'));
		}
	} else {
		errors.push(notSupported('spec.strategy.type', strategy.type ?? '', ['Recreate', 'RollingUpdate']));
	}
	errors.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
	errors.push(...nonNegative(spec.revisionHistoryLimit, 'spec.revisionHistoryLimit'));
	if (spec.progressDeadlineSeconds != null) {
		errors.push(...nonNegative(spec.progressDeadlineSeconds, 'spec.progressDeadlineSeconds'));
		if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0)) {
			errors.push(invalid('spec.progressDeadlineSeconds', spec.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
		}
	}
	return errors;
}

const isZero = (value: number | string | undefined) => value === 0 || value === '0%' || value === '0';

export function validateReplicaSet(object: KubeObject): FieldError[] {
	const spec = (object.spec ?? {}) as WorkloadSpec;
	const errors = validateObjectMeta(object.metadata, true, nameCheckFor('ReplicaSet'));
	errors.push(...nonNegative(spec.replicas, 'spec.replicas'));
	errors.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
	errors.push(...validateSelectorAndTemplate(spec, 'empty selector is invalid for deployment'));
	return errors;
}

export function validateStatefulSet(object: KubeObject): FieldError[] {
	const spec = (object.spec ?? {}) as WorkloadSpec & {podManagementPolicy?: string; updateStrategy?: {type?: string}};
	const errors = validateObjectMeta(object.metadata, true, nameCheckFor('StatefulSet'));
	const policy = spec.podManagementPolicy;
	if (policy && policy !== 'OrderedReady' && policy !== 'Parallel') {
		errors.push(invalid('spec.podManagementPolicy', policy, 'must be \'OrderedReady\' or \'Parallel\''));
	}
	const update = spec.updateStrategy?.type;
	if (update && update !== 'RollingUpdate' && update !== 'OnDelete') {
		errors.push(invalid('spec.updateStrategy', update, "must be 'RollingUpdate' or 'OnDelete'"));
	}
	errors.push(...nonNegative(spec.replicas, 'spec.replicas'));
	errors.push(...nonNegative(spec.minReadySeconds, 'spec.minReadySeconds'));
	errors.push(...validateSelectorAndTemplate(spec, 'empty selector is invalid for statefulset'));
	return errors;
}

/** apps/v1 selectors are immutable; StatefulSets allow changing only a few spec fields. */
export function validateWorkloadUpdate(object: KubeObject, old: KubeObject): FieldError[] {
	const spec = (object.spec ?? {}) as Record<string, unknown>;
	const oldSpec = (old.spec ?? {}) as Record<string, unknown>;
	const errors: FieldError[] = [];
	if (JSON.stringify(spec.selector ?? null) !== JSON.stringify(oldSpec.selector ?? null)) {
		errors.push(invalid('spec.selector', spec.selector ?? null, 'field is immutable'));
	}
	if (object.kind === 'StatefulSet') {
		const mutable = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'];
		const strip = (s: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(s).filter(([key]) => !mutable.includes(key)).sort()));
		if (strip(spec) !== strip(oldSpec)) {
			errors.push(
				forbidden(
					'spec',
					"updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
				),
			);
		}
	}
	return errors;
}
