/**
 * The kubelet of every node: gives a bound pod its IP from the node's /24 (see allocateIP; the
 * node IP for hostNetwork pods), runs its init containers one by one to completion
 * (init-containers.ts), then its app containers (kubelet-containers.ts), and keeps the Ready
 * condition following the probes (probes.ts). A pod whose Secret or ConfigMap volume does not
 * exist stays ContainerCreating with a FailedMount event until the object appears.
 */
import type {ContainerStatus, PodCondition, Volume} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {nodeByName} from '../topology.js';
import {fullImageName, imageID} from './container-image.js';
import {advanceContainer, type ContainerRuntime, killContainer, podRuntime, reportedState} from './kubelet-containers.js';
import {type ControllerState, scheduleAt, simMs} from './controller-state.js';
import {nowMs, nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {putIfPartChanged, splitKey} from './object-meta.js';
import {isTerminal} from './pod-status.js';
import {advanceInitContainers, type InitProgress} from './init-containers.js';
import {advanceProbes} from './probes.js';
import {recordServicesAtStart} from './service-environment.js';
import {terminatePod} from './pod-termination.js';

type PodObject = Pod & KubeObject;

export function syncPodOnNode(cluster: Cluster, state: ControllerState, key: string): void {
	const {namespace, name} = splitKey(key);
	const pod = cluster.store.peek<PodObject>('Pod', namespace, name);
	const nodeName = pod?.spec?.nodeName;
	const node = nodeName ? nodeByName(nodeName) : undefined;
	if (!pod) state.podRuntimes.delete(key);
	if (!pod || !node || isTerminal(pod) || !cluster.store.has('Node', undefined, node.name)) return;
	if (pod.metadata.deletionTimestamp) {
		terminatePod(cluster, state, key, pod);
		return;
	}
	const missing = missingVolumeSource(cluster, pod);
	if (missing) {
		waitForMount(cluster, state, key, pod, node.internalIP, missing);
		return;
	}
	state.waitingForMounts.get(namespace)?.delete(key);
	run(cluster, state, key, pod, node.name, node.internalIP, node.podPrefix);
}

/**
 * A deleted mirror pod comes straight back (new uid, new age): the static pod itself never
 * stopped, its manifest lives on the node. Not when the node itself is gone.
 */
export function restoreMirrorPod(cluster: Cluster, mirror: Readonly<KubeObject>): void {
	const pod = mirror as Readonly<PodObject>;
	const node = pod.spec?.nodeName;
	const namespace = pod.metadata.namespace ?? '';
	if (!node || !cluster.store.has('Node', undefined, node) || !cluster.store.has('Namespace', undefined, namespace)) return;
	if (cluster.store.has('Pod', pod.metadata.namespace, pod.metadata.name)) return;
	const owner = cluster.store.peek('Node', undefined, node);
	cluster.store.save({
		...pod,
		metadata: {
			...pod.metadata,
			uid: cluster.random.uid(),
			creationTimestamp: nowTimestamp(cluster),
			ownerReferences: owner ? [{apiVersion: 'v1', controller: true, kind: 'Node', name: node, uid: owner.metadata.uid ?? ''}] : pod.metadata.ownerReferences,
		},
		status: {phase: 'Pending', qosClass: pod.status?.qosClass},
	} as PodObject);
}

interface MissingSource {
	volume: string;
	kind: 'secret' | 'configmap';
	name: string;
}

function missingVolumeSource(cluster: Cluster, pod: Readonly<PodObject>): MissingSource | undefined {
	const namespace = pod.metadata.namespace;
	const check = (volume: Readonly<Volume>): MissingSource | undefined => {
		if (volume.secret?.secretName && !volume.secret.optional && !cluster.store.has('Secret', namespace, volume.secret.secretName)) {
			return {volume: volume.name, kind: 'secret', name: volume.secret.secretName};
		}
		if (volume.configMap?.name && !volume.configMap.optional && !cluster.store.has('ConfigMap', namespace, volume.configMap.name)) {
			return {volume: volume.name, kind: 'configmap', name: volume.configMap.name};
		}
		for (const source of volume.projected?.sources ?? []) {
			if (source.secret?.name && !source.secret.optional && !cluster.store.has('Secret', namespace, source.secret.name)) {
				return {volume: volume.name, kind: 'secret', name: source.secret.name};
			}
			if (source.configMap?.name && !source.configMap.optional && !cluster.store.has('ConfigMap', namespace, source.configMap.name)) {
				return {volume: volume.name, kind: 'configmap', name: source.configMap.name};
			}
		}
		return undefined;
	};
	for (const volume of pod.spec?.volumes ?? []) {
		const missing = check(volume);
		if (missing) return missing;
	}
	return undefined;
}

function waitForMount(cluster: Cluster, state: ControllerState, key: string, pod: Readonly<PodObject>, hostIP: string, missing: MissingSource): void {
	const namespace = pod.metadata.namespace ?? '';
	let waiting = state.waitingForMounts.get(namespace);
	if (!waiting) state.waitingForMounts.set(namespace, (waiting = new Set()));
	waiting.add(key);
	const now = nowTimestamp(cluster);
	const previous = pod.status?.conditions ?? [];
	const names = (pod.spec?.containers ?? []).map(c => c.name);
	const notReady = `containers with unready status: [${names.join(' ')}]`;
	const status: NonNullable<Pod['status']> = {
		...pod.status,
		phase: 'Pending',
		hostIP,
		hostIPs: [{ip: hostIP}],
		startTime: pod.status?.startTime ?? now,
		conditions: [
			condition(previous, 'PodReadyToStartContainers', 'False', now),
			condition(previous, 'Initialized', 'True', now),
			condition(previous, 'Ready', 'False', now, 'ContainersNotReady', notReady),
			condition(previous, 'ContainersReady', 'False', now, 'ContainersNotReady', notReady),
			condition(previous, 'PodScheduled', 'True', now),
		],
		containerStatuses: (pod.spec?.containers ?? []).map(container => ({
			image: container.image ?? '',
			imageID: '',
			lastState: {},
			name: container.name,
			ready: false,
			restartCount: 0,
			started: false,
			state: {waiting: {reason: 'ContainerCreating'}},
		})),
	};
	if (putIfPartChanged(cluster, {...pod, status} as PodObject, pod, 'status', state.ownWrites)) {
		recordEvent(cluster, pod, {
			type: 'Warning',
			reason: 'FailedMount',
			message: `MountVolume.SetUp failed for volume "${missing.volume}" : ${missing.kind} "${missing.name}" not found`,
			component: 'kubelet',
			host: pod.spec?.nodeName,
		});
	}
}

function run(cluster: Cluster, state: ControllerState, key: string, pod: Readonly<PodObject>, node: string, hostIP: string, podPrefix: string): void {
	const now = nowTimestamp(cluster);
	const nowValue = nowMs(cluster);
	const podIP = pod.spec?.hostNetwork ? hostIP : pod.status?.podIP ?? allocateIP(state, node, podPrefix);
	const runtime = podRuntime(state, key, pod);
	const step = {cluster, state, key, pod, node};
	const init = advanceInitContainers(step, runtime);
	if (init.current < (pod.spec?.initContainers ?? []).length) {
		initializing(cluster, state, pod, podIP, hostIP, init);
		return;
	}
	const started = {...pod, status: {...pod.status, podIP}} as PodObject;
	const unready: string[] = [];
	let startedNow = false;
	const runtimes: ContainerRuntime[] = [];
	const containerStatuses: ContainerStatus[] = (pod.spec?.containers ?? []).map(container => {
		const before = runtime.containers.get(container.name)?.startedAt;
		let rt = advanceContainer(step, container, runtime);
		if (rt.startedAt !== before && rt.startedAt) startedNow = true;
		let containerState = reportedState(rt, pod, container, nowValue);
		let ready = false;
		let probedStart = true;
		// a container killed by its probe may start again at once (the first restart has no back-off)
		for (let attempt = 0; containerState.running && attempt < 3; attempt++) {
			const verdict = advanceProbes(cluster, started, container, rt, simMs(rt.startedAt) ?? nowValue, nowValue);
			const fieldPath = `spec.containers{${container.name}}`;
			for (const failure of verdict.failures) recordEvent(cluster, pod, {type: 'Warning', reason: 'Unhealthy', message: failure.message, component: 'kubelet', host: node, fieldPath});
			if (!verdict.kill) {
				ready = verdict.ready;
				probedStart = verdict.started;
				if (verdict.nextAt !== undefined) scheduleAt(state, key, verdict.nextAt, 'kubelet');
				break;
			}
			recordEvent(cluster, pod, {type: 'Normal', reason: 'Killing', message: `Container ${container.name} failed ${verdict.kill} probe, will be restarted`, component: 'kubelet', host: node, fieldPath});
			killContainer(step, container, rt);
			rt = advanceContainer(step, container, runtime);
			containerState = reportedState(rt, pod, container, nowValue);
		}
		runtimes.push(rt);
		if (!ready) unready.push(container.name);
		const lastTerminated = containerState.waiting && rt.phase === 'exited' ? rt.terminated : rt.lastTerminated;
		return {
			...(rt.containerID ? {containerID: rt.containerID} : {}),
			image: rt.containerID ? fullImageName(container.image ?? '') : container.image ?? '',
			imageID: rt.containerID ? imageID(container.image ?? '') : '',
			lastState: lastTerminated ? {terminated: lastTerminated} : {},
			name: container.name,
			ready,
			restartCount: rt.restartCount,
			started: Boolean(containerState.running) && probedStart,
			state: containerState,
		};
	});
	const phase = podPhase(runtimes);
	const previousConditions = pod.status?.conditions ?? [];
	const notReady = unready.length > 0 ? `containers with unready status: [${unready.join(' ')}]` : undefined;
	const readyStatus = notReady ? 'False' : 'True';
	const reason = phase === 'Succeeded' || phase === 'Failed' ? 'PodCompleted' : notReady && 'ContainersNotReady';
	const status: NonNullable<Pod['status']> = {
		...pod.status,
		phase,
		hostIP,
		hostIPs: [{ip: hostIP}],
		podIP,
		podIPs: [{ip: podIP}],
		startTime: pod.status?.startTime ?? now,
		conditions: [
			condition(previousConditions, 'PodReadyToStartContainers', 'True', now),
			condition(previousConditions, 'Initialized', 'True', now),
			condition(previousConditions, 'Ready', readyStatus, now, reason, phase === 'Succeeded' || phase === 'Failed' ? undefined : notReady),
			condition(previousConditions, 'ContainersReady', readyStatus, now, reason, phase === 'Succeeded' || phase === 'Failed' ? undefined : notReady),
			condition(previousConditions, 'PodScheduled', 'True', now),
		],
		containerStatuses,
	};
	if (pod.spec?.initContainers?.length) status.initContainerStatuses = init.statuses;
	putIfPartChanged(cluster, {...pod, status} as PodObject, pod, 'status', state.ownWrites);
	if (startedNow && !state.servicesAtStart.has(pod.metadata.uid ?? '')) recordServicesAtStart(cluster, pod);
}

/**
 * Pending until every container has started once; Succeeded or Failed once all have exited for
 * good (Failed when any exited non-zero); Running otherwise, crash loops included.
 */
function podPhase(runtimes: readonly ContainerRuntime[]): 'Pending' | 'Running' | 'Succeeded' | 'Failed' {
	if (runtimes.length === 0) return 'Running'; // a pod without containers (the API refuses them) has nothing to finish
	if (runtimes.some(rt => rt.startedAt === undefined)) return 'Pending';
	const done = runtimes.every(rt => rt.phase === 'exited' && rt.restartAt === undefined);
	if (!done) return 'Running';
	return runtimes.every(rt => rt.terminated?.exitCode === 0) ? 'Succeeded' : 'Failed';
}

/**
 * The pod while init container `current` has not completed: Pending (Failed once it failed for
 * good), `Init:<current>/<n>` or `Init:Error`, app containers PodInitializing.
 */
function initializing(cluster: Cluster, state: ControllerState, pod: Readonly<PodObject>, podIP: string, hostIP: string, init: InitProgress): void {
	const now = nowTimestamp(cluster);
	const previous = pod.status?.conditions ?? [];
	const inits = pod.spec?.initContainers ?? [];
	const names = (pod.spec?.containers ?? []).map(c => c.name);
	const incomplete = `containers with incomplete status: [${inits.slice(init.current).map(c => c.name).join(' ')}]`;
	const notReady = `containers with unready status: [${names.join(' ')}]`;
	const status: NonNullable<Pod['status']> = {
		...pod.status,
		phase: init.failed ? 'Failed' : 'Pending',
		hostIP,
		hostIPs: [{ip: hostIP}],
		podIP,
		podIPs: [{ip: podIP}],
		startTime: pod.status?.startTime ?? now,
		conditions: [
			condition(previous, 'PodReadyToStartContainers', 'True', now),
			condition(previous, 'Initialized', 'False', now, 'ContainersNotInitialized', incomplete),
			condition(previous, 'Ready', 'False', now, 'ContainersNotReady', notReady),
			condition(previous, 'ContainersReady', 'False', now, 'ContainersNotReady', notReady),
			condition(previous, 'PodScheduled', 'True', now),
		],
		initContainerStatuses: init.statuses,
		containerStatuses: (pod.spec?.containers ?? []).map(container => ({
			image: fullImageName(container.image ?? ''),
			imageID: '',
			lastState: {},
			name: container.name,
			ready: false,
			restartCount: 0,
			started: false,
			state: {waiting: {reason: 'PodInitializing'}},
		})),
	};
	putIfPartChanged(cluster, {...pod, status} as PodObject, pod, 'status', state.ownWrites);
}

/**
 * Like the host-local IPAM plugin kindnet uses: the lowest free host number (≥ 2) above the last
 * one handed out on the node, wrapping round; so a replacement pod gets a new IP, and an IP still
 * held is never handed out twice.
 */
function allocateIP(state: ControllerState, node: string, podPrefix: string): string {
	let used = state.hostNumbersByNode.get(node);
	if (!used) state.hostNumbersByNode.set(node, (used = new Set()));
	const last = state.lastHostNumber.get(node) ?? 1;
	let host = 0;
	for (let candidate = last + 1; candidate <= 254 && !host; candidate++) if (!used.has(candidate)) host = candidate;
	for (let candidate = 2; candidate <= last && !host; candidate++) if (!used.has(candidate)) host = candidate;
	if (!host) host = 254; // the /24 is full; real pods would fail to start
	used.add(host);
	state.lastHostNumber.set(node, host);
	return `${podPrefix}.${host}`;
}

function condition(previous: readonly PodCondition[], type: string, status: string, now: string, reason?: string, message?: string): PodCondition {
	const before = previous.find(c => c.type === type);
	const lastTransitionTime = before && before.status === status ? before.lastTransitionTime : now;
	return {
		lastProbeTime: null as unknown as string,
		lastTransitionTime,
		...(message ? {message} : {}),
		...(reason ? {reason} : {}),
		status,
		type,
	};
}
