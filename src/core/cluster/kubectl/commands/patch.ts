/** `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]`: `service/web patched`. */
import {parse as parseYaml} from 'yaml';
import {updateObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {qualifiedSingular} from '../../resource-types.js';
import {DRY_RUN_FLAG, OUTPUT_FLAG, FILE_FLAGS, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {jsonPatch, mergePatch, strategicMergePatch} from '../patch-object.js';
import {renderApiError} from '../render-api-error.js';
import {resolveTargets} from '../resolve-targets.js';
import {goJson} from '../manifest.js';

export const patchCommand: KubectlCommand = {
	name: 'patch',
	short: 'Update fields of a resource',
	flags: [...FILE_FLAGS, {name: 'patch', short: 'p', type: 'string'}, {name: 'patch-file', type: 'string'}, {name: 'type', type: 'string'}, OUTPUT_FLAG, DRY_RUN_FLAG, {name: 'local', type: 'bool'}, {name: 'subresource', type: 'string'}],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const type = flags.string('type', 'strategic') || 'strategic';
		if (!['strategic', 'merge', 'json'].includes(type)) return out.err(`error: --type must be one of [json merge strategic], not "${type}"\n`).done(1);
		let text = flags.string('patch');
		if (!text && flags.string('patch-file')) {
			const file = context.env.readFile(flags.string('patch-file'));
			if (file === undefined) return out.err(`error: unable to read patch file: open ${flags.string('patch-file')}: no such file or directory\n`).done(1);
			text = file;
		}
		if (!text) return out.err('error: must specify --patch or --patch-file containing the contents of the patch\n').done(1);
		let patch: unknown;
		try {
			patch = parseYaml(text);
		} catch {
			return out.err(`error: unable to parse "${text}": yaml: did not find expected node content\n`).done(1);
		}
		if (type !== 'json' && (typeof patch !== 'object' || patch === null || Array.isArray(patch))) {
			return out.err(`error: unable to parse "${text}": json: cannot unmarshal ${Array.isArray(patch) ? 'array' : typeof patch} into Go value of type map[string]interface {}\n`).done(1);
		}
		const resolved = resolveTargets(context, flags.args, false);
		if (!resolved.ok) return out.err(resolved.message).done(1);
		for (const error of resolved.errors) out.err(error);
		let failed = resolved.errors.length > 0;
		for (const target of resolved.targets) {
			const label = `${qualifiedSingular(target.type)}/${target.object.metadata.name}`;
			let patched: unknown;
			if (type === 'json') {
				const result = jsonPatch(target.object, patch);
				if (!result.ok) {
					out.err(`The request is invalid: ${result.message}\n`);
					failed = true;
					continue;
				}
				patched = result.value;
			} else patched = type === 'merge' ? mergePatch(target.object, patch) : strategicMergePatch(target.object, patch);
			if (goJson(patched) === goJson(target.object)) {
				out.out(`${label} patched (no change)\n`);
				continue;
			}
			const dryRun = flags.has('dry-run') && flags.string('dry-run') !== 'none';
			const result = updateObject(context.env.cluster, patched as KubeObject, {dryRun});
			for (const warning of result.warnings) out.err(`Warning: ${warning}\n`);
			if (!result.ok) {
				out.err(renderApiError(result.error));
				failed = true;
				continue;
			}
			out.out(`${label} patched${dryRun ? ' (dry run)' : ''}\n`);
		}
		return out.done(failed ? 1 : 0);
	},
};
