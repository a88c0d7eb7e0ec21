/** `kubectl label TYPE NAME k=v k2- [--overwrite]`: `service/web labeled`. */
import {setOwn} from '../../api/own-property.js';
import {qualifiedSingular} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, DRY_RUN_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, FILE_FLAGS, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {resolveTargets} from '../resolve-targets.js';
import {storeMetadataMap} from '../store-metadata-map.js';

interface LabelChanges {
	set: Record<string, string>;
	remove: string[];
}

export const labelCommand: KubectlCommand = {
	name: 'label',
	short: 'Update the labels on a resource',
	flags: [...FILE_FLAGS, {name: 'overwrite', type: 'bool'}, {name: 'all', type: 'bool'}, {name: 'list', type: 'bool'}, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, OUTPUT_FLAG, DRY_RUN_FLAG],
	run: context => {
		const out = new Output();
		const args = context.flags.args;
		const resourceArgs = args.filter(arg => !isLabelArg(arg));
		const labelArgs = args.filter(isLabelArg);
		const changes = parseLabelArgs(labelArgs);
		if (typeof changes === 'string') return out.err(`error: ${changes}\n`).done(1);
		if (!context.flags.bool('list') && labelArgs.length === 0) return out.err('error: at least one label update is required\n').done(1);
		const resolved = resolveTargets(context, resourceArgs, true);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		let failed = false;
		for (const {type, object} of resolved.targets) {
			const label = `${qualifiedSingular(type)}/${object.metadata.name}`;
			const labels = {...(object.metadata.labels ?? {})};
			if (context.flags.bool('list')) {
				for (const key of Object.keys(labels).sort()) out.out(`${key}=${labels[key]}\n`);
				continue;
			}
			if (!context.flags.bool('overwrite')) {
				const clash = Object.keys(changes.set).find(key => key in labels);
				if (clash) {
					out.err(`error: '${clash}' already has a value (${labels[clash]}), and --overwrite is false\n`);
					failed = true;
					continue;
				}
			}
			let changed = false;
			for (const [key, value] of Object.entries(changes.set)) {
				if (labels[key] !== value) changed = true;
				setOwn(labels, key, value);
			}
			for (const key of changes.remove) {
				if (key in labels) {
					delete labels[key];
					changed = true;
				} else out.out(`label "${key}" not found.\n`);
			}
			if (!changed) {
				out.out(`${label} not labeled\n`);
				continue;
			}
			const dryRun = context.flags.has('dry-run') && context.flags.string('dry-run') !== 'none';
			const refused = dryRun ? undefined : storeMetadataMap(context.env.cluster, object, 'labels', labels);
			if (refused) {
				out.err(refused);
				failed = true;
				continue;
			}
			// kubectl's updateDataChangeMsg: a smaller object without --overwrite reads "unlabeled"
			const shrank = JSON.stringify(labels).length < JSON.stringify(object.metadata.labels ?? {}).length;
			const verb = !context.flags.bool('overwrite') && shrank ? 'unlabeled' : 'labeled';
			out.out(`${label} ${verb}${dryRun ? ' (dry run)' : ''}\n`);
		}
		for (const error of resolved.errors) out.err(error);
		return out.done(failed || resolved.errors.length > 0 ? 1 : 0);
	},
};

function isLabelArg(arg: string): boolean {
	return arg.includes('=') || (arg.endsWith('-') && !arg.includes('/'));
}

const KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parseLabelArgs(args: readonly string[]): LabelChanges | string {
	const changes: LabelChanges = {set: {}, remove: []};
	for (const arg of args) {
		if (arg.endsWith('-') && !arg.includes('=')) {
			changes.remove.push(arg.slice(0, -1));
			continue;
		}
		const eq = arg.indexOf('=');
		const key = arg.slice(0, eq);
		const value = arg.slice(eq + 1);
		if (!KEY.test(key) || !VALUE.test(value) || value.length > 63) return `invalid label spec: ${arg}`;
		setOwn(changes.set, key, value);
	}
	return changes;
}
