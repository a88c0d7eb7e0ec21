/** A NetworkPolicy admits only a monitoring label to the app's pods: every user's connection is dropped. */
import type {FaultKind} from '../drill-fault.js';
import {podLabels} from '../drill-app.js';
import {resolve, targetsWhere} from './target-filters.js';

export const policyBlocksApp: FaultKind = {
	kind: 'policy-blocks-app',
	title: 'a NetworkPolicy that blocks the app',
	hides: false,
	targets: app => targetsWhere(app, ({workload}) => workload !== undefined && workload.kind !== 'Pod'),
	apply(app, target, random) {
		const {workload} = resolve(app, target);
		if (!workload) throw new Error('policy-blocks-app needs a workload');
		const name = `${workload.name}-${random.pick(['only-monitoring', 'lockdown', 'restrict'])}`;
		const ns = app.namespace;
		app.after.push({
			apiVersion: 'networking.k8s.io/v1',
			kind: 'NetworkPolicy',
			metadata: {name, namespace: ns},
			spec: {podSelector: {matchLabels: {app: podLabels(workload).app}}, policyTypes: ['Ingress'], ingress: [{from: [{podSelector: {matchLabels: {role: 'monitoring'}}}]}]},
		});
		return {
			kind: 'policy-blocks-app',
			what: `NetworkPolicy ${name} isolates the pods of ${workload.name} and admits only pods labelled role=monitoring, so every user's connection is dropped`,
			hints: [
				`The Service has endpoints, yet requests time out: is something filtering? kubectl get networkpolicy -n ${ns}`,
				'A pod selected by a NetworkPolicy with policyTypes Ingress accepts only what one of its rules allows; everything else is dropped (a timeout, not a refusal).',
				`kubectl describe networkpolicy ${name} -n ${ns}; delete it (kubectl delete networkpolicy ${name} -n ${ns}) or allow the users' traffic`,
			],
			repair: `kubectl delete networkpolicy ${name} -n ${ns}\n`,
			slots: [`NetworkPolicy/${name}.*`],
		};
	},
};
