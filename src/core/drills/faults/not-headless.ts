/** The StatefulSet's Service got a ClusterIP: the per-pod names (`db-0.db`) no longer exist. */
import type {FaultKind} from '../drill-fault.js';
import {applyCommand, serviceManifest} from '../drill-manifests.js';
import {resolve, targetsWhere} from './target-filters.js';

export const notHeadless: FaultKind = {
	kind: 'not-headless',
	title: "a StatefulSet's Service that is not headless",
	hides: true,
	targets: app => targetsWhere(app, ({service, workload}) => service.headless === true && workload?.kind === 'StatefulSet'),
	apply(app, target) {
		const {service, workload} = resolve(app, target);
		service.headless = false;
		const ns = service.namespace;
		return {
			kind: 'not-headless',
			what: `Service ${service.name} has a ClusterIP, so DNS has no per-pod records such as ${workload?.name}-0.${service.name}; a StatefulSet's governing Service must be headless`,
			hints: [
				`Look at the CLUSTER-IP of Service ${service.name}: kubectl get svc ${service.name} -n ${ns}`,
				"Only a headless Service (clusterIP: None) gets a DNS record for each pod of its StatefulSet (pod-0.service); a Service with a ClusterIP gets one record for that address.",
				`clusterIP cannot be changed: kubectl delete service ${service.name} -n ${ns}, then apply it again with clusterIP: None`,
			],
			repair: `kubectl delete service ${service.name} -n ${ns}\n${applyCommand([serviceManifest({...service, headless: true})])}`,
			slots: [`Service/${service.name}.*`],
		};
	},
};
