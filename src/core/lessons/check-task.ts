/**
 * Checks a task against the sandbox's current state: every check on resulting state and
 * reachability, never on what was typed. Checks only read the cluster.
 */
import type {Cluster} from '../cluster/cluster.js';
import {runDnsCheck} from './checks/dns-check.js';
import {runEndpointsCheck} from './checks/endpoints-check.js';
import {runExternalIPCheck} from './checks/external-ip-check.js';
import {runAbsentCheck, runObjectCheck} from './checks/object-check.js';
import {runPodsCheck} from './checks/pods-check.js';
import {runReachCheck} from './checks/reach-check.js';
import {runServiceCheck} from './checks/service-check.js';
import type {CheckResult, Task, TaskCheck, TaskResult} from './task.js';

export function runCheck(cluster: Cluster, check: TaskCheck): CheckResult {
	try {
		return dispatch(cluster, check);
	} catch (error) {
		// A check must never take the lesson down; report it as a failed check instead.
		return {label: check.label ?? check.kind, passed: false, why: `the check could not run: ${error instanceof Error ? error.message : String(error)}`};
	}
}

function dispatch(cluster: Cluster, check: TaskCheck): CheckResult {
	switch (check.kind) {
		case 'service':
			return runServiceCheck(cluster, check);
		case 'endpoints':
			return runEndpointsCheck(cluster, check);
		case 'pods':
			return runPodsCheck(cluster, check);
		case 'object':
			return runObjectCheck(cluster, check);
		case 'absent':
			return runAbsentCheck(cluster, check);
		case 'external-ip':
			return runExternalIPCheck(cluster, check);
		case 'dns':
			return runDnsCheck(cluster, check);
		case 'reach':
			return runReachCheck(cluster, check);
	}
}

export function checkTask(cluster: Cluster, task: Task): TaskResult {
	const checks = task.checks.map(check => runCheck(cluster, check));
	return {passed: checks.length > 0 && checks.every(check => check.passed), checks};
}

export function checkTasks(cluster: Cluster, tasks: readonly Task[]): Map<string, TaskResult> {
	return new Map(tasks.map(task => [task.id, checkTask(cluster, task)]));
}
