/** An egress NetworkPolicy on the client allows TCP only: its DNS queries (UDP 53) are dropped. */
import type {FaultKind} from '../drill-fault.js';
import {podLabels} from '../drill-app.js';
import {jsonPatch} from './fault-commands.js';

export const policyBlocksDns: FaultKind = {
	kind: 'policy-blocks-dns',
	title: 'a NetworkPolicy that blocks DNS',
	hides: true,
	targets: app => (app.requests.some(request => request.from.kind === 'pod') ? app.targets.slice(0, 1) : []),
	apply(app) {
		const request = app.requests.find(candidate => candidate.from.kind === 'pod');
		const from = request?.from;
		const client = from?.kind === 'pod' ? app.workloads.find(workload => workload.name === from.pod) : undefined;
		if (!client) throw new Error('policy-blocks-dns needs a client pod');
		const name = `${client.name}-egress`;
		const ns = client.namespace;
		app.after.push({
			apiVersion: 'networking.k8s.io/v1',
			kind: 'NetworkPolicy',
			metadata: {name, namespace: ns},
			spec: {podSelector: {matchLabels: podLabels(client)}, policyTypes: ['Egress'], egress: [{ports: [{protocol: 'TCP', port: 1, endPort: 65535}]}]},
		});
		const dns = {ports: [{protocol: 'UDP', port: 53}, {protocol: 'TCP', port: 53}]};
		return {
			kind: 'policy-blocks-dns',
			what: `NetworkPolicy ${name} lets pod ${client.name} send TCP only, so its DNS queries (UDP port 53) to kube-dns are dropped and no name resolves`,
			hints: [
				`Does any name resolve from ${client.name}? kubectl exec -n ${ns} ${client.name} -- nslookup kubernetes.default`,
				'An egress policy that selects a pod allows only the traffic its rules list; DNS is traffic too: UDP (and TCP) port 53 to kube-dns in kube-system.',
				`Add a rule for port 53: kubectl patch networkpolicy ${name} -n ${ns} --type=json -p '[{"op":"add","path":"/spec/egress/-","value":${JSON.stringify(dns)}}]'`,
			],
			repair: jsonPatch(`networkpolicy ${name}`, ns, [{op: 'add', path: '/spec/egress/-', value: dns}]),
			slots: [`NetworkPolicy/${name}.*`],
		};
	},
};
