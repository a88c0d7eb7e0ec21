/** The Service forwards to a port the pods do not listen on. */
import type {FaultKind} from '../drill-fault.js';
import {jsonPatch} from './fault-commands.js';
import {forwardsPorts, resolve, targetsWhere} from './target-filters.js';

export const targetPort: FaultKind = {
	kind: 'target-port',
	title: 'a wrong targetPort',
	hides: false,
	targets: app => targetsWhere(app, ({service, workload}) => forwardsPorts(service) && workload !== undefined && typeof service.ports[0].targetPort === 'number'),
	apply(app, target, random) {
		const {service} = resolve(app, target);
		const port = service.ports[0];
		const right = port.targetPort as number;
		const wrong = random.pick([8080, 8000, 3000, 9000, 81].filter(candidate => candidate !== right));
		port.targetPort = wrong;
		const ns = service.namespace;
		return {
			kind: 'target-port',
			what: `Service ${service.name} forwards to targetPort ${wrong}; its pods listen on ${right}`,
			hints: [
				`Service ${service.name} has endpoints; look at the port they name: kubectl describe svc ${service.name} -n ${ns}`,
				"targetPort is the port on the pod that the Service forwards to; it must be a port the container listens on (its containerPort).",
				`kubectl patch service ${service.name} -n ${ns} --type=json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":${right}}]'`,
			],
			repair: jsonPatch(`service ${service.name}`, ns, [{op: 'replace', path: '/spec/ports/0/targetPort', value: right}]),
			slots: [`Service/${service.name}.targetPort`],
		};
	},
};
