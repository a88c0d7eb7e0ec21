/** An Ingress path made Exact, so the pages under it (`/cart/items`) answer 404. */
import type {FaultKind} from '../drill-fault.js';
import {jsonPatch} from './fault-commands.js';
import {mustRoute, routedTargets} from './ingress-targets.js';

export const ingressPathType: FaultKind = {
	kind: 'ingress-path-type',
	title: 'a wrong pathType on an Ingress path',
	hides: false,
	targets: routedTargets,
	apply(app, target) {
		const {ingress, path, index} = mustRoute(app, target);
		const right = path.pathType;
		path.pathType = 'Exact';
		const ns = ingress.namespace;
		return {
			kind: 'ingress-path-type',
			what: `Ingress ${ingress.name}'s path ${path.path} has pathType Exact, so ${path.path}/items matches no rule`,
			hints: [
				`Read the rules of Ingress ${ingress.name}: kubectl describe ingress ${ingress.name} -n ${ns}`,
				'pathType Exact matches only that exact path; Prefix matches the path and everything under it, element by element.',
				`kubectl patch ingress ${ingress.name} -n ${ns} --type=json -p '[{"op":"replace","path":"/spec/rules/0/http/paths/${index}/pathType","value":"${right}"}]'`,
			],
			repair: jsonPatch(`ingress ${ingress.name}`, ns, [{op: 'replace', path: `/spec/rules/0/http/paths/${index}/pathType`, value: right}]),
			slots: [`Ingress/${ingress.name}.paths.${index}.pathType`],
		};
	},
};
