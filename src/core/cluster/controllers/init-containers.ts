/**
 * A pod's init containers, one after the other (docs/simulation.md, "Containers"): each is pulled,
 * started and runs its process to completion before the next starts, and the app containers
 * start only when all have completed. One that exits non-zero is restarted after the crash-loop
 * back-off (`Init:Error`, then `Init:CrashLoopBackOff`), or, with restartPolicy Never, fails the
 * pod. One that waits for a Service (init-wait.ts) completes when the Service is there.
 */
import type {ContainerStatus} from 'kubernetes-types/core/v1.js';
import type {PodRuntime} from './container-runtime.js';
import {fullImageName, imageID} from './container-image.js';
import {scheduleAt} from './controller-state.js';
import {nowMs} from './controller-clock.js';
import {INIT_RETRY_MS, initWaitOver} from './init-wait.js';
import {advanceContainer, completeNow, reportedState, type Step} from './kubelet-containers.js';

export interface InitProgress {
	/** The index of the first init container not completed; the count of them once all are. */
	current: number;
	/** An init container failed for good (restartPolicy Never): the pod fails. */
	failed: boolean;
	statuses: ContainerStatus[];
}

export function advanceInitContainers(step: Step, runtime: PodRuntime): InitProgress {
	const {cluster, state, key, pod} = step;
	const now = nowMs(cluster);
	const inits = pod.spec?.initContainers ?? [];
	const statuses: ContainerStatus[] = [];
	const initStep: Step = {...step, init: true};
	for (const [index, container] of inits.entries()) {
		const over = initWaitOver(cluster, state, pod, container);
		const rt = advanceContainer({...initStep, waitsForService: over !== undefined}, container, runtime);
		if (rt.phase === 'running' && over === true) completeNow(initStep, rt);
		else if (rt.phase === 'running' && over === false) scheduleAt(state, key, now + INIT_RETRY_MS, 'kubelet');
		const completed = rt.phase === 'exited' && rt.restartAt === undefined && rt.terminated?.exitCode === 0;
		const containerState = reportedState(rt, pod, container, now);
		const lastTerminated = containerState.waiting && rt.phase === 'exited' ? rt.terminated : rt.lastTerminated;
		statuses.push({
			...(rt.containerID ? {containerID: rt.containerID} : {}),
			image: fullImageName(container.image ?? ''),
			imageID: rt.containerID ? imageID(container.image ?? '') : '',
			lastState: lastTerminated ? {terminated: lastTerminated} : {},
			name: container.name,
			ready: completed,
			restartCount: rt.restartCount,
			started: Boolean(containerState.running),
			state: containerState,
		});
		if (completed) continue;
		for (const later of inits.slice(index + 1)) {
			statuses.push({image: fullImageName(later.image ?? ''), imageID: '', lastState: {}, name: later.name, ready: false, restartCount: 0, started: false, state: {waiting: {reason: 'PodInitializing'}}});
		}
		const failed = rt.phase === 'exited' && rt.restartAt === undefined;
		return {current: index, failed, statuses};
	}
	return {current: inits.length, failed: false, statuses};
}
