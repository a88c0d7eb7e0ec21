/** A frontend pod calling a backend Deployment through its Service on a port of its own. */
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';

export const frontendBackend: DrillTemplate = {
	id: 'frontend-backend',
	title: 'a frontend calling a backend Service',
	minWorkers: 1,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const backend = pickName(random, ['api', 'backend', 'orders-api', 'catalog']);
		const port = random.pick([8080, 8000, 9090]);
		return appModel({
			template: 'frontend-backend',
			description: `the frontend and Service ${backend} behind it, in namespace ${namespace}`,
			namespace,
			workloads: [
				{kind: 'Deployment', name: backend, namespace, selector: {app: backend}, extraLabels: {tier: 'backend'}, replicas: 2, container: {name: 'echo', image: 'hashicorp/http-echo:1.0', args: [`-text=${backend} ok`], ports: [{name: 'http', containerPort: 5678}]}},
				{kind: 'Pod', name: 'frontend', namespace, selector: {app: 'frontend'}, extraLabels: {tier: 'frontend'}, replicas: 1, container: {name: 'nginx', image: 'nginx:1.27', ports: [{name: 'http', containerPort: 80}]}},
			],
			services: [{name: backend, namespace, type: 'ClusterIP', selector: {app: backend, tier: 'backend'}, ports: [{port, targetPort: 5678}]}],
			requests: [
				{
					from: {kind: 'pod', namespace, pod: 'frontend'},
					fromText: `the frontend pod in namespace ${namespace}`,
					url: `http://${backend}:${port}/`,
					command: `kubectl exec -n ${namespace} frontend -- curl -s http://${backend}:${port}/`,
					service: backend,
					namespace,
				},
			],
			targets: [{service: backend, workload: backend}],
			nodes: [...nodes],
		});
	},
};
