/** The Service's targetPort names a container port no container has. */
import type {FaultKind} from '../drill-fault.js';
import {jsonPatch} from './fault-commands.js';
import {forwardsPorts, resolve, targetsWhere} from './target-filters.js';

export const portName: FaultKind = {
	kind: 'port-name',
	title: 'a targetPort naming a port the pods do not have',
	hides: false,
	targets: app => targetsWhere(app, ({service, workload}) => forwardsPorts(service) && workload !== undefined && workload.container.ports.some(port => port.name)),
	apply(app, target, random) {
		const {service, workload} = resolve(app, target);
		const port = service.ports[0];
		const right = port.targetPort ?? port.port;
		const names = new Set(workload?.container.ports.map(p => p.name));
		const wrong = random.pick(['web', 'http-web', 'app', 'https', 'api'].filter(name => !names.has(name)));
		port.targetPort = wrong;
		const ns = service.namespace;
		return {
			kind: 'port-name',
			what: `Service ${service.name} forwards to the port named ${wrong}; the pods' container port is named ${[...names].join(', ')}`,
			hints: [
				`Service ${service.name} selects its pods but lists no endpoint for them: kubectl get endpointslices -n ${ns} -l kubernetes.io/service-name=${service.name} and kubectl describe svc ${service.name} -n ${ns}`,
				'A targetPort can name a container port; a pod without a port of that name gets no endpoint in the Service.',
				`kubectl get pod -n ${ns} -l app=${workload?.selector.app} -o jsonpath='{.items[0].spec.containers[0].ports}', then kubectl patch service ${service.name} -n ${ns} --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":${JSON.stringify(right)}}]'`,
			],
			repair: jsonPatch(`service ${service.name}`, ns, [{op: 'replace', path: '/spec/ports/0/targetPort', value: right}]),
			slots: [`Service/${service.name}.targetPort`],
		};
	},
};
