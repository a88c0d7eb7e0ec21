/**
 * One app container's life on its node, as the kubelet and containerd live it (docs/simulation.md,
 * "Containers"): the image pull (seconds on the node's first pull, none once the node has it;
 * ErrImagePull then ImagePullBackOff, 10 s doubling to 300 s, when the registry says no), then
 * Created and Started, then the process (container-process.ts) until it exits; a restart after
 * the crash-loop back-off (the first restart at once, then 10 s doubling to 5 min, forgotten after
 * 10 min without a crash) when the restart policy asks for one. The kubelet's memory of each
 * container is kept in the cluster's controller state, keyed by pod.
 */
import type {ContainerState} from 'kubernetes-types/core/v1.js';
import type {Cluster} from '../cluster.js';
import type {Container, KubeObject, Pod} from '../kube-object.js';
import {fullImageName, imageSizeOf, pullDurationMs, goDuration, pullPolicy} from './container-image.js';
import {containerProcess, type ContainerProcess} from './container-process.js';
import {type ControllerState, scheduleAt} from './controller-state.js';
import {nowMs, nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {objectKey} from './object-meta.js';
import {lookUpImage} from './image-catalogue.js';
import type {ContainerRuntime, PodRuntime} from './container-runtime.js';

export type {ContainerRuntime} from './container-runtime.js';

type PodObject = Pod & KubeObject;

const BACKOFF_START_MS = 10_000;
const BACKOFF_MAX_MS = 300_000;
/** A failed pull shows ErrImagePull until the pod worker's next sync shows the back-off. */
const PULL_FAILURE_SHOWN_MS = 1_000;
/**
 * A pull that succeeds completes within the moment the pod starts (its event still reports the
 * time containerd would take): lessons and checks expect a pod Running right after apply, and
 * batch scripts do not wait for pulls (docs/simulation.md, "Not modelled yet").
 */
const PULL_WAIT_MS = 0;
/** How long resolving a reference takes before the registry says no. */
const FAILED_PULL_MS = 800;

export function podRuntime(state: ControllerState, key: string, pod: Readonly<PodObject>): PodRuntime {
	const uid = pod.metadata.uid ?? '';
	let runtime = state.podRuntimes.get(key);
	if (!runtime || runtime.uid !== uid) state.podRuntimes.set(key, (runtime = {uid, containers: new Map()}));
	return runtime;
}

export interface Step {
	cluster: Cluster;
	state: ControllerState;
	key: string;
	pod: Readonly<PodObject>;
	node: string;
	/** An init container: it runs once to completion and is restarted only after a failure. */
	init?: boolean;
	/** An init container looping until a Service is there (init-wait.ts): it runs until told. */
	waitsForService?: boolean;
}

/** Brings one container up to the present moment; its status `state`, as the kubelet reports it. */
export function advanceContainer(step: Step, container: Readonly<Container>, runtime: PodRuntime): ContainerRuntime {
	let rt = runtime.containers.get(container.name);
	if (!rt) runtime.containers.set(container.name, (rt = {phase: 'pull', restartCount: 0, pullBackoffMs: 0, crashBackoffMs: 0, logs: ''}));
	for (let guard = 0; guard < 16; guard++) if (!transition(step, container, rt)) break;
	return rt;
}

function transition(step: Step, container: Readonly<Container>, rt: ContainerRuntime): boolean {
	const {cluster, state, key, node} = step;
	const now = nowMs(cluster);
	const image = container.image ?? '';
	const event = (type: 'Normal' | 'Warning', reason: string, message: string) =>
		recordEvent(cluster, step.pod, {type, reason, message, component: 'kubelet', host: node, fieldPath: `spec.${step.init ? 'initContainers' : 'containers'}{${container.name}}`});
	switch (rt.phase) {
		case 'pull': {
			const present = state.pulledImages.has(`${node}|${fullImageName(image)}`);
			const policy = pullPolicy(image, container.imagePullPolicy);
			if (policy === 'Never' && !present) {
				const message = `Container image "${image}" is not present with pull policy of Never`;
				event('Warning', 'ErrImageNeverPull', message);
				event('Warning', 'Failed', 'Error: ErrImageNeverPull');
				rt.phase = 'neverPull';
				return false;
			}
			if (present && policy !== 'Always') {
				event('Normal', 'Pulled', `Container image "${image}" already present on machine`);
				rt.phase = 'create';
				return true;
			}
			event('Normal', 'Pulling', `Pulling image "${image}"`);
			const found = lookUpImage(fullImageName(image));
			rt.pullError = found.found ? undefined : pullError(image, found.why);
			rt.pullDoneAt = now + (found.found ? PULL_WAIT_MS : FAILED_PULL_MS);
			rt.phase = 'pulling';
			return true;
		}
		case 'pulling': {
			if (now < (rt.pullDoneAt ?? 0)) {
				scheduleAt(state, key, rt.pullDoneAt ?? now, 'kubelet');
				return false;
			}
			if (rt.pullError) {
				event('Warning', 'Failed', `Failed to pull image "${image}": ${rt.pullError}`);
				event('Warning', 'Failed', 'Error: ErrImagePull');
				rt.pullBackoffMs = rt.pullBackoffMs === 0 ? BACKOFF_START_MS : Math.min(rt.pullBackoffMs * 2, BACKOFF_MAX_MS);
				rt.pullFailedAt = now;
				rt.pullRetryAt = now + rt.pullBackoffMs;
				rt.pullBackoffShown = false;
				rt.phase = 'pullFailed';
				return true;
			}
			const took = goDuration(pullDurationMs(image, !state.pulledImages.has(`${node}|${fullImageName(image)}`)));
			event('Normal', 'Pulled', `Successfully pulled image "${image}" in ${took} (${took} including waiting). Image size: ${imageSizeOf(image)} bytes.`);
			state.pulledImages.add(`${node}|${fullImageName(image)}`);
			rt.phase = 'create';
			return true;
		}
		case 'pullFailed': {
			if (now >= (rt.pullRetryAt ?? 0)) {
				rt.phase = 'pull';
				return true;
			}
			const showAt = (rt.pullFailedAt ?? now) + PULL_FAILURE_SHOWN_MS;
			if (now >= showAt && !rt.pullBackoffShown) {
				event('Normal', 'BackOff', `Back-off pulling image "${image}"`);
				event('Warning', 'Failed', 'Error: ImagePullBackOff');
				rt.pullBackoffShown = true;
			}
			scheduleAt(state, key, rt.pullBackoffShown ? rt.pullRetryAt ?? now : showAt, 'kubelet');
			return false;
		}
		case 'neverPull':
			return false;
		case 'create': {
			event('Normal', 'Created', `Created container: ${container.name}`);
			event('Normal', 'Started', `Started container ${container.name}`);
			rt.containerID = `containerd://${randomHex(cluster)}`;
			rt.startedAt = nowTimestamp(cluster);
			const found = lookUpImage(fullImageName(image));
			const process: ContainerProcess = step.waitsForService ? {runs: 'forever', output: ''} : containerProcess(container, found.found ? found.image : {size: 0, entrypoint: [], cmd: []});
			rt.previousLogs = rt.restartCount > 0 || rt.terminated ? rt.logs : undefined;
			rt.logs = process.output;
			rt.exitAt = process.runs === 'exits' ? now + process.afterMs : undefined;
			rt.probes = undefined;
			rt.startedProbeAt = undefined;
			rt.exitCode = process.runs === 'exits' ? process.exitCode : undefined;
			rt.terminated = undefined;
			rt.phase = 'running';
			return true;
		}
		case 'running': {
			if (rt.exitAt === undefined) return false;
			if (now < rt.exitAt) {
				scheduleAt(state, key, rt.exitAt, 'kubelet');
				return false;
			}
			const exitCode = rt.exitCode ?? 0;
			rt.terminated = {
				containerID: rt.containerID,
				exitCode,
				finishedAt: nowTimestamp(cluster),
				reason: exitCode === 0 ? 'Completed' : 'Error',
				startedAt: rt.startedAt,
			};
			rt.phase = 'exited';
			rt.restartAt = restarts(step, exitCode) ? crashRestartAt(rt, now) : undefined;
			return true;
		}
		case 'exited': {
			if (rt.restartAt === undefined) return false;
			if (now < rt.restartAt) {
				if (!rt.backoffReported) event('Warning', 'BackOff', `Back-off restarting failed container ${container.name} in pod ${podRef(step.pod)}`);
				rt.backoffReported = true;
				scheduleAt(state, key, rt.restartAt, 'kubelet');
				return false;
			}
			if (rt.backoffReported) {
				rt.crashBackoffMs = Math.min(rt.crashBackoffMs * 2, BACKOFF_MAX_MS);
				rt.crashBackoffUpdated = now;
			}
			rt.backoffReported = false;
			rt.lastTerminated = rt.terminated;
			rt.restartCount++;
			rt.restartAt = undefined;
			rt.phase = 'pull';
			return true;
		}
	}
}

/**
 * The kubelet kills a container whose liveness or startup probe failed: it stops on SIGTERM
 * (nginx and httpd shut down cleanly and exit 0; anything else is shown killed, 137) and is
 * restarted unless the pod's restartPolicy is Never, after the crash-loop back-off.
 */
export function killContainer(step: Step, container: Readonly<Container>, rt: ContainerRuntime): void {
	const {cluster} = step;
	const exitCode = /(^|\/)(nginx|httpd)(:|@|$)/.test(container.image ?? '') ? 0 : 137;
	rt.terminated = {containerID: rt.containerID, exitCode, finishedAt: nowTimestamp(cluster), reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: rt.startedAt};
	rt.phase = 'exited';
	rt.exitAt = undefined;
	rt.restartAt = (step.pod.spec?.restartPolicy ?? 'Always') !== 'Never' ? crashRestartAt(rt, nowMs(cluster)) : undefined;
}

/**
 * Always restarts; OnFailure restarts a non-zero exit; Never never does. An init container is
 * restarted after a failure unless the policy is Never, and never after it completed.
 */
function restarts(step: Step, exitCode: number): boolean {
	const policy = step.pod.spec?.restartPolicy ?? 'Always';
	if (step.init) return exitCode !== 0 && policy !== 'Never';
	return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
}

/** An init container that waited for a Service sees it and exits 0. */
export function completeNow(step: Step, rt: ContainerRuntime): void {
	rt.terminated = {containerID: rt.containerID, exitCode: 0, finishedAt: nowTimestamp(step.cluster), reason: 'Completed', startedAt: rt.startedAt};
	rt.phase = 'exited';
	rt.exitAt = undefined;
	rt.restartAt = undefined;
}

/**
 * The kubelet's crash-loop back-off: no wait after the first exit, then the back-off window
 * (10 s, doubling on each restart, at most 5 min); a container that ran 10 min since the window was
 * last widened starts again from nothing.
 */
function crashRestartAt(rt: ContainerRuntime, now: number): number {
	if (rt.crashBackoffUpdated !== undefined && now - rt.crashBackoffUpdated > 2 * BACKOFF_MAX_MS) rt.crashBackoffMs = 0;
	if (rt.crashBackoffMs === 0) {
		rt.crashBackoffMs = BACKOFF_START_MS;
		rt.crashBackoffUpdated = now;
		return now;
	}
	return now + rt.crashBackoffMs;
}

/** The container's `state` as the kubelet reports it now. */
export function reportedState(rt: ContainerRuntime, pod: Readonly<PodObject>, container: Readonly<Container>, now: number): ContainerState {
	const image = container.image ?? '';
	switch (rt.phase) {
		case 'pull':
		case 'pulling':
		case 'create':
			return {waiting: {reason: 'ContainerCreating'}};
		case 'neverPull':
			return {waiting: {message: `Container image "${image}" is not present with pull policy of Never`, reason: 'ErrImageNeverPull'}};
		case 'pullFailed':
			if (!rt.pullBackoffShown) return {waiting: {message: rt.pullError, reason: 'ErrImagePull'}};
			return {waiting: {message: `Back-off pulling image "${image}": ErrImagePull: ${rt.pullError}`, reason: 'ImagePullBackOff'}};
		case 'running':
			return {running: {startedAt: rt.startedAt}};
		case 'exited':
			if (rt.restartAt !== undefined && rt.restartAt > now) {
				return {waiting: {message: `back-off ${goDuration(rt.crashBackoffMs)} restarting failed container=${container.name} pod=${podRef(pod)}`, reason: 'CrashLoopBackOff'}};
			}
			return {terminated: rt.terminated};
	}
}

function podRef(pod: Readonly<PodObject>): string {
	return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid ?? ''})`;
}

/** containerd's answer when a pull fails (what `Failed to pull image` and the waiting message carry). */
function pullError(image: string, why: 'NotFound' | 'denied'): string {
	const ref = fullImageName(image);
	if (why === 'NotFound') {
		return `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
	}
	return `rpc error: code = Unknown desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

function randomHex(cluster: Cluster): string {
	let out = '';
	for (let i = 0; i < 64; i++) out += cluster.random.int(16).toString(16);
	return out;
}

/**
 * What a container's process printed in its current run (or, with `previous`, the run before):
 * where `kubectl logs` reads from. Undefined when the container never started.
 */
export function containerOutput(cluster: Cluster, namespace: string, pod: string, container: string, previous = false): string | undefined {
	const rt = cluster.controllers.podRuntimes.get(objectKey('Pod', namespace, pod))?.containers.get(container);
	if (!rt?.startedAt) return undefined;
	return previous ? rt.previousLogs : rt.logs;
}
