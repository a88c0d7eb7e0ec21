import {describe, expect, test} from 'vitest';
import {sandbox} from '../kubectl/helpers.js';

type Run = ReturnType<typeof sandbox>['run'];

function events(run: Run, what: string): string {
	const out = run(`kubectl describe ${what}`).stdout;
	return out.slice(out.indexOf('Events:'));
}

describe('Jobs run their pods to completion', () => {
	test('kubectl create job: the pod shows Completed, the Job Complete 1/1, with the job controller\'s events', () => {
		const {run} = sandbox();
		expect(run('kubectl create job hi --image=busybox -- echo hi').stdout).toBe('job.batch/hi created\n');
		const pods = run('kubectl get pods -l job-name=hi').stdout;
		expect(pods).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\nhi-[a-z0-9]{5} +0\/1 +Completed +0 +0s\n$/);
		expect(run('kubectl get jobs').stdout).toMatch(/^NAME +STATUS +COMPLETIONS +DURATION +AGE\nhi +Complete +1\/1 +0s +0s\n$/);
		const shown = events(run, 'job hi');
		expect(shown).toMatch(/Normal {2}SuccessfulCreate +0s +job-controller +Created pod: hi-[a-z0-9]{5}\n/);
		expect(shown).toMatch(/Normal {2}Completed +0s +job-controller +Job completed\n/);
		const uid = run("kubectl get job hi -o jsonpath='{.metadata.uid}'").stdout;
		expect(run("kubectl get pods -l batch.kubernetes.io/job-name=hi -o jsonpath='{.items[0].metadata.labels.batch\\.kubernetes\\.io/controller-uid}'").stdout).toBe(uid);
		expect(run("kubectl get job hi -o jsonpath='{.spec.completions} {.spec.parallelism} {.spec.backoffLimit}'").stdout).toBe('1 1 6');
	});

	test('completions 3 with parallelism 2: two pods at a time until three have succeeded', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: work\nspec:\n  completions: 3\n  parallelism: 2\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: w\n        image: busybox\n        command: [sleep, "5"]\n');
		expect(run('kubectl get pods --no-headers').stdout.trim().split('\n')).toHaveLength(2);
		expect(run('kubectl get job work').stdout).toMatch(/\nwork +Running +0\/3 /);
		run('sleep 5');
		expect(run('kubectl get job work').stdout).toMatch(/\nwork +Running +2\/3 /);
		run('sleep 5');
		expect(run('kubectl get job work').stdout).toMatch(/\nwork +Complete +3\/3 +10s /);
		expect(run('kubectl get pods --no-headers').stdout.match(/Completed/g)).toHaveLength(3);
	});

	test('a failing Job retries with back-off, then fails with BackoffLimitExceeded', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: bad\nspec:\n  backoffLimit: 2\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: b\n        image: busybox\n        command: ["false"]\n');
		run('sleep 5');
		expect(run('kubectl get pods --no-headers').stdout.match(/Error/g)).toHaveLength(1);
		run('sleep 10');
		expect(run('kubectl get pods --no-headers').stdout.match(/Error/g)).toHaveLength(2);
		run('sleep 20');
		expect(run('kubectl get job bad').stdout).toMatch(/\nbad +Failed +0\/1 /);
		expect(events(run, 'job bad')).toMatch(/Warning {2}BackoffLimitExceeded +\S+ +job-controller +Job has reached the specified backoff limit\n/);
		expect(run("kubectl get job bad -o jsonpath='{.status.conditions[*].type} {.status.failed}'").stdout).toBe('FailureTarget Failed 3');
	});
});

describe('CronJobs create Jobs on their schedule, in simulated time', () => {
	test('every minute a Job named after the scheduled minute; three successful ones are kept', () => {
		const {run} = sandbox();
		run('kubectl create cronjob tick --image=busybox --schedule="*/1 * * * *" -- date');
		run('sleep 59');
		expect(run('kubectl get jobs').stderr).toBe('No resources found in default namespace.\n');
		run('sleep 1');
		// 2026-01-01T00:01:00Z is minute 29453761 since the Unix epoch
		expect(run('kubectl get jobs -o name').stdout).toBe('job.batch/tick-29453761\n');
		expect(events(run, 'cronjob tick')).toMatch(/Normal {2}SuccessfulCreate +0s +cronjob-controller +Created job tick-29453761\n/);
		run('sleep 240');
		expect(run('kubectl get jobs -o name').stdout).toBe('job.batch/tick-29453763\njob.batch/tick-29453764\njob.batch/tick-29453765\n');
		const shown = events(run, 'cronjob tick');
		expect(shown).toMatch(/Normal {2}SawCompletedJob +\S+ +cronjob-controller +Saw completed job: tick-29453765, condition: Complete\n/);
		expect(shown).toMatch(/Normal {2}SuccessfulDelete +\S+ +cronjob-controller +Deleted job tick-29453762\n/);
		expect(run('kubectl get cronjob tick').stdout).toMatch(/\ntick +\*\/1 \* \* \* \* +<none> +False +0 +0s +5m\n/);
	});

	test('suspend stops new Jobs', () => {
		const {run} = sandbox();
		run('kubectl create cronjob tick --image=busybox --schedule="@hourly" -- date');
		run(`kubectl patch cronjob tick -p '{"spec":{"suspend":true}}'`);
		run('sleep 3600');
		expect(run('kubectl get jobs').stderr).toBe('No resources found in default namespace.\n');
	});
});
