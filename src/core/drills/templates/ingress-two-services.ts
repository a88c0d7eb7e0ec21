/** ingress-nginx (installed as lesson 7 does) routing one host's two paths to two Services. */
import type {DrillRequest, ServiceModel, WorkloadModel} from '../drill-app.js';
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';

const CONTROLLER = '{lbIP:ingress-nginx/ingress-nginx-controller}';

export const ingressTwoServices: DrillTemplate = {
	id: 'ingress-two-services',
	title: 'an Ingress in front of two Services',
	minWorkers: 1,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const host = `${pickName(random, ['shop', 'store', 'market', 'books'])}.example.com`;
		const [first, second] = random.pick([
			['cart', 'catalog'],
			['orders', 'search'],
			['api', 'static'],
		]);
		const workload = (name: string): WorkloadModel => ({kind: 'Deployment', name, namespace, selector: {app: name}, extraLabels: {tier: 'web'}, replicas: 2, container: {name: 'echo', image: 'hashicorp/http-echo:1.0', args: [`-text=${name}`], ports: [{name: 'http', containerPort: 5678}]}});
		const service = (name: string): ServiceModel => ({name, namespace, type: 'ClusterIP', selector: {app: name, tier: 'web'}, ports: [{port: 80, targetPort: 5678}]});
		const request = (name: string): DrillRequest => ({
			from: {kind: 'laptop'},
			fromText: 'your laptop',
			url: `http://${CONTROLLER}/${name}/items`,
			command: `curl -H 'Host: ${host}' http://<EXTERNAL-IP of ingress-nginx-controller>/${name}/items`,
			host,
			service: name,
			namespace,
			via: 'Ingress',
		});
		return appModel({
			template: 'ingress-two-services',
			description: `${host}, served by ingress-nginx from namespace ${namespace}`,
			namespace,
			workloads: [workload(first), workload(second)],
			services: [service(first), service(second)],
			ingresses: [
				{
					name: host.split('.')[0],
					namespace,
					className: 'nginx',
					host,
					paths: [first, second].map(name => ({path: `/${name}`, pathType: 'Prefix' as const, service: name, port: 80})),
				},
			],
			ingressController: true,
			requests: [request(first), request(second)],
			targets: [{service: first, workload: first}, {service: second, workload: second}],
			nodes: [...nodes],
		});
	},
};
