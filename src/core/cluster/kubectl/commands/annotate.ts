import {setOwn} from '../../api/own-property.js';
/** `kubectl annotate TYPE NAME k=v k2- [--overwrite]`: `service/web annotated`. */
import {updateObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedSingular} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets} from '../resolve-targets.js';

const isChange = (arg: string) => arg.includes('=') || (arg.endsWith('-') && !arg.includes('/'));

export const annotateCommand: KubectlCommand = {
	name: 'annotate',
	short: 'Update the annotations on a resource',
	flags: [{name: 'overwrite', type: 'bool'}, {name: 'all', type: 'bool'}, {name: 'list', type: 'bool'}, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const changes = flags.args.filter(isChange);
		const set = new Map(changes.filter(arg => arg.includes('=')).map(arg => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] as const));
		const remove = changes.filter(arg => !arg.includes('=')).map(arg => arg.slice(0, -1));
		if ([...set.keys(), ...remove].some(key => key === '')) return out.err(`error: invalid annotation spec: ${changes.find(arg => arg.startsWith('=') || arg === '-')}\n`).done(1);
		if (!flags.bool('list') && changes.length === 0) return out.err('error: at least one annotation update is required\n').done(1);
		const resolved = resolveTargets(context, flags.args.filter(arg => !isChange(arg)), true);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		let failed = false;
		for (const {type, object} of resolved.targets) {
			const annotations: Record<string, string> = {...(object.metadata.annotations ?? {})};
			if (flags.bool('list')) {
				for (const key of Object.keys(annotations).sort()) out.out(`${key}=${annotations[key]}\n`);
				continue;
			}
			const clashes = [...set.keys()].filter(key => key in annotations && !flags.bool('overwrite'));
			if (clashes.length > 0) {
				out.err(`error: --overwrite is false but found the following declared annotation(s): ${clashes.map(key => `'${key}' already has a value (${annotations[key]})`).join('; ')}\n`);
				failed = true;
				continue;
			}
			for (const [key, value] of set) setOwn(annotations, key, value);
			for (const key of remove) delete annotations[key];
			const dryRun = flags.has('dry-run') && flags.string('dry-run') !== 'none';
			if (!dryRun) {
				// Go drops an empty map when it serialises the object
				const metadata: KubeObject['metadata'] = {...object.metadata, annotations};
				if (Object.keys(annotations).length === 0) delete metadata.annotations;
				const result = updateObject(context.env.cluster, {...object, metadata});
				if (!result.ok) {
					out.err(renderApiError(result.error));
					failed = true;
					continue;
				}
			}
			out.out(`${qualifiedSingular(type)}/${object.metadata.name} annotated${dryRun ? ' (dry run)' : ''}\n`);
		}
		for (const error of resolved.errors) out.err(error);
		return out.done(failed || resolved.errors.length > 0 ? 1 : 0);
	},
};
