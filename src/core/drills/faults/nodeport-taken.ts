/** Another team's Service holds the NodePort the app's Service asks for, so the app's was refused. */
import type {FaultKind} from '../drill-fault.js';
import {applyCommand, serviceManifest} from '../drill-manifests.js';
import {mergePatch} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

export const nodePortTaken: FaultKind = {
	kind: 'nodeport-taken',
	title: 'a NodePort taken by another Service',
	hides: true,
	targets: app => targetsWhere(app, ({service}) => service.type === 'NodePort' && service.ports[0]?.nodePort !== undefined),
	apply(app, target, random) {
		const {service} = resolve(app, target);
		const nodePort = service.ports[0].nodePort as number;
		const team = random.pick(['legacy', 'reporting', 'metrics']);
		const other = `${team}-${service.name}`;
		const free = nodePort + random.between(1, 50);
		app.before.push(
			{apiVersion: 'v1', kind: 'Namespace', metadata: {name: team}},
			{apiVersion: 'v1', kind: 'Service', metadata: {name: other, namespace: team}, spec: {type: 'NodePort', selector: {app: other}, ports: [{port: 80, nodePort}]}},
		);
		return {
			kind: 'nodeport-taken',
			what: `Service ${other} in namespace ${team} holds NodePort ${nodePort}, so Service ${service.name} was refused ("provided port is already allocated") and does not exist`,
			hints: [
				`Does Service ${service.name} exist? kubectl get svc -A`,
				'A NodePort is one number for the whole cluster: the API server refuses a second Service asking for a port already allocated.',
				`Move the other Service to another port (kubectl patch service ${other} -n ${team} -p '{"spec":{"ports":[{"port":80,"nodePort":${free}}]}}'), then apply Service ${service.name} again`,
			],
			repair: `${mergePatch(`service ${other}`, team, {spec: {ports: [{port: 80, nodePort: free}]}})}${applyCommand([serviceManifest(service)])}`,
			slots: [`Service/${service.name}.*`],
		};
	},
};
