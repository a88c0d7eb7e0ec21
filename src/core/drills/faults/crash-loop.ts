/** The container's command exits at once: the pods crash-loop and never become ready. */
import type {FaultKind} from '../drill-fault.js';
import {patchContainer, resourceOf} from './fault-commands.js';
import {controlled, resolve, targetsWhere} from './target-filters.js';

const CONFIG_FILES = ['/etc/app/config.yaml', '/config/settings.json', '/etc/nginx/conf.d/site.conf'] as const;

export const crashLoop: FaultKind = {
	kind: 'crash-loop',
	title: 'a command that exits (CrashLoopBackOff)',
	hides: true,
	// Only images with a shell: a distroless image could not even start `sh -c`.
	targets: app => targetsWhere(app, ({workload}) => controlled(workload) && workload.container.image.startsWith('nginx')),
	apply(app, target, random) {
		const {workload} = resolve(app, target);
		if (!workload) throw new Error('crash-loop needs a workload');
		const file = random.pick(CONFIG_FILES);
		workload.container.command = ['sh', '-c', `echo "loading ${file}: no such file or directory"; exit 1`];
		const ns = workload.namespace;
		return {
			kind: 'crash-loop',
			what: `${resourceOf(workload)}'s container runs a command that exits 1 at once, so it crash-loops; the image's own command serves the site`,
			hints: [
				`Look at the pods' STATUS and RESTARTS: kubectl get pods -n ${ns}`,
				'A container whose process exits is restarted with a growing back-off (CrashLoopBackOff) and is never ready, so no Service sends it traffic. kubectl logs shows what it printed.',
				`Remove the command that overrides the image's: kubectl patch ${resourceOf(workload)} -n ${ns} -p '{"spec":{"template":{"spec":{"containers":[{"name":"${workload.container.name}","command":null}]}}}}'`,
			],
			repair: patchContainer(workload, {command: null}),
			slots: [`Workload/${workload.name}.command`],
		};
	},
};
