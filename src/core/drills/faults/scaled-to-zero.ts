/** Someone scaled the workload to zero replicas. */
import type {FaultKind} from '../drill-fault.js';
import {resourceOf} from './fault-commands.js';
import {controlled, resolve, targetsWhere} from './target-filters.js';

export const scaledToZero: FaultKind = {
	kind: 'scaled-to-zero',
	title: 'the workload scaled to zero',
	hides: true,
	targets: app => targetsWhere(app, ({workload}) => controlled(workload)),
	apply(app, target) {
		const {workload} = resolve(app, target);
		if (!workload) throw new Error('scaled-to-zero needs a workload');
		const right = workload.replicas;
		workload.replicas = 0;
		const ns = workload.namespace;
		return {
			kind: 'scaled-to-zero',
			what: `${resourceOf(workload)} was scaled to 0 replicas; it runs ${right}`,
			hints: [
				`How many pods does ${resourceOf(workload)} want, and how many run? kubectl get ${workload.kind.toLowerCase()} -n ${ns}`,
				'A workload with no pods leaves its Service with no endpoints: the ClusterIP rejects connections.',
				`kubectl scale ${resourceOf(workload).replace(' ', '/')} -n ${ns} --replicas=${right}`,
			],
			repair: `kubectl scale ${resourceOf(workload).replace(' ', '/')} -n ${ns} --replicas=${right}\n`,
			slots: [`Workload/${workload.name}.replicas`],
		};
	},
};
