/**
 * A NodePort Service with externalTrafficPolicy Local (the client's source address is kept), its
 * one pod pinned to the node the laptop's users are sent to.
 */
import type {DrillTemplate} from '../drill-template.js';
import {appModel, drillNamespace, pickName} from '../drill-template.js';

export const nodeportLocal: DrillTemplate = {
	id: 'nodeport-local',
	title: 'a NodePort with externalTrafficPolicy Local',
	minWorkers: 2,
	build(random, nodes) {
		const namespace = drillNamespace(random);
		const name = pickName(random, ['tracker', 'geo', 'audit', 'visits']);
		const node = random.pick(nodes);
		const nodePort = random.between(30100, 32700);
		const nodeIP = `{nodeIP:${node}}`;
		return appModel({
			template: 'nodeport-local',
			description: `${name} in namespace ${namespace}, on port ${nodePort} of ${node}`,
			namespace,
			workloads: [
				{kind: 'Deployment', name, namespace, selector: {app: name}, extraLabels: {tier: 'edge'}, replicas: 1, nodeSelector: {'kubernetes.io/hostname': node}, container: {name: 'nginx', image: 'nginx:1.27', ports: [{name: 'http', containerPort: 80}]}},
			],
			services: [{name, namespace, type: 'NodePort', externalTrafficPolicy: 'Local', selector: {app: name, tier: 'edge'}, ports: [{port: 80, targetPort: 80, nodePort}]}],
			requests: [
				{
					from: {kind: 'laptop'},
					fromText: 'your laptop',
					url: `http://${nodeIP}:${nodePort}/`,
					command: `curl http://<${node}'s InternalIP>:${nodePort}/`,
					service: name,
					namespace,
					via: 'NodePort',
				},
			],
			targets: [{service: name, workload: name}],
			nodes: [...nodes],
		});
	},
};
