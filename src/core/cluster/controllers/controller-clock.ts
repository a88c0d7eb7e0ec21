/** Simulated time as the controllers see it and stamp it on what they write. */
import type {Cluster} from '../cluster.js';

/** Simulated now as the controllers see it (shifted into the past while bootstrapping). */
export function nowMs(cluster: Cluster): number {
	return cluster.clock.now() + cluster.controllers.timeShiftMs;
}

export function nowTimestamp(cluster: Cluster): string {
	return cluster.clock.timestamp(nowMs(cluster));
}
