/**
 * The CronJob controller (pkg/controller/cronjob; docs/simulation.md, "Jobs"): at each scheduled
 * minute of simulated time it creates the Job `<cronjob>-<minutes since the epoch>` from the
 * jobTemplate, honours suspend, concurrencyPolicy and startingDeadlineSeconds, notes finished
 * Jobs (lastSuccessfulTime) and deletes those beyond the history limits (3 successful, 1 failed).
 */
import type {CronJob, Job} from 'kubernetes-types/batch/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {SIM_EPOCH_MS} from '../sim-clock.js';
import {nowMs} from './controller-clock.js';
import {type ControllerState, scheduleAt} from './controller-state.js';
import {nextScheduled, parseSchedule} from './cron-schedule.js';
import {recordEvent} from './events.js';
import {jobFinished, type JobObject} from './job-controller.js';
import {ownerReferenceTo, putIfChanged, splitKey} from './object-meta.js';
import {ownedBy} from './owned.js';

type CronJobObject = CronJob & KubeObject;

const epoch = (simMs: number) => SIM_EPOCH_MS + simMs;
const stamp = (epochMs: number) => new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function syncCronJob(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const cronJob = cluster.store.peek<CronJobObject>('CronJob', namespace, name);
	if (!cronJob) return;
	const schedule = parseSchedule(cronJob.spec?.schedule ?? '');
	const jobs = ownedBy<JobObject>(state, cronJob.metadata.uid, 'Job');
	const status = {...cronJob.status};
	const active = jobs.filter(job => !jobFinished(job));
	for (const job of jobs) {
		const finished = jobFinished(job);
		if (!finished || !status.active?.some(ref => ref.uid === job.metadata.uid)) continue;
		recordEvent(cluster, cronJob, {type: 'Normal', reason: 'SawCompletedJob', message: `Saw completed job: ${job.metadata.name}, condition: ${finished}`, component: 'cronjob-controller'});
		if (finished === 'Complete') status.lastSuccessfulTime = job.status?.completionTime ?? stamp(epoch(nowMs(cluster)));
	}
	pruneHistory(cluster, cronJob, jobs);
	const now = epoch(nowMs(cluster));
	if (schedule && !cronJob.spec?.suspend) {
		const since = Date.parse(status.lastScheduleTime ?? cronJob.metadata.creationTimestamp ?? stamp(now));
		let due: number | undefined;
		for (let next = nextScheduled(schedule, since), guard = 0; next !== undefined && next <= now && guard < 1000; next = nextScheduled(schedule, next), guard++) due = next;
		const deadline = cronJob.spec?.startingDeadlineSeconds;
		if (due !== undefined && (deadline === undefined || now - due <= deadline * 1000)) {
			const policy = cronJob.spec?.concurrencyPolicy ?? 'Allow';
			if (policy === 'Forbid' && active.length > 0) {
				recordEvent(cluster, cronJob, {type: 'Normal', reason: 'JobAlreadyActive', message: 'Not starting job because prior execution is running and concurrency policy is Forbid', component: 'cronjob-controller'});
			} else {
				if (policy === 'Replace') for (const job of active) deleteJob(cluster, cronJob, job);
				const job = createJob(cluster, cronJob, due);
				if (policy === 'Replace') active.length = 0;
				active.push(job);
				status.lastScheduleTime = stamp(due);
			}
		}
		const next = nextScheduled(schedule, now);
		if (next !== undefined) scheduleAt(state, key, next - SIM_EPOCH_MS - state.timeShiftMs, 'cronJobs');
	}
	const refs = active.map(job => ({apiVersion: 'batch/v1', kind: 'Job', name: job.metadata.name, namespace, resourceVersion: job.metadata.resourceVersion, uid: job.metadata.uid}));
	if (refs.length > 0) status.active = refs;
	else delete status.active;
	putIfChanged(cluster, {...cronJob, status} as CronJobObject, cronJob, state.ownWrites);
}

function createJob(cluster: Cluster, cronJob: Readonly<CronJobObject>, scheduledMs: number): Readonly<JobObject> {
	const name = `${cronJob.metadata.name}-${Math.floor(scheduledMs / 60_000)}`;
	const template = cronJob.spec?.jobTemplate;
	const spec = (template?.spec ?? {}) as NonNullable<Job['spec']>;
	const job: JobObject = {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: {
			name,
			namespace: cronJob.metadata.namespace,
			uid: cluster.random.uid(),
			creationTimestamp: stamp(epoch(nowMs(cluster))),
			...(template?.metadata?.labels ? {labels: {...template.metadata.labels}} : {}),
			annotations: {...(template?.metadata?.annotations ?? {}), 'batch.kubernetes.io/cronjob-scheduled-timestamp': stamp(scheduledMs)},
			ownerReferences: [{...ownerReferenceTo(cronJob), blockOwnerDeletion: true}],
		},
		spec: {
			...spec,
			backoffLimit: spec.backoffLimit ?? 6,
			completionMode: spec.completionMode ?? 'NonIndexed',
			completions: spec.completions ?? (spec.parallelism === undefined ? 1 : undefined),
			parallelism: spec.parallelism ?? 1,
			suspend: spec.suspend ?? false,
		} as NonNullable<Job['spec']>,
	};
	const saved = cluster.store.save(job) as Readonly<JobObject>;
	recordEvent(cluster, cronJob, {type: 'Normal', reason: 'SuccessfulCreate', message: `Created job ${name}`, component: 'cronjob-controller'});
	return saved;
}

function deleteJob(cluster: Cluster, cronJob: Readonly<CronJobObject>, job: Readonly<JobObject>): void {
	cluster.store.remove('Job', job.metadata.namespace, job.metadata.name);
	recordEvent(cluster, cronJob, {type: 'Normal', reason: 'SuccessfulDelete', message: `Deleted job ${job.metadata.name}`, component: 'cronjob-controller'});
}

/** Keeps the newest successfulJobsHistoryLimit (3) completed and failedJobsHistoryLimit (1) failed Jobs. */
function pruneHistory(cluster: Cluster, cronJob: Readonly<CronJobObject>, jobs: ReadonlyArray<Readonly<JobObject>>): void {
	const byAge = [...jobs].sort((a, b) => (a.metadata.name < b.metadata.name ? 1 : -1));
	const limits = {Complete: cronJob.spec?.successfulJobsHistoryLimit ?? 3, Failed: cronJob.spec?.failedJobsHistoryLimit ?? 1};
	for (const kind of ['Complete', 'Failed'] as const) {
		for (const job of byAge.filter(j => jobFinished(j) === kind).slice(limits[kind])) deleteJob(cluster, cronJob, job);
	}
}
