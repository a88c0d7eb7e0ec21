/** `kubectl scale --replicas=N deploy/web`: `deployment.apps/web scaled`. */
import {updateObject} from '../../api/api-server.js';
import {qualifiedSingular} from '../../resource-types.js';
import {SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets} from '../resolve-targets.js';

const SCALABLE: ReadonlySet<string> = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export const scaleCommand: KubectlCommand = {
	name: 'scale',
	short: 'Set a new size for a deployment, replica set, or replication controller',
	flags: [...FILE_FLAGS, {name: 'replicas', type: 'int'}, {name: 'current-replicas', type: 'int'}, SELECTOR_FLAG, {name: 'all', type: 'bool'}, {name: 'timeout', type: 'string'}],
	run: context => {
		const out = new Output();
		if (!context.flags.has('replicas')) return out.err('error: required flag(s) "replicas" not set\n').done(1);
		const replicas = context.flags.int('replicas', -1);
		if (replicas < 0) return out.err('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n').done(1);
		const resolved = resolveTargets(context, context.flags.args, true);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		let failed = resolved.errors.length > 0;
		for (const {type, object} of resolved.targets) {
			if (!SCALABLE.has(type.kind)) {
				out.err('Error from server (NotFound): the server could not find the requested resource\n');
				failed = true;
				continue;
			}
			const spec = (object.spec ?? {}) as Record<string, unknown>;
			const current = typeof spec.replicas === 'number' ? spec.replicas : 1;
			if (context.flags.has('current-replicas') && context.flags.int('current-replicas', -1) !== current) {
				out.err(`error: Expected replicas to be ${context.flags.int('current-replicas', -1)}, was ${current}\n`);
				failed = true;
				continue;
			}
			const result = updateObject(context.env.cluster, {...object, spec: {...spec, replicas}});
			if (!result.ok) {
				out.err(renderApiError(result.error));
				failed = true;
				continue;
			}
			out.out(`${qualifiedSingular(type)}/${object.metadata.name} scaled\n`);
		}
		for (const error of resolved.errors) out.err(error);
		return out.done(failed ? 1 : 0);
	},
};
