/**
 * Checks send requests through the simulated network, which draws random numbers (endpoint picks,
 * source ports) and remembers session affinity. A check must never change what the learner's next
 * command prints, so it probes a view of the cluster with its own random source and affinity
 * memory, sharing the (read-only) store and clock.
 */
import {Cluster} from '../../cluster/cluster.js';
import {SeededRandom} from '../../cluster/seeded-random.js';

const PROBE_SEED = 7;

export function probeCluster(cluster: Cluster): Cluster {
	const probe = Object.create(cluster) as Cluster;
	Object.defineProperty(probe, 'random', {value: new SeededRandom(PROBE_SEED)});
	Object.defineProperty(probe, 'affinity', {value: new Map(cluster.affinity)});
	return probe;
}
