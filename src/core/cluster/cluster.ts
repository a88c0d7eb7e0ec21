import {ObjectStore} from './object-store.js';
import {SeededRandom} from './seeded-random.js';
import {SimClock} from './sim-clock.js';

export interface ClusterOptions {
	/** Seed for every generated name, IP and endpoint choice. */
	seed?: number;
	/** `none`: no cloud load-balancer controller (LoadBalancers stay <pending>), as on bare kind. */
	cloud?: 'kind' | 'none';
}

/**
 * The whole simulated cluster: API storage, simulated clock, seeded randomness. Everything else
 * (API server, controllers, network, kubectl) is functions over this.
 */
export class Cluster {
	readonly store = new ObjectStore();
	readonly clock = new SimClock();
	readonly random: SeededRandom;
	readonly cloud: 'kind' | 'none';
	/** The `recent` lists of each node's session-affinity rules: "node|KUBE-SEP-…|clientIP" → {endpoint: the KUBE-SEP- chain, lastUsedMs}. */
	readonly affinity = new Map<string, {endpoint: string; lastUsedMs: number}>();

	constructor(options: ClusterOptions = {}) {
		this.random = new SeededRandom(options.seed ?? 1);
		this.cloud = options.cloud ?? 'kind';
	}
}
