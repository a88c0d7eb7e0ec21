/**
 * externalTrafficPolicy Local, and the only pod now runs on another node than the one the
 * laptop's users are sent to: that node drops the traffic (it has no local endpoint).
 */
import type {FaultKind} from '../drill-fault.js';
import {patchPodSpec, resourceOf} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

const HOSTNAME = 'kubernetes.io/hostname';

export const localTrafficElsewhere: FaultKind = {
	kind: 'local-traffic-elsewhere',
	title: 'externalTrafficPolicy Local with no local endpoint on the node used',
	hides: false,
	targets: app => targetsWhere(app, ({service, workload}) => service.externalTrafficPolicy === 'Local' && workload?.nodeSelector?.[HOSTNAME] !== undefined && app.nodes.length >= 2),
	apply(app, target, random) {
		const {service, workload} = resolve(app, target);
		const selector = workload?.nodeSelector;
		if (!workload || !selector) throw new Error('local-traffic-elsewhere needs a pinned workload');
		const right = selector[HOSTNAME];
		const wrong = random.pick(app.nodes.filter(node => node !== right));
		selector[HOSTNAME] = wrong;
		const ns = workload.namespace;
		return {
			kind: 'local-traffic-elsewhere',
			what: `Service ${service.name} has externalTrafficPolicy Local and its only pod runs on ${wrong}; users are sent to ${right}, which has no local endpoint and drops the traffic`,
			hints: [
				`On which node does the pod run, and which node do the users call? kubectl get pods -n ${ns} -o wide`,
				'With externalTrafficPolicy: Local a node forwards NodePort traffic only to pods on that same node (the client address is kept); a node without one drops it.',
				`Run the pod on ${right} again (its nodeSelector), or set externalTrafficPolicy: Cluster: kubectl patch ${resourceOf(workload)} -n ${ns} -p '{"spec":{"template":{"spec":{"nodeSelector":{"${HOSTNAME}":"${right}"}}}}}'`,
			],
			repair: patchPodSpec(workload, {nodeSelector: {[HOSTNAME]: right}}),
			slots: [`Workload/${workload.name}.nodeSelector`],
		};
	},
};
