/** The Ingress names no class, and no IngressClass is the default: ingress-nginx ignores it. */
import type {FaultKind} from '../drill-fault.js';
import {mergePatch} from './fault-commands.js';
import {mustRoute, routedTargets} from './ingress-targets.js';

export const missingIngressClass: FaultKind = {
	kind: 'missing-ingress-class',
	title: 'an Ingress without ingressClassName',
	hides: true,
	targets: app => routedTargets(app).slice(0, 1),
	apply(app, target) {
		const {ingress} = mustRoute(app, target);
		const right = ingress.className;
		delete ingress.className;
		const ns = ingress.namespace;
		return {
			kind: 'missing-ingress-class',
			what: `Ingress ${ingress.name} has no ingressClassName and the cluster has no default IngressClass, so ingress-nginx never serves it`,
			hints: [
				`Does the controller know Ingress ${ingress.name}? kubectl get ingress -n ${ns} (look at CLASS and ADDRESS)`,
				'An ingress controller serves only the Ingresses of its class: spec.ingressClassName, or the IngressClass marked as the cluster default. ingress-nginx answers 404 for hosts no Ingress of its class names.',
				`kubectl patch ingress ${ingress.name} -n ${ns} -p '{"spec":{"ingressClassName":"${right}"}}'`,
			],
			repair: mergePatch(`ingress ${ingress.name}`, ns, {spec: {ingressClassName: right}}),
			slots: [`Ingress/${ingress.name}.class`],
		};
	},
};
