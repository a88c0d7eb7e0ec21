/** The Service became a ClusterIP: nothing on the nodes answers for it, so the laptop cannot reach it. */
import type {FaultKind} from '../drill-fault.js';
import {mergePatch} from './fault-commands.js';
import {resolve, targetsWhere} from './target-filters.js';

export const unreachableType: FaultKind = {
	kind: 'unreachable-type',
	title: 'a Service type the user cannot reach from where they are',
	hides: false,
	targets: app => targetsWhere(app, ({service}) => service.type === 'NodePort' && app.requests.some(request => request.from.kind === 'laptop' && request.service === service.name)),
	apply(app, target) {
		const {service} = resolve(app, target);
		const port = service.ports[0];
		const nodePort = port.nodePort;
		const policy = service.externalTrafficPolicy;
		service.type = 'ClusterIP';
		delete port.nodePort;
		delete service.externalTrafficPolicy;
		const ns = service.namespace;
		return {
			kind: 'unreachable-type',
			what: `Service ${service.name} is a ClusterIP, reachable only inside the cluster; the users call port ${nodePort} of a node from outside`,
			hints: [
				`What type is Service ${service.name}, and which ports does it open on the nodes? kubectl get svc ${service.name} -n ${ns}`,
				"A ClusterIP is a virtual address inside the cluster; from outside (the laptop) only a NodePort or LoadBalancer Service answers, on the nodes' addresses.",
				`kubectl patch service ${service.name} -n ${ns} -p '{"spec":{"type":"NodePort","externalTrafficPolicy":"${policy ?? 'Cluster'}","ports":[{"port":${port.port},"nodePort":${nodePort}}]}}'`,
			],
			repair: mergePatch(`service ${service.name}`, ns, {spec: {type: 'NodePort', ...(policy ? {externalTrafficPolicy: policy} : {}), ports: [{port: port.port, nodePort}]}}),
			// Its repair patches the port by number, so no other fault may renumber it.
			slots: [`Service/${service.name}.nodePort`, `Service/${service.name}.port`, `Service/${service.name}.type`],
		};
	},
};
