/**
 * What the controllers remember between settles, held by the Cluster (`cluster.controllers`). The
 * store's change log tells which objects were written; `sync` (change-tracker.ts) folds those
 * writes into these indexes (pods by label, by node, dependents by owner uid …) and into
 * per-controller work queues, so one `kubectl apply` in a 10,000-pod cluster touches only the
 * objects it concerns. This module knows nothing of the Cluster, so the Cluster can hold it.
 */
import type {KubeObject} from '../kube-object.js';
import {SimClock} from '../sim-clock.js';
import type {PodRuntime} from './container-runtime.js';

export interface WorkQueues {
	deployments: Set<string>;
	replicaSets: Set<string>;
	statefulSets: Set<string>;
	daemonSets: Set<string>;
	jobs: Set<string>;
	cronJobs: Set<string>;
	schedule: Set<string>;
	kubelet: Set<string>;
	services: Set<string>;
	loadBalancers: Set<string>;
	namespacesAdded: Set<string>;
	namespacesRemoved: Set<string>;
	removedUids: string[];
	/** Static pods' mirror objects someone deleted: the kubelet posts them again. */
	mirrorPods: Array<Readonly<KubeObject>>;
	ingress: boolean;
	/** Nodes written since the last settle: the taint eviction looks for NoExecute taints. */
	taintedNodes: Set<string>;
	/** The API server's own objects someone deleted (default/kubernetes and its endpoints). */
	apiServer: Set<string>;
}

/** The queues that take work due at a simulated time. */
export type DeadlineQueue = 'kubelet' | 'loadBalancers' | 'replicaSets' | 'deployments' | 'apiServer' | 'jobs' | 'cronJobs';

export interface ControllerState {
	cursor: number;
	/** Added to the clock while bootstrapping, so system objects look minutes old. */
	timeShiftMs: number;
	objects: Map<string, Readonly<KubeObject>>;
	uids: Map<string, string>; // uid → key
	dependents: Map<string, Set<string>>; // owner uid → keys of dependents
	podsByNamespace: Map<string, Set<string>>;
	replicaSetsByNamespace: Map<string, Set<string>>;
	podLabels: Map<string, Set<string>>; // "ns|k=v" → pod keys
	servicesBySelector: Map<string, Set<string>>; // "ns|k=v" → service keys (every selector pair)
	slicesByService: Map<string, Set<string>>; // "ns|svc" → slice keys
	podsPerNode: Map<string, number>;
	/** What the pods bound to each node request, in the scheduler's units (pod-resources.ts): node → resource → amount. */
	requestedPerNode: Map<string, Map<string, number>>;
	/** Pod spec → its requests in scheduling units, so a status write does not parse quantities again. */
	requestsBySpec: WeakMap<object, ReadonlyArray<readonly [string, number]>>;
	/** Bound pods with required pod anti-affinity: they keep matching pods off their topology domain. */
	podsWithAntiAffinity: Set<string>;
	/** Unscheduled pods with required pod affinity: a pod bound anywhere may be the one they wait for. */
	unscheduledWithAffinity: Set<string>;
	hostNumbersByNode: Map<string, Set<number>>; // last octet of pod IPs held per node
	lastHostNumber: Map<string, number>; // last octet most recently handed out per node
	unscheduled: Set<string>;
	waitingForMounts: Map<string, Set<string>>; // ns → pod keys stuck in ContainerCreating
	loadBalancerIPs: Map<string, string>; // ip → service key
	loadBalancerSince: Map<string, number>; // service key → ms it was first seen waiting for an address
	pulledImages: Set<string>; // "node|image"
	/** The kubelet's memory of each pod's containers (kubelet-containers.ts): pod key → runtime. */
	podRuntimes: Map<string, PodRuntime>;
	/** Terminating pods the kubelet has signalled: pod key → when it removes them (pod-termination.ts). */
	podStops: Map<string, {uid: string; at: number}>;
	/** Each node's last Lease renewal and status report, in ms (node-heartbeat.ts). */
	nodeBeats: Map<string, {lease: number; status: number}>;
	/** When the API server puts back `default/kubernetes` (kubernetes-service.ts). */
	kubernetesServiceDue?: number;
	/** Work due at a simulated time: key → ms (readiness delays, the LB's one second). */
	deadlines: Map<string, {due: number; queue: DeadlineQueue}>;
	/** When a failing readiness probe next reports Unhealthy again: pod key → ms. */
	/** The events recorded about each object (uid, or kind|namespace|name), for the recorder's aggregation. */
	eventsByObject: Map<string, string[]>;
	/**
	 * One copy of each string events repeat ("Started container web", a moment's timestamp): 10,000
	 * pods record 50,000 events, and separate copies of the same texts cost tens of megabytes.
	 */
	eventTexts: Map<string, string>;
	/** One frozen `source` per component and node, shared by the events they record. */
	eventSources: Map<string, Readonly<{component: string; host?: string}>>;
	eventSeq: number;
	/** Events in the order they were last touched, for the API server's one-hour event TTL. */
	eventLog: Array<{ms: number; namespace: string; name: string}>;
	eventLogHead: number;
	creationSeq: Map<string, number>; // pod uid → order created (scale-down removes newest)
	nextCreationSeq: number;
	/** Pod uid → names of the Services of its namespace when its containers started (service-environment.ts). */
	servicesAtStart: Map<string, ReadonlyArray<Readonly<KubeObject>>>;
	/**
	 * Status writes a controller made about its own object (a pod's status by the kubelet, a
	 * ReplicaSet's status by its controller): they need not come back to that same controller.
	 */
	ownWrites: WeakSet<object>;
	queues: WorkQueues;
}

/** A fresh memory, for a new cluster. */
export function newControllerState(): ControllerState {
	return {
		cursor: 0,
		timeShiftMs: 0,
		objects: new Map(),
		uids: new Map(),
		dependents: new Map(),
		podsByNamespace: new Map(),
		replicaSetsByNamespace: new Map(),
		podLabels: new Map(),
		servicesBySelector: new Map(),
		slicesByService: new Map(),
		podsPerNode: new Map(),
		requestedPerNode: new Map(),
		requestsBySpec: new WeakMap(),
		podsWithAntiAffinity: new Set(),
		unscheduledWithAffinity: new Set(),
		hostNumbersByNode: new Map(),
		lastHostNumber: new Map(),
		unscheduled: new Set(),
		waitingForMounts: new Map(),
		loadBalancerIPs: new Map(),
		loadBalancerSince: new Map(),
		pulledImages: new Set(),
		podRuntimes: new Map(),
		podStops: new Map(),
		nodeBeats: new Map(),
		deadlines: new Map(),
		eventsByObject: new Map(),
		eventTexts: new Map(),
		eventSources: new Map(),
		eventSeq: 0,
		eventLog: [],
		eventLogHead: 0,
		creationSeq: new Map(),
		nextCreationSeq: 0,
		servicesAtStart: new Map(),
		ownWrites: new WeakSet(),
		queues: emptyQueues(),
	};
}

function emptyQueues(): WorkQueues {
	return {
		deployments: new Set(),
		replicaSets: new Set(),
		statefulSets: new Set(),
		daemonSets: new Set(),
		jobs: new Set(),
		cronJobs: new Set(),
		schedule: new Set(),
		kubelet: new Set(),
		services: new Set(),
		loadBalancers: new Set(),
		namespacesAdded: new Set(),
		namespacesRemoved: new Set(),
		removedUids: [],
		mirrorPods: [],
		ingress: false,
		apiServer: new Set(),
		taintedNodes: new Set(),
	};
}

export function hasWork(state: ControllerState): boolean {
	const q = state.queues;
	return (
		q.deployments.size + q.replicaSets.size + q.statefulSets.size + q.daemonSets.size + q.jobs.size + q.cronJobs.size + q.schedule.size + q.kubelet.size +
			q.services.size + q.loadBalancers.size + q.namespacesAdded.size + q.namespacesRemoved.size + q.removedUids.length + q.mirrorPods.length + q.apiServer.size + q.taintedNodes.size >
			0 || q.ingress
	);
}

export function simMs(timestamp: string | undefined): number | undefined {
	if (!timestamp) return undefined;
	const ms = SimClock.toSimMs(timestamp);
	return Number.isNaN(ms) ? undefined : ms;
}

/** Takes a queue's keys in a stable order and empties it. */
export function drain(queue: Set<string>): string[] {
	const keys = [...queue].sort();
	queue.clear();
	return keys;
}

export function scheduleAt(state: ControllerState, key: string, due: number, queue: DeadlineQueue): void {
	const existing = state.deadlines.get(key);
	if (!existing || existing.due > due || existing.queue !== queue) state.deadlines.set(key, {due, queue});
}

/** Moves work whose time has come into its queue. */
export function releaseDeadlines(state: ControllerState, now: number): void {
	for (const [key, deadline] of state.deadlines) {
		if (deadline.due <= now) {
			state.deadlines.delete(key);
			state.queues[deadline.queue].add(key);
		}
	}
}

export function nextDeadline(state: ControllerState): number | undefined {
	let next: number | undefined;
	for (const {due} of state.deadlines.values()) if (next === undefined || due < next) next = due;
	return next;
}

