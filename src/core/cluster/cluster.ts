import type {LaptopPorts} from './network/laptop-ports.js';
import {AllocationIndex} from './api/allocation-index.js';
import {newControllerState} from './controllers/controller-state.js';
import type {NetworkIndexCache} from './network/network-index.js';
import type {KubeObject} from './kube-object.js';
import type {EventIndex} from './print/describe/describe-helpers.js';
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
	/**
	 * Runs a command line in a pod without settling or moving the clock (shell/pod-command.ts):
	 * the kubelet's exec probes. Given by createCluster, since the shell sits above the controllers.
	 */
	runInPod?: PodCommand;
}

/** What a command run in a pod did: its status, what it printed, and how long it would run. */
export type PodCommandRun = {exitCode: number; output: string} & ({ms: number} | {forever: true});

export type PodCommand = (cluster: Cluster, namespace: string, pod: string, argv: readonly string[], files: ReadonlyMap<string, string>) => PodCommandRun;

/**
 * The whole simulated cluster and all of its state: API storage, the controllers' memory, the
 * API server's allocations, kube-proxy's session affinity, the network index, the simulated clock
 * and the seeded randomness. Everything else (API server, controllers, network, kubectl) is
 * functions over this; no module keeps state of its own (test/core/module-state.test.ts).
 */
export class Cluster {
	readonly store = new ObjectStore();
	readonly clock = new SimClock();
	readonly random: SeededRandom;
	readonly runInPod: PodCommand | undefined;
	readonly cloud: 'kind' | 'none';
	/** The kind nodes this cluster was created with, control plane first. */
	readonly nodes: readonly NodeSpec[];
	/** What the controllers remember between settles (controllers/controller-state.ts). */
	readonly controllers = newControllerState();
	/** ClusterIPs and NodePorts the stored Services hold (api/allocation-index.ts). */
	readonly allocations = new AllocationIndex(this.store);
	/** The `recent` lists of each node's session-affinity rules: "node|KUBE-SEP-…|clientIP" → {endpoint: the KUBE-SEP- chain, lastUsedMs}. */
	readonly affinity = new Map<string, {endpoint: string; lastUsedMs: number}>();
	/**
	 * What each object's creator sent, by "Kind/namespace/name", before defaults and allocation:
	 * `save` keeps a clusterIP or nodePort only where the learner asked for one.
	 */
	readonly requests = new Map<string, KubeObject>();
	/** Lookup tables over the store, rebuilt when it changes (network/network-index.ts). */
	readonly networkIndexCache: NetworkIndexCache = {};
	/** The laptop's ports that kubectl port-forward and proxy listen on while they run (network/laptop-ports.ts). */
	readonly laptopPorts: LaptopPorts = new Map();
	/** `kubectl describe`'s event index per namespace, for the event list it was built from (kubectl/commands/describe.ts). */
	readonly eventIndexCache = new Map<string, {list: readonly unknown[]; index: EventIndex}>();

	constructor(options: ClusterOptions = {}) {
		this.random = new SeededRandom(options.seed ?? 1);
		this.cloud = options.cloud ?? 'kind';
		this.nodes = kindNodes(options.workers);
		this.runInPod = options.runInPod;
	}
}
