/**
 * Runs every controller until the cluster settles. Called by the API server after every change
 * and by `advanceTime`. Work comes from the store's change log (controller-state.ts), so a pass
 * after one small change does little; each controller writes only what actually changed.
 */
import type {Cluster} from '../cluster.js';
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
import {restoreMirrorPod, syncPodOnNode} from './kubelet.js';
import {syncLoadBalancer} from './load-balancer-controller.js';
import {syncNamespace} from './namespace-controller.js';
import {syncReplicaSet} from './replicaset-controller.js';
import {schedulePod} from './scheduler.js';
import {syncStatefulSet} from './statefulset-controller.js';

/** Passes before giving up on settling (each pass runs every controller once). */
const MAX_PASSES = 50;

type Step = (cluster: Cluster, state: ControllerState) => void;

const STEPS: readonly Step[] = [
	(cluster, state) => {
		const uids = state.queues.removedUids.splice(0);
		for (const uid of uids) guarded(() => collectDependents(cluster, state, uid));
		each(state.queues.namespacesRemoved, namespace => purgeNamespace(cluster, namespace));
		for (const mirror of state.queues.mirrorPods.splice(0)) guarded(() => restoreMirrorPod(cluster, mirror));
	},
	(cluster, state) => {
		each(state.queues.namespacesAdded, namespace => syncNamespace(cluster, namespace));
	},
	(cluster, state) => {
		each(state.queues.deployments, key => syncDeployment(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.replicaSets, key => syncReplicaSet(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.statefulSets, key => syncStatefulSet(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.daemonSets, key => syncDaemonSet(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.schedule, key => schedulePod(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.kubelet, key => syncPodOnNode(cluster, state, key));
	},
	(cluster, state) => {
		each(state.queues.services, key => {
			syncEndpointSlices(cluster, state, key);
			syncEndpoints(cluster, state, key);
		});
	},
	(cluster, state) => {
		each(state.queues.loadBalancers, key => syncLoadBalancer(cluster, state, key));
	},
	(cluster, state) => {
		if (!state.queues.ingress) return;
		state.queues.ingress = false;
		guarded(() => syncIngresses(cluster));
	},
];

/**
 * One odd object (a shape the API server let through that a controller did not expect) must not
 * take the learner's shell down with a stack trace; it is skipped and the rest still settles.
 */
function guarded(work: () => void): void {
	try {
		work();
	} catch {
		// Deliberately ignored: see above.
	}
}

function each(queue: Set<string>, work: (key: string) => void): void {
	for (const key of drain(queue)) guarded(() => work(key));
}

export function reconcile(cluster: Cluster): void {
	const state = cluster.controllers;
	// installIngressNginx applies through the API server, which calls back here: let the outer loop finish.
	if (state.settling) return;
	state.settling = true;
	try {
		sync(cluster, state);
		expireEvents(cluster);
		releaseDeadlines(state, nowMs(cluster));
		for (let pass = 0; pass < MAX_PASSES && hasWork(state); pass++) {
			for (const step of STEPS) {
				step(cluster, state);
				sync(cluster, state);
			}
		}
	} finally {
		state.settling = false;
	}
}

/**
 * Moves simulated time forward. Time-based work (the LB's one second, readiness delays, repeated
 * probe failures) happens at its own simulated moment: the clock stops at each due time on the way.
 */
export function advanceTime(cluster: Cluster, ms: number): void {
	if (!(ms > 0)) {
		reconcile(cluster);
		return;
	}
	const state = cluster.controllers;
	const target = cluster.clock.now() + ms;
	reconcile(cluster);
	for (;;) {
		const due = nextDeadline(state);
		const shifted = due === undefined ? undefined : due - state.timeShiftMs;
		if (shifted === undefined || shifted > target) break;
		cluster.clock.advance(Math.max(0, shifted - cluster.clock.now()));
		reconcile(cluster);
		if (nextDeadline(state) === due) break; // nothing consumed it; avoid spinning
	}
	cluster.clock.advance(target - cluster.clock.now());
	reconcile(cluster);
}
