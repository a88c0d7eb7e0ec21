/** Reading a pod's state the way the controllers judge it. */
import type {Pod} from '../kube-object.js';

export function isPodReady(pod: Readonly<Pod>): boolean {
	return pod.status?.conditions?.some(c => c.type === 'Ready' && c.status === 'True') ?? false;
}

export function isTerminal(pod: Readonly<Pod>): boolean {
	return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

export function isScheduled(pod: Readonly<Pod>): boolean {
	return Boolean(pod.spec?.nodeName);
}
