/**
 * Runs the controllers until the cluster settles. The API server only stores; the command runner
 * (the shell) calls `settle` once after every command, and `advanceTime` settles at every moment
 * time-based work falls due (docs/architecture.md, "How a command becomes cluster state"). Work
 * comes from the store's change log (change-tracker.ts), so a settle after one small change does
 * little; each controller writes only what actually changed.
 */
import {type Budget, BudgetExceeded, checkBudget, UNLIMITED} from '../budget.js';
import type {Cluster} from '../cluster.js';
import {ControllerError, type ControllerFailure} from './controller-error.js';
import {type ControllerState, drain, hasWork, nextDeadline, releaseDeadlines} from './controller-state.js';
import {nowMs} from './controller-clock.js';
import {sync} from './change-tracker.js';
import {syncDaemonSet} from './daemonset-controller.js';
import {syncDeployment} from './deployment-controller.js';
import {syncEndpoints} from './endpoints-controller.js';
import {expireEvents} from './events.js';
import {syncEndpointSlices} from './endpointslice-controller.js';
import {collectDependents, purgeNamespace} from './garbage-collector.js';
import {syncIngresses} from './ingress-nginx.js';
import {syncJob} from './job-controller.js';
import {syncCronJob} from './cronjob-controller.js';
import {restoreMirrorPod, syncPodOnNode} from './kubelet.js';
import {syncLoadBalancer} from './load-balancer-controller.js';
import {reconcileKubernetesService} from './kubernetes-service.js';
import {keepNodesAlive} from './node-heartbeat.js';
import {evictForTaints} from './taint-eviction.js';
import {syncNamespace} from './namespace-controller.js';
import {syncReplicaSet} from './replicaset-controller.js';
import {schedulePod} from './scheduler.js';
import {syncStatefulSet} from './statefulset-controller.js';

/** Passes before giving up on settling (each pass runs every controller once). */
const MAX_PASSES = 50;

/** Runs one controller's work; a throw is recorded against the controller's name. */
type Run = (controller: string, work: () => void) => void;

type Step = (cluster: Cluster, state: ControllerState, run: Run) => void;

/** Each controller's queue, drained in a stable order; one key that throws does not stop the others. */
function each(run: Run, controller: string, queue: Set<string>, work: (key: string) => void): void {
	const keys = drain(queue);
	for (const [index, key] of keys.entries()) {
		try {
			run(controller, () => work(key));
		} catch (error) {
			// A spent budget leaves the keys not yet done queued, so the next settle finishes them.
			for (const left of keys.slice(index)) queue.add(left);
			throw error;
		}
	}
}

const STEPS: readonly Step[] = [
	(cluster, state, run) => {
		for (const uid of state.queues.removedUids.splice(0)) run('garbage-collector', () => collectDependents(cluster, state, uid));
		each(run, 'namespace', state.queues.namespacesRemoved, namespace => purgeNamespace(cluster, namespace));
		for (const mirror of state.queues.mirrorPods.splice(0)) run('kubelet', () => restoreMirrorPod(cluster, mirror));
	},
	(cluster, state, run) => each(run, 'namespace', state.queues.namespacesAdded, namespace => syncNamespace(cluster, namespace)),
	(cluster, state, run) => each(run, 'deployment', state.queues.deployments, key => syncDeployment(cluster, state, key)),
	(cluster, state, run) => each(run, 'replicaset', state.queues.replicaSets, key => syncReplicaSet(cluster, state, key)),
	(cluster, state, run) => each(run, 'statefulset', state.queues.statefulSets, key => syncStatefulSet(cluster, state, key)),
	(cluster, state, run) => each(run, 'daemonset', state.queues.daemonSets, key => syncDaemonSet(cluster, state, key)),
	(cluster, state, run) => each(run, 'cronjob', state.queues.cronJobs, key => syncCronJob(cluster, state, key)),
	(cluster, state, run) => each(run, 'job', state.queues.jobs, key => syncJob(cluster, state, key)),
	(cluster, state, run) => each(run, 'taint-eviction', state.queues.taintedNodes, node => evictForTaints(cluster, node)),
	(cluster, state, run) => each(run, 'scheduler', state.queues.schedule, key => schedulePod(cluster, state, key)),
	(cluster, state, run) => each(run, 'kubelet', state.queues.kubelet, key => syncPodOnNode(cluster, state, key)),
	(cluster, state, run) =>
		each(run, 'endpointslice', state.queues.services, key => {
			syncEndpointSlices(cluster, state, key);
			run('endpoints', () => syncEndpoints(cluster, state, key));
		}),
	(cluster, state, run) => each(run, 'service-lb', state.queues.loadBalancers, key => syncLoadBalancer(cluster, state, key)),
	(cluster, state, run) => {
		if (state.queues.apiServer.size === 0) return;
		state.queues.apiServer.clear();
		run('kube-apiserver', () => reconcileKubernetesService(cluster, state));
	},
	(cluster, state, run) => {
		if (!state.queues.ingress) return;
		state.queues.ingress = false;
		run('ingress-nginx', () => syncIngresses(cluster));
	},
];

/**
 * Runs the controllers to a fixed point. A controller that throws (an object shape it did not
 * expect) has that one piece of work skipped while the rest still settles; then settle throws a
 * ControllerError naming it, which fails the test that caused it and which the shell prints as
 * one line. Each piece of work first asks the command's budget; a spent budget stops the settle
 * (the rest of the work stays queued for the next command's settle).
 */
export function settle(cluster: Cluster, budget: Budget = UNLIMITED): void {
	const state = cluster.controllers;
	const failures: ControllerFailure[] = [];
	const run: Run = (controller, work) => {
		checkBudget(budget);
		try {
			work();
		} catch (error) {
			if (error instanceof BudgetExceeded) throw error;
			failures.push({controller, message: error instanceof Error ? error.message : String(error)});
		}
	};
	keepNodesAlive(cluster, state);
	sync(cluster, state);
	expireEvents(cluster);
	releaseDeadlines(state, nowMs(cluster));
	for (let pass = 0; pass < MAX_PASSES && hasWork(state); pass++) {
		for (const step of STEPS) {
			step(cluster, state, run);
			sync(cluster, state);
		}
	}
	if (failures.length > 0) throw new ControllerError(failures);
}

/**
 * Moves simulated time forward. Time-based work (the LB's one second, readiness delays, repeated
 * probe failures) happens at its own simulated moment: the clock stops at each due time on the way.
 */
export function advanceTime(cluster: Cluster, ms: number, budget: Budget = UNLIMITED): void {
	if (!(ms > 0)) {
		settle(cluster, budget);
		return;
	}
	const state = cluster.controllers;
	const target = cluster.clock.now() + ms;
	settle(cluster, budget);
	for (;;) {
		const due = nextDeadline(state);
		const shifted = due === undefined ? undefined : due - state.timeShiftMs;
		if (shifted === undefined || shifted > target) break;
		cluster.clock.advance(Math.max(0, shifted - cluster.clock.now()));
		settle(cluster, budget);
		if (nextDeadline(state) === due) break; // nothing consumed it; avoid spinning
	}
	cluster.clock.advance(target - cluster.clock.now());
	settle(cluster, budget);
}
