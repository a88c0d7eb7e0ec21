/** `kubectl annotate TYPE NAME k=v k2- [--overwrite]`: `service/web annotated`. */
import {setOwn} from '../../api/own-property.js';
import {qualifiedSingular} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {resolveTargets} from '../resolve-targets.js';
import {storeMetadataMap} from '../store-metadata-map.js';

const isChange = (arg: string) => arg.includes('=') || (arg.endsWith('-') && !arg.includes('/'));

export const annotateCommand: KubectlCommand = {
	name: 'annotate',
	short: 'Update the annotations on a resource',
	flags: [...FILE_FLAGS, {name: 'overwrite', type: 'bool'}, {name: 'all', type: 'bool'}, {name: 'list', type: 'bool'}, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG],
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
			const refused = dryRun ? undefined : storeMetadataMap(context.env.cluster, object, 'annotations', annotations);
			if (refused) {
				out.err(refused);
				failed = true;
				continue;
			}
			out.out(`${qualifiedSingular(type)}/${object.metadata.name} annotated${dryRun ? ' (dry run)' : ''}\n`);
		}
		for (const error of resolved.errors) out.err(error);
		return out.done(failed || resolved.errors.length > 0 ? 1 : 0);
	},
};
