/**
 * Runs every controller until the cluster settles. PLACEHOLDER: the controllers work fills it.
 * Called by the API server after every change and by `advanceTime`.
 */
import type {Cluster} from '../cluster.js';

export function reconcile(_cluster: Cluster): void {}

/** Moves simulated time forward, letting time-based controllers (the cloud LB) act on the way. */
export function advanceTime(cluster: Cluster, ms: number): void {
	cluster.clock.advance(ms);
	reconcile(cluster);
}
