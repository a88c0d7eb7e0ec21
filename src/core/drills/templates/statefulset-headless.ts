/** A StatefulSet with its headless Service, whose first pod is reached by its own DNS name. */
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';
import {clientPod} from './client-pod.js';

export const statefulsetHeadless: DrillTemplate = {
	id: 'statefulset-headless',
	title: 'a StatefulSet and its headless Service',
	minWorkers: 1,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const name = pickName(random, ['store', 'ledger', 'cache', 'docs']);
		const url = `http://${name}-0.${name}/`;
		return appModel({
			template: 'statefulset-headless',
			description: `the ${name} StatefulSet in namespace ${namespace}`,
			namespace,
			workloads: [
				{kind: 'StatefulSet', name, namespace, serviceName: name, selector: {app: name}, extraLabels: {tier: 'data'}, replicas: 2, container: {name: 'nginx', image: 'nginx:1.27', ports: [{name: 'http', containerPort: 80}]}},
				clientPod('client', namespace),
			],
			services: [{name, namespace, type: 'ClusterIP', headless: true, selector: {app: name, tier: 'data'}, ports: [{name: 'http', port: 80, targetPort: 80}]}],
			requests: [
				{
					from: {kind: 'pod', namespace, pod: 'client'},
					fromText: `pod client in namespace ${namespace}`,
					url,
					command: `kubectl exec -n ${namespace} client -- curl -s ${url}`,
					service: name,
					namespace,
				},
			],
			targets: [{service: name, workload: name}],
			nodes: [...nodes],
		});
	},
};
