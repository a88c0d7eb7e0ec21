/**
 * The Job controller (pkg/controller/job in kube-controller-manager; docs/simulation.md, "Jobs"):
 * keeps `parallelism` pods running until `completions` have succeeded, labels them with the
 * Job's name and uid as the API server's generated selector does, replaces failed ones after the
 * pod-failure back-off (10 s doubling, at most 6 min), and gives up once more than `backoffLimit`
 * pods (or container restarts, with OnFailure) have failed. Complete and Failed carry the
 * conditions and events the real controller writes.
 */
import type {Job, JobCondition, JobStatus} from 'kubernetes-types/batch/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {nowMs, nowTimestamp} from './controller-clock.js';
import {type ControllerState, scheduleAt, simMs} from './controller-state.js';
import {recordEvent} from './events.js';
import {putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';
import {podFromTemplate, uniqueName} from './pod-factory.js';
import {isPodReady} from './pod-status.js';

export type JobObject = Job & KubeObject;
type PodObject = Pod & KubeObject;

const BACKOFF_START_MS = 10_000;
const BACKOFF_MAX_MS = 360_000;

/** The labels the API server's generated selector puts on a Job's pod template. */
export function jobPodLabels(job: Readonly<JobObject>): Record<string, string> {
	const uid = job.metadata.uid ?? '';
	return {'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': job.metadata.name, 'controller-uid': uid, 'job-name': job.metadata.name};
}

export function jobFinished(job: Readonly<Job>): 'Complete' | 'Failed' | undefined {
	for (const c of job.status?.conditions ?? []) if ((c.type === 'Complete' || c.type === 'Failed') && c.status === 'True') return c.type;
	return undefined;
}

export function syncJob(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const job = cluster.store.peek<JobObject>('Job', namespace, name);
	if (!job || jobFinished(job) || job.spec?.suspend) return;
	const pods = ownedBy<PodObject>(state, job.metadata.uid, 'Pod');
	const active = pods.filter(p => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
	const succeeded = pods.filter(p => p.status?.phase === 'Succeeded').length;
	const failedPods = pods.filter(p => p.status?.phase === 'Failed');
	const restarts = active.reduce((sum, p) => sum + (p.status?.containerStatuses ?? []).reduce((n, c) => n + (c.restartCount ?? 0), 0), 0);
	const failed = failedPods.length;
	const parallelism = job.spec?.parallelism ?? 1;
	const completions = job.spec?.completions ?? (job.spec?.parallelism === undefined ? 1 : undefined);
	const backoffLimit = job.spec?.backoffLimit ?? 6;
	const now = nowTimestamp(cluster);
	const base: JobStatus = {...job.status, startTime: job.status?.startTime ?? now, active: 0, ready: 0, succeeded, failed, terminating: 0, uncountedTerminatedPods: {}};
	if (failed + restarts > backoffLimit) {
		for (const pod of active) cluster.store.remove('Pod', namespace, pod.metadata.name);
		for (const pod of active) recordEvent(cluster, job, {type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted pod: ${pod.metadata.name}`, component: 'job-controller'});
		finish(cluster, state, job, base, 'Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', now);
		recordEvent(cluster, job, {type: 'Warning', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit', component: 'job-controller'});
		return;
	}
	const done = completions === undefined ? succeeded > 0 && active.length === 0 : succeeded >= completions;
	if (done) {
		finish(cluster, state, job, {...base, completionTime: now}, 'Complete', 'CompletionsReached', 'Reached expected number of succeeded pods', now);
		recordEvent(cluster, job, {type: 'Normal', reason: 'Completed', message: 'Job completed', component: 'job-controller'});
		return;
	}
	const wanted = completions === undefined ? (succeeded > 0 ? 0 : parallelism) : Math.min(parallelism, completions - succeeded);
	let created = 0;
	const retryAt = failed > 0 ? lastFailure(failedPods) + Math.min(BACKOFF_START_MS * 2 ** (failed - 1), BACKOFF_MAX_MS) : 0;
	if (active.length < wanted && nowMs(cluster) < retryAt) scheduleAt(state, key, retryAt, 'jobs');
	else {
		for (; active.length + created < wanted; created++) {
			const podName = uniqueName(cluster, 'Pod', namespace, `${name}-`);
			cluster.store.save(podFromTemplate(cluster, job, job.spec?.template, {name: podName, generateName: `${name}-`, labels: jobPodLabels(job)}));
			recordEvent(cluster, job, {type: 'Normal', reason: 'SuccessfulCreate', message: `Created pod: ${podName}`, component: 'job-controller'});
		}
	}
	const status: JobStatus = {...base, active: active.length + created, ready: active.filter(isPodReady).length};
	if (!status.failed) delete status.failed;
	if (!status.succeeded) delete status.succeeded;
	putIfChanged(cluster, {...job, status} as JobObject, job, state.ownWrites);
}

function lastFailure(pods: ReadonlyArray<Readonly<PodObject>>): number {
	let last = 0;
	for (const pod of pods) for (const c of pod.status?.containerStatuses ?? []) last = Math.max(last, simMs(c.state?.terminated?.finishedAt) ?? 0);
	return last;
}

function finish(cluster: Cluster, state: ControllerState, job: Readonly<JobObject>, status: JobStatus, type: 'Complete' | 'Failed', reason: string, message: string, now: string): void {
	const condition = (t: string): JobCondition => ({lastProbeTime: now, lastTransitionTime: now, message, reason, status: 'True', type: t});
	const conditions = [condition(type === 'Complete' ? 'SuccessCriteriaMet' : 'FailureTarget'), condition(type)];
	const next: JobStatus = {...status, conditions, active: 0, ready: 0};
	if (!next.active) delete next.active;
	if (!next.failed) delete next.failed;
	if (!next.succeeded) delete next.succeeded;
	putIfChanged(cluster, {...job, status: next} as JobObject, job, state.ownWrites);
}
