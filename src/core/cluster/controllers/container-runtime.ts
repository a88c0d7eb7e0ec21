/** What the kubelet remembers of each container between syncs (kubelet-containers.ts drives it). */
import type {ContainerStateTerminated} from 'kubernetes-types/core/v1.js';

export interface ContainerRuntime {
	phase: 'pull' | 'pulling' | 'pullFailed' | 'neverPull' | 'create' | 'running' | 'exited';
	restartCount: number;
	containerID?: string;
	/** When the pull under way finishes, and whether it fails. */
	pullDoneAt?: number;
	pullError?: string;
	pullFailedAt?: number;
	pullRetryAt?: number;
	pullBackoffMs: number;
	pullBackoffShown?: boolean;
	startedAt?: string;
	exitAt?: number;
	exitCode?: number;
	terminated?: ContainerStateTerminated;
	lastTerminated?: ContainerStateTerminated;
	restartAt?: number;
	crashBackoffMs: number;
	crashBackoffUpdated?: number;
	/** The BackOff event for the wait under way was recorded; the window widens when it ends. */
	backoffReported?: boolean;
	/** What the process printed in this run, and in the run before (for `kubectl logs --previous`). */
	logs: string;
	previousLogs?: string;
	/** The prober's workers of this run (probes.ts), and when the startup probe succeeded. */
	probes?: Partial<Record<'startup' | 'liveness' | 'readiness', ProbeWorker>>;
	startedProbeAt?: number;
	/** After a probe killed the container, the next run is not probed before this. */
	probesHeldUntil?: number;
}

/** One probe worker: when it runs next, its current result and the run of equal results behind it. */
export interface ProbeWorker {
	nextAt: number;
	passing: boolean;
	lastOk?: boolean;
	streak: number;
	/** A startup probe that succeeded runs no more. */
	done?: boolean;
}

/** The kubelet's memory of one pod's app containers. */
export interface PodRuntime {
	uid: string;
	containers: Map<string, ContainerRuntime>;
}
