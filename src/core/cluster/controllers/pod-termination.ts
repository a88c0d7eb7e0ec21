/**
 * The kubelet's side of graceful deletion (docs/simulation.md, "Graceful deletion"): a pod
 * marked for deletion gets SIGTERM in each running container (a Killing event each); once every
 * process has ended — at once for those that handle SIGTERM, at the end of the grace period
 * (SIGKILL) for a PID 1 that ignores it (container-process.ts) — the kubelet removes the pod
 * object. A shorter grace period from a second delete brings the end forward.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Pod} from '../kube-object.js';
import {stopsOnSigterm} from './container-process.js';
import {fullImageName} from './container-image.js';
import {type ControllerState, scheduleAt} from './controller-state.js';
import {nowMs} from './controller-clock.js';
import {recordEvent} from './events.js';
import {lookUpImage} from './image-catalogue.js';

type PodObject = Pod & KubeObject;

export function terminatePod(cluster: Cluster, state: ControllerState, key: string, pod: Readonly<PodObject>): void {
	const now = nowMs(cluster);
	const uid = pod.metadata.uid ?? '';
	const graceMs = (pod.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
	let stop = state.podStops.get(key);
	if (!stop || stop.uid !== uid) {
		const running = runningContainers(state, key, pod);
		for (const name of running) {
			recordEvent(cluster, pod, {type: 'Normal', reason: 'Killing', message: `Stopping container ${name}`, component: 'kubelet', host: pod.spec?.nodeName, fieldPath: `spec.containers{${name}}`});
		}
		const runtime = state.podRuntimes.get(key);
		// A process that ignores SIGTERM still ends by itself if it was about to (`sleep 5`).
		const ends = running.map(name => (endsOnSigterm(pod, name) ? now : Math.min(now + graceMs, runtime?.containers.get(name)?.exitAt ?? Infinity)));
		state.podStops.set(key, (stop = {uid, at: Math.max(now, ...ends)}));
	} else {
		stop.at = Math.min(stop.at, now + graceMs);
	}
	if (now < stop.at) {
		scheduleAt(state, key, stop.at, 'kubelet');
		return;
	}
	state.podStops.delete(key);
	state.podRuntimes.delete(key);
	cluster.store.remove('Pod', pod.metadata.namespace, pod.metadata.name);
}

/** App containers whose process is up now, by the kubelet's own memory of them. */
function runningContainers(state: ControllerState, key: string, pod: Readonly<PodObject>): string[] {
	const runtime = state.podRuntimes.get(key);
	if (!runtime || runtime.uid !== pod.metadata.uid) return [];
	return (pod.spec?.containers ?? []).map(c => c.name).filter(name => runtime.containers.get(name)?.phase === 'running');
}

function endsOnSigterm(pod: Readonly<PodObject>, name: string): boolean {
	const container = pod.spec?.containers.find(c => c.name === name);
	if (!container) return true;
	const found = lookUpImage(fullImageName(container.image ?? ''));
	const image = found.found ? found.image : {size: 0, entrypoint: [], cmd: []};
	return stopsOnSigterm(container, image);
}
