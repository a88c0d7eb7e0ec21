/** A new release relabelled the pods (tier), and the Service still selects the old label. */
import type {FaultKind} from '../drill-fault.js';
import {patchPodSpec, resourceOf} from './fault-commands.js';
import {controlled, resolve, targetsWhere} from './target-filters.js';

export const labelDrift: FaultKind = {
	kind: 'label-drift',
	title: "pod labels drifted from the Service's selector",
	hides: false,
	targets: app => targetsWhere(app, ({service, workload}) => controlled(workload) && service.selector?.tier !== undefined && workload.extraLabels.tier === service.selector.tier),
	apply(app, target, random) {
		const {service, workload} = resolve(app, target);
		if (!workload) throw new Error('label-drift needs a workload');
		const right = workload.extraLabels.tier;
		const wrong = random.pick([`${right}-v2`, `${right}s`, `new-${right}`]);
		workload.extraLabels.tier = wrong;
		const ns = workload.namespace;
		return {
			kind: 'label-drift',
			what: `the pods of ${resourceOf(workload)} are now labelled tier=${wrong}; Service ${service.name} still selects tier=${right}`,
			hints: [
				`Put Service ${service.name}'s selector beside the labels its pods carry: kubectl get pods -n ${ns} --show-labels`,
				'A selector matches a pod only when every one of its keys has the same value on the pod; a relabelled pod template drops the pods out of the Service.',
				`kubectl patch ${resourceOf(workload)} -n ${ns} -p '{"spec":{"template":{"metadata":{"labels":{"tier":"${right}"}}}}}' (or change the Service's selector to match)`,
			],
			repair: patchPodSpec(workload, {}, {labels: {tier: right}}),
			slots: [`Workload/${workload.name}.labels`],
		};
	},
};
