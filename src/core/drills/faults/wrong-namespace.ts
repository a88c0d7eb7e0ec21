/** The workload was applied to the default namespace; the Service in the app's namespace has no pods. */
import type {FaultKind} from '../drill-fault.js';
import {applyCommand, workloadManifest} from '../drill-manifests.js';
import {resourceOf} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

export const wrongNamespace: FaultKind = {
	kind: 'wrong-namespace',
	title: 'the workload in the wrong namespace',
	hides: true,
	targets: app => targetsWhere(app, ({workload}) => workload?.kind === 'Deployment'),
	apply(app, target) {
		const {workload, service} = resolve(app, target);
		if (!workload) throw new Error('wrong-namespace needs a workload');
		const right = workload.namespace;
		workload.namespace = 'default';
		const repaired = workloadManifest({...workload, namespace: right});
		return {
			kind: 'wrong-namespace',
			what: `${resourceOf(workload)} was created in namespace default; Service ${service.name} is in ${right} and selects pods there`,
			hints: [
				`Where do the pods of ${resourceOf(workload)} run? kubectl get deployments -A`,
				"A Service selects pods in its own namespace only; the same labels in another namespace do not count.",
				`Delete it from default and apply it again in ${right}: kubectl get ${resourceOf(workload)} -n default -o yaml, change metadata.namespace, kubectl apply -f -`,
			],
			repair: `kubectl delete ${resourceOf(workload)} -n default\n${applyCommand([repaired])}`,
			slots: [`Workload/${workload.name}.*`],
		};
	},
};
