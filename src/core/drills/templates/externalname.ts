/** An ExternalName Service giving an outside API a name inside the cluster. */
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';
import {clientPod} from './client-pod.js';

export const externalName: DrillTemplate = {
	id: 'externalname',
	title: 'an ExternalName Service for an outside API',
	minWorkers: 1,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const name = pickName(random, ['partner-api', 'upstream', 'vendor', 'legacy-api']);
		const target = random.pick(['api.example.com', 'db.example.com', 'example.org']);
		return appModel({
			template: 'externalname',
			description: `the ${name} alias for ${target} in namespace ${namespace}`,
			namespace,
			workloads: [clientPod('worker', namespace, {app: 'worker'})],
			services: [{name, namespace, type: 'ExternalName', externalName: target, ports: []}],
			requests: [
				{
					from: {kind: 'pod', namespace, pod: 'worker'},
					fromText: `pod worker in namespace ${namespace}`,
					url: `http://${name}/`,
					command: `kubectl exec -n ${namespace} worker -- curl -s -H 'Host: ${target}' http://${name}/`,
					host: target,
					namespace,
				},
			],
			targets: [{service: name}],
			nodes: [...nodes],
		});
	},
};
