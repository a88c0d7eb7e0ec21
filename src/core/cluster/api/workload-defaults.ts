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

/** batch/v1 defaulting for Jobs (pkg/apis/batch/v1/defaults.go). */
export function defaultJob(job: {spec?: Record<string, unknown> & {template?: {spec?: unknown}}}): void {
	const spec = (job.spec ??= {});
	if (spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
	spec.parallelism ??= 1;
	if (spec.podFailurePolicy === undefined) spec.backoffLimit ??= 6;
	spec.completionMode ??= 'NonIndexed';
	spec.suspend ??= false;
	spec.podReplacementPolicy ??= 'TerminatingOrFailed';
	if (spec.template?.spec) defaultPodSpec(spec.template.spec as Parameters<typeof defaultPodSpec>[0]);
}

/** batch/v1 defaulting for CronJobs: its own fields, then its jobTemplate's pod spec. */
export function defaultCronJob(cronJob: {spec?: Record<string, unknown> & {jobTemplate?: {spec?: {template?: {spec?: unknown}}}}}): void {
	const spec = (cronJob.spec ??= {});
	spec.concurrencyPolicy ??= 'Allow';
	spec.suspend ??= false;
	spec.successfulJobsHistoryLimit ??= 3;
	spec.failedJobsHistoryLimit ??= 1;
	const pod = spec.jobTemplate?.spec?.template?.spec;
	if (pod) defaultPodSpec(pod as Parameters<typeof defaultPodSpec>[0]);
}
