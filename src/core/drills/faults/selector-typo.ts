/** The Service's selector has a misspelt app label: it selects no pod. */
import type {FaultKind} from '../drill-fault.js';
import {typo} from '../drill-fault.js';
import {mergePatch} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

export const selectorTypo: FaultKind = {
	kind: 'selector-typo',
	title: "a typo in a Service's selector",
	hides: false,
	targets: app => targetsWhere(app, ({service}) => service.selector?.app !== undefined),
	apply(app, target, random) {
		const {service} = resolve(app, target);
		const selector = service.selector as Record<string, string>;
		const right = selector.app;
		const wrong = typo(right, random);
		selector.app = wrong;
		const ns = service.namespace;
		return {
			kind: 'selector-typo',
			what: `Service ${service.name} selects app=${wrong}; its pods are labelled app=${right}`,
			hints: [
				`Ask Service ${service.name} which pods it found: kubectl get endpointslices -n ${ns} -l kubernetes.io/service-name=${service.name}`,
				"A Service sends traffic to the pods whose labels match every key of its selector; one wrong letter matches no pod at all.",
				`Compare kubectl get svc ${service.name} -n ${ns} -o jsonpath='{.spec.selector}' with kubectl get pods -n ${ns} --show-labels, then kubectl patch service ${service.name} -n ${ns} -p '{"spec":{"selector":{"app":"…"}}}'`,
			],
			repair: mergePatch(`service ${service.name}`, ns, {spec: {selector: {app: right}}}),
			slots: [`Service/${service.name}.selector`],
		};
	},
};
