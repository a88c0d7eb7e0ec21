import {ObjectStore} from './object-store.js';
import {SeededRandom} from './seeded-random.js';
import {SimClock} from './sim-clock.js';
import {kindNodes, type NodeSpec} from './topology.js';

export interface ClusterOptions {
	/** Seed for every generated name, IP and endpoint choice. */
	seed?: number;
	/** `none`: no cloud load-balancer controller (LoadBalancers stay <pending>), as on bare kind. */
	cloud?: 'kind' | 'none';
	/** Worker nodes, 1 to 100 (`--workers N`); 2 by default, as in kind's usual three-node config. */
	workers?: number;
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
	/** The kind nodes this cluster was created with, control plane first. */
	readonly nodes: readonly NodeSpec[];
	/** Session-affinity memory of kube-proxy: "ns/svc:port|clientIP" → {endpoint, lastUsedMs}. */
	readonly affinity = new Map<string, {endpoint: string; lastUsedMs: number}>();

	constructor(options: ClusterOptions = {}) {
		this.random = new SeededRandom(options.seed ?? 1);
		this.cloud = options.cloud ?? 'kind';
		this.nodes = kindNodes(options.workers);
	}
}
