import type {Pod} from 'kubernetes-types/core/v1.js';
import {SimClock} from '../sim-clock.js';

/** What `kubectl get pods` shows in READY, STATUS and RESTARTS (printers.go printPod). */
export interface PodSummary {
	ready: number;
	total: number;
	status: string;
	restarts: number;
	/** Simulated ms of the most recent container restart, when any container restarted. */
	lastRestartMs?: number;
}

export function summarizePod(pod: Pod): PodSummary {
	const spec = pod.spec;
	const status = pod.status ?? {};
	const restartableInit = new Set((spec?.initContainers ?? []).filter(c => c.restartPolicy === 'Always').map(c => c.name));
	const total = (spec?.containers ?? []).length + restartableInit.size;
	let ready = 0;
	let restarts = 0;
	let lastRestartMs: number | undefined;
	let reason = status.reason || status.phase || '';
	if ((status.conditions ?? []).some(c => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';
	const noteRestart = (finishedAt: string | undefined): void => {
		if (!finishedAt) return;
		const at = SimClock.toSimMs(finishedAt);
		if (lastRestartMs === undefined || at > lastRestartMs) lastRestartMs = at;
	};

	let initializing = false;
	const initStatuses = status.initContainerStatuses ?? [];
	const initCount = (spec?.initContainers ?? []).length;
	for (let i = 0; i < initStatuses.length; i++) {
		const container = initStatuses[i];
		restarts += container.restartCount ?? 0;
		noteRestart(container.lastState?.terminated?.finishedAt);
		const terminated = container.state?.terminated;
		const waiting = container.state?.waiting;
		if (terminated && terminated.exitCode === 0) continue;
		if (restartableInit.has(container.name) && container.started) {
			if (container.ready) ready++;
			continue;
		}
		if (terminated) {
			reason = terminated.reason
				? `Init:${terminated.reason}`
				: terminated.signal
					? `Init:Signal:${terminated.signal}`
					: `Init:ExitCode:${terminated.exitCode}`;
		} else if (waiting?.reason && waiting.reason !== 'PodInitializing') {
			reason = `Init:${waiting.reason}`;
		} else {
			reason = `Init:${i}/${initCount}`;
		}
		initializing = true;
		break;
	}

	const initializedTrue = (status.conditions ?? []).some(c => c.type === 'Initialized' && c.status === 'True');
	if (!initializing || initializedTrue) {
		restarts = 0;
		let hasRunning = false;
		const statuses = status.containerStatuses ?? [];
		for (let i = statuses.length - 1; i >= 0; i--) {
			const container = statuses[i];
			restarts += container.restartCount ?? 0;
			noteRestart(container.lastState?.terminated?.finishedAt);
			const waiting = container.state?.waiting;
			const terminated = container.state?.terminated;
			if (waiting?.reason) reason = waiting.reason;
			else if (terminated?.reason) reason = terminated.reason;
			else if (terminated) reason = terminated.signal ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
			else if (container.ready && container.state?.running) {
				hasRunning = true;
				ready++;
			}
		}
		if (reason === 'Completed' && hasRunning) {
			reason = (status.conditions ?? []).some(c => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
		}
	}

	const terminal = status.phase === 'Succeeded' || status.phase === 'Failed';
	if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
	else if (pod.metadata?.deletionTimestamp && !terminal) reason = 'Terminating';

	return {ready, total, status: reason, restarts, ...(lastRestartMs !== undefined && restarts > 0 ? {lastRestartMs} : {})};
}
