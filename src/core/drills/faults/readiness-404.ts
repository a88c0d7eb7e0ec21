/**
 * A readinessProbe on a path the server does not have: nginx answers /healthz with 404, so the
 * pods never become ready and the Service has no ready endpoint.
 */
import type {FaultKind} from '../drill-fault.js';
import {patchContainer, resourceOf} from './fault-commands.js';
import {controlled, resolve, targetsWhere} from './target-filters.js';

const MISSING_PATHS = ['/healthz', '/ready', '/health', '/status'] as const;

export const readiness404: FaultKind = {
	kind: 'readiness-404',
	title: 'a readinessProbe on a path that answers 404',
	hides: true,
	// nginx serves only its own files, so any other path answers 404; other images answer every path.
	targets: app => targetsWhere(app, ({workload}) => controlled(workload) && workload.container.image.startsWith('nginx') && workload.container.ports.length > 0),
	apply(app, target, random) {
		const {workload} = resolve(app, target);
		if (!workload) throw new Error('readiness-404 needs a workload');
		const port = workload.container.ports[0].containerPort;
		const path = random.pick(MISSING_PATHS);
		workload.container.readinessProbe = {path, port};
		const ns = workload.namespace;
		return {
			kind: 'readiness-404',
			what: `${resourceOf(workload)}'s readinessProbe asks nginx for ${path}, which answers 404, so its pods are never ready`,
			hints: [
				`The pods run, but are they ready? kubectl get pods -n ${ns} (READY), then kubectl describe pod for its events`,
				'A pod joins its Service only once its readinessProbe passes; an HTTP probe passes on a status from 200 to 399, and nginx answers 404 for a file it does not have.',
				`Probe a path the server answers: kubectl patch ${resourceOf(workload)} -n ${ns} -p '{"spec":{"template":{"spec":{"containers":[{"name":"${workload.container.name}","readinessProbe":{"httpGet":{"path":"/","port":${port}}}}]}}}}'`,
			],
			repair: patchContainer(workload, {readinessProbe: {httpGet: {path: '/', port}}}),
			slots: [`Workload/${workload.name}.readinessProbe`],
		};
	},
};
