/** An Ingress backend names a port its Service does not have: ingress-nginx answers 503. */
import type {FaultKind} from '../drill-fault.js';
import {jsonPatch} from './fault-commands.js';
import {mustRoute, routedTargets} from './ingress-targets.js';

export const ingressBackendPort: FaultKind = {
	kind: 'ingress-backend-port',
	title: 'an Ingress backend on a port its Service lacks',
	hides: false,
	targets: routedTargets,
	apply(app, target, random) {
		const {ingress, path, index} = mustRoute(app, target);
		const right = path.port;
		const wrong = random.pick([8080, 5678, 443, 8000].filter(port => port !== right));
		path.port = wrong;
		const ns = ingress.namespace;
		return {
			kind: 'ingress-backend-port',
			what: `Ingress ${ingress.name} sends ${path.path} to port ${wrong} of Service ${path.service}, which only has port ${right}`,
			hints: [
				`Compare the backends of Ingress ${ingress.name} with the Services' ports: kubectl describe ingress ${ingress.name} -n ${ns}; kubectl get svc -n ${ns}`,
				"An Ingress backend names a Service and one of the Service's own ports (port, not the pods' targetPort); with no such port the controller has no upstream and answers 503.",
				`kubectl patch ingress ${ingress.name} -n ${ns} --type=json -p '[{"op":"replace","path":"/spec/rules/0/http/paths/${index}/backend/service/port/number","value":${right}}]'`,
			],
			repair: jsonPatch(`ingress ${ingress.name}`, ns, [{op: 'replace', path: `/spec/rules/0/http/paths/${index}/backend/service/port/number`, value: right}]),
			slots: [`Ingress/${ingress.name}.paths.${index}.port`],
		};
	},
};
