/** A web Deployment behind a ClusterIP Service, used from a pod in the same namespace. */
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';
import {clientPod} from './client-pod.js';

export const webService: DrillTemplate = {
	id: 'web-service',
	title: 'a web Deployment behind a ClusterIP Service',
	minWorkers: 1,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const name = pickName(random, ['web', 'storefront', 'portal', 'site', 'www']);
		const tier = pickName(random, ['frontend', 'web', 'public']);
		const port = random.pick([80, 8080]);
		const client = pickName(random, ['client', 'toolbox', 'debug']);
		return appModel({
			template: 'web-service',
			description: `the ${name} site in namespace ${namespace}`,
			namespace,
			workloads: [
				{kind: 'Deployment', name, namespace, selector: {app: name}, extraLabels: {tier}, replicas: 2, container: {name: 'nginx', image: 'nginx:1.27', ports: [{name: 'http', containerPort: 80}]}},
				clientPod(client, namespace),
			],
			services: [{name, namespace, type: 'ClusterIP', selector: {app: name, tier}, ports: [{port, targetPort: 80}]}],
			requests: [
				{
					from: {kind: 'pod', namespace, pod: client},
					fromText: `pod ${client} in namespace ${namespace}`,
					url: `http://${name}${port === 80 ? '' : `:${port}`}/`,
					command: `kubectl exec -n ${namespace} ${client} -- curl -s http://${name}${port === 80 ? '' : `:${port}`}/`,
					service: name,
					namespace,
				},
			],
			targets: [{service: name, workload: name}],
			nodes: [...nodes],
		});
	},
};
