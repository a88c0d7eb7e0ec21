/** The Service was moved to another port, and its clients still call the old one. */
import type {FaultKind} from '../drill-fault.js';
import {jsonPatch} from './fault-commands.js';
import {forwardsPorts, resolve, targetsWhere} from './target-filters.js';

export const servicePort: FaultKind = {
	kind: 'service-port',
	title: 'the Service on another port than its clients call',
	hides: false,
	targets: app => targetsWhere(app, ({service}) => forwardsPorts(service) && service.type === 'ClusterIP'),
	apply(app, target, random) {
		const {service} = resolve(app, target);
		const port = service.ports[0];
		const right = port.port;
		const wrong = random.pick([8081, 8443, 8888, 9000, 7000].filter(candidate => candidate !== right));
		port.port = wrong;
		if (port.targetPort === undefined) port.targetPort = right;
		const ns = service.namespace;
		return {
			kind: 'service-port',
			what: `Service ${service.name} listens on port ${wrong}; its clients call port ${right}`,
			hints: [
				`Look at the port Service ${service.name} offers: kubectl get svc ${service.name} -n ${ns}`,
				"A ClusterIP answers only on the Service's own ports (port); a connection to any other port of that address goes nowhere.",
				`kubectl patch service ${service.name} -n ${ns} --type=json -p '[{"op":"replace","path":"/spec/ports/0/port","value":${right}}]'`,
			],
			repair: jsonPatch(`service ${service.name}`, ns, [{op: 'replace', path: '/spec/ports/0/port', value: right}]),
			slots: [`Service/${service.name}.port`],
		};
	},
};
