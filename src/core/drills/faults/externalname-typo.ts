/** The ExternalName points at a name that does not exist: lookups end in NXDOMAIN. */
import type {FaultKind} from '../drill-fault.js';
import {typo} from '../drill-fault.js';
import {mergePatch} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

export const externalNameTypo: FaultKind = {
	kind: 'externalname-typo',
	title: 'an ExternalName that does not resolve',
	hides: true,
	targets: app => targetsWhere(app, ({service}) => service.type === 'ExternalName'),
	apply(app, target, random) {
		const {service} = resolve(app, target);
		const right = service.externalName as string;
		const [first, ...rest] = right.split('.');
		const wrong = random.int(2) === 0 ? [typo(first, random), ...rest].join('.') : [first, typo(rest[0], random), ...rest.slice(1)].join('.');
		service.externalName = wrong;
		const ns = service.namespace;
		return {
			kind: 'externalname-typo',
			what: `Service ${service.name} is an alias for ${wrong}, a name that does not exist; it should be ${right}`,
			hints: [
				`What does the name resolve to from a pod? kubectl exec -n ${ns} worker -- nslookup ${service.name}`,
				"An ExternalName Service is only a DNS alias (a CNAME): the cluster's DNS answers with the external name, and that name must itself resolve.",
				`kubectl patch service ${service.name} -n ${ns} -p '{"spec":{"externalName":"${right}"}}'`,
			],
			repair: mergePatch(`service ${service.name}`, ns, {spec: {externalName: right}}),
			slots: [`Service/${service.name}.externalName`],
		};
	},
};
