/** Finding the pod `exec`/`run` talk to, and waiting (in simulated time) for it to run. */
import type {Cluster} from '../cluster.js';
import {advanceTime, settle} from '../controllers/settle.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {typeForName} from '../resource-types.js';
import type {KubectlContext} from './command.js';
import {matchesSelector, type Requirement} from './label-selector.js';
import {findObject, notFoundMessage} from './select-objects.js';

export type StoredPod = Pod & KubeObject;

/** `count`: how many pods the object selects (kubectl logs says `Found 3 pods, using pod/…`). */
export type PodLookup = {ok: true; pod: StoredPod; count: number} | {ok: false; message: string};

/** `POD`, `pod/POD`, `deploy/web`, `svc/web`, … → one pod (the first by name, as kubectl picks). */
export function findPod(context: KubectlContext, target: string): PodLookup {
	const {cluster} = context.env;
	const slash = target.indexOf('/');
	const typeWord = slash === -1 ? 'pods' : target.slice(0, slash);
	const name = slash === -1 ? target : target.slice(slash + 1);
	const type = typeForName(typeWord);
	if (!type) return {ok: false, message: `error: the server doesn't have a resource type "${typeWord}"\n`};
	const object = findObject(cluster, type, context.namespace, name);
	if (!object) return {ok: false, message: notFoundMessage(type, name)};
	if (type.kind === 'Pod') return {ok: true, pod: object as StoredPod, count: 1};
	const selector = podSelector(object);
	if (!selector) return {ok: false, message: `error: cannot attach to ${type.singular}: selector for ${type.singular} not implemented\n`};
	const pods = (cluster.store.view('Pod', context.namespace) as readonly StoredPod[]).filter(pod => matchesSelector(selector, pod.metadata.labels as Record<string, string> | undefined) && !pod.metadata.deletionTimestamp);
	if (pods.length === 0) return {ok: false, message: `error: no pods found for ${type.singular} ${name}\n`};
	const running = pods.find(pod => pod.status?.phase === 'Running') ?? pods[0];
	return {ok: true, pod: structuredClone(running) as StoredPod, count: pods.length};
}

function podSelector(object: KubeObject): Requirement[] | undefined {
	const spec = (object.spec ?? {}) as {selector?: Record<string, string> | {matchLabels?: Record<string, string>}};
	const raw = object.kind === 'Service' || object.kind === 'ReplicationController' ? (spec.selector as Record<string, string> | undefined) : (spec.selector as {matchLabels?: Record<string, string>} | undefined)?.matchLabels;
	if (!raw || Object.keys(raw).length === 0) return undefined;
	return Object.entries(raw).map(([key, value]) => ({key, op: 'in' as const, values: [value]}));
}

export function isRunning(pod: Readonly<Pod> | undefined): boolean {
	return pod?.status?.phase === 'Running' && Boolean(pod.status.podIP);
}

/** Lets simulated time pass (at most `limitSeconds`) until the pod runs, as kubectl run/attach waits. */
export function waitForRunning(cluster: Cluster, namespace: string, name: string, limitSeconds = 60): StoredPod | undefined {
	// The pod was just created in this same command: the controllers take it up before the first look.
	settle(cluster);
	for (let second = 0; second <= limitSeconds; second++) {
		const pod = cluster.store.get<StoredPod>('Pod', namespace, name);
		if (!pod) return undefined;
		if (isRunning(pod)) return pod;
		if (pod.status?.phase === 'Failed' || pod.status?.phase === 'Succeeded') return undefined;
		if (second < limitSeconds) advanceTime(cluster, 1000);
	}
	return undefined;
}

export const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'ash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/zsh', '/usr/bin/bash']);
