import type {Deployment, ReplicaSet, StatefulSet} from '../kube-object.js';
import {defaultPodSpec} from './pod-defaults.js';

/** apps/v1 defaulting for Deployments, ReplicaSets and StatefulSets. */

export function defaultDeployment(deployment: Deployment): void {
	const spec = (deployment.spec ??= {} as NonNullable<Deployment['spec']>);
	spec.replicas ??= 1;
	spec.strategy ??= {};
	spec.strategy.type ||= 'RollingUpdate';
	if (spec.strategy.type === 'RollingUpdate') {
		spec.strategy.rollingUpdate ??= {};
		spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
		spec.strategy.rollingUpdate.maxSurge ??= '25%';
	}
	spec.revisionHistoryLimit ??= 10;
	spec.progressDeadlineSeconds ??= 600;
	if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

export function defaultReplicaSet(replicaSet: ReplicaSet): void {
	const spec = (replicaSet.spec ??= {} as NonNullable<ReplicaSet['spec']>);
	spec.replicas ??= 1;
	if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}

export function defaultStatefulSet(statefulSet: StatefulSet): void {
	const spec = (statefulSet.spec ??= {} as NonNullable<StatefulSet['spec']>);
	spec.replicas ??= 1;
	spec.podManagementPolicy ||= 'OrderedReady';
	spec.updateStrategy ??= {};
	spec.updateStrategy.type ||= 'RollingUpdate';
	if (spec.updateStrategy.type === 'RollingUpdate') {
		spec.updateStrategy.rollingUpdate ??= {};
		spec.updateStrategy.rollingUpdate.partition ??= 0;
	}
	spec.revisionHistoryLimit ??= 10;
	spec.persistentVolumeClaimRetentionPolicy ??= {};
	spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= 'Retain';
	spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= 'Retain';
	if (spec.template?.spec) defaultPodSpec(spec.template.spec);
}
