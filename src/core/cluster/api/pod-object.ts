import type {Container, KubeObject, PodSpec} from '../kube-object.js';
import {defaultPodSpec} from './pod-defaults.js';

/**
 * What a Pod gets on create beyond PodSpec defaults: the admission plugins' additions
 * (ServiceAccount, Priority, DefaultTolerationSeconds), enableServiceLinks, and a Pending status
 * with its QoS class. Exported for the controllers, whose Pods skip the API server.
 */
export function defaultPodObject(pod: KubeObject): void {
	const spec = (pod.spec ??= {containers: []}) as PodSpec & Record<string, unknown>;
	defaultPodSpec(spec);
	spec.enableServiceLinks ??= true;
	spec.serviceAccountName ||= 'default';
	spec.serviceAccount ||= spec.serviceAccountName;
	spec.priority ??= 0;
	spec.preemptionPolicy ||= 'PreemptLowerPriority';
	const tolerations = (spec.tolerations ??= []);
	for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
		if (!tolerations.some(toleration => toleration.key === key)) {
			tolerations.push({key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300});
		}
	}
}

export function podStatusOnCreate(spec: PodSpec): Record<string, unknown> {
	return {phase: 'Pending', qosClass: qosClass(spec.containers ?? [])};
}

/** Guaranteed when every container's cpu and memory limits equal requests; BestEffort with none at all. */
function qosClass(containers: Container[]): string {
	const all = containers.map(container => container.resources ?? {});
	const any = all.some(resources => Object.keys(resources.requests ?? {}).length + Object.keys(resources.limits ?? {}).length > 0);
	if (!any) return 'BestEffort';
	const guaranteed = all.every(resources =>
		['cpu', 'memory'].every(name => {
			const limit = resources.limits?.[name];
			const request = resources.requests?.[name] ?? limit;
			return limit !== undefined && String(limit) === String(request);
		}),
	);
	return guaranteed ? 'Guaranteed' : 'Burstable';
}
