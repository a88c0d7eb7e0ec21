import type {KubeObject} from './kube-object.js';
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
	/** Session-affinity memory of kube-proxy: "ns/svc:port|clientIP" → {endpoint, lastUsedMs}. */
	readonly affinity = new Map<string, {endpoint: string; lastUsedMs: number}>();
	/**
	 * What each object's creator sent, by "Kind/namespace/name", before defaults and allocation:
	 * `save` keeps a clusterIP or nodePort only where the learner asked for one.
	 */
	readonly requests = new Map<string, KubeObject>();

	constructor(options: ClusterOptions = {}) {
		this.random = new SeededRandom(options.seed ?? 1);
		this.cloud = options.cloud ?? 'kind';
	}
}
