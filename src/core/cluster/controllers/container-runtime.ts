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
}

/** The kubelet's memory of one pod's app containers. */
export interface PodRuntime {
	uid: string;
	containers: Map<string, ContainerRuntime>;
}
