/** The pod a template's user works from: curl in a pod that sleeps, as `kubectl run` would start it. */
import type {WorkloadModel} from '../drill-app.js';

export function clientPod(name: string, namespace: string, labels: Record<string, string> = {run: name}): WorkloadModel {
	return {
		kind: 'Pod',
		name,
		namespace,
		selector: labels,
		extraLabels: {},
		replicas: 1,
		container: {name, image: 'curlimages/curl:8.10.1', command: ['sleep', 'infinity'], ports: []},
	};
}
