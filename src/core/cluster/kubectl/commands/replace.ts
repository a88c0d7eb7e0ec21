/**
 * `kubectl replace -f FILE`: each object PUT whole in place of the live one
 * (`deployment.apps/web replaced`); `--force` deletes them all first and creates them again.
 */
import {createObject, deleteObject, updateObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {DRY_RUN_FLAG, FILE_FLAGS, OUTPUT_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {parseDryRun, type DryRun} from '../dry-run.js';
import {fileNamespace, readFileItems, type FileItem} from '../file-objects.js';
import {Output} from '../kubectl-env.js';
import {checkErr, renderSourcedApiError} from '../render-api-error.js';
import {findObject} from '../select-objects.js';
import {deletedLine} from './delete.js';
import {isSupportedOutput, OUTPUT_FORMATS_ERROR, printMutation} from './print-created.js';

type ObjectItem = Extract<FileItem, {kind: 'object'}>;

export const replaceCommand: KubectlCommand = {
	name: 'replace',
	short: 'Replace a resource by file name or stdin',
	flags: [...FILE_FLAGS, OUTPUT_FLAG, DRY_RUN_FLAG, ...longFlags('bool', 'force', 'save-config', 'wait'), ...longFlags('string', 'grace-period', 'timeout', 'field-manager', 'validate', 'subresource')],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const mode = parseDryRun(flags.has('dry-run') ? flags.string('dry-run') : undefined);
		if (!mode.ok) return out.err(`error: ${mode.message}\n`).done(1);
		const force = flags.bool('force');
		if (flags.has('grace-period') && !force) return out.err('error: --grace-period must have --force specified\n').done(1);
		if (flags.has('timeout') && !force) return out.err('error: --timeout must have --force specified\n').done(1);
		if (force && mode.mode !== 'none') return out.err('error: --dry-run can not be used when --force is set\n').done(1);
		if (flags.array('filename').length === 0) return out.err('error: must specify one of -f and -k\n').done(1);
		const format = flags.string('output');
		if (!isSupportedOutput(format)) return out.err(OUTPUT_FORMATS_ERROR(format)).done(1);
		const read = readFileItems(context);
		if (!read.ok) return out.err(read.message).done(1);
		const errors: string[] = read.items.filter(item => item.kind === 'error').map(item => `${(item as {message: string}).message}\n`);
		const objects = read.items.filter((item): item is ObjectItem => item.kind === 'object').map(item => ({item, object: withNamespace(context, item)}));
		if (force) forceDelete(context, objects, out, errors);
		for (const {item, object} of objects) {
			const written = force ? createObject(context.env.cluster, object) : replaceOne(context, item, object, mode.mode, out);
			if (!written) continue;
			for (const warning of written.warnings) out.err(`Warning: ${warning}\n`);
			if (!written.ok) {
				errors.push(renderSourcedApiError(written.error, 'replacing', item.source));
				continue;
			}
			if (!printMutation(out, written.value, 'replaced', format, mode.mode, context.env.readFile)) errors.push('');
		}
		const shown = errors.filter(Boolean);
		if (shown.length > 0) out.err(checkErr(shown));
		return out.done(errors.length > 0 ? 1 : 0);
	},
};

function withNamespace(context: KubectlContext, item: ObjectItem): KubeObject {
	const object: KubeObject = {...item.manifest, metadata: {...item.manifest.metadata}};
	const namespace = fileNamespace(item, context);
	if (namespace) object.metadata.namespace = namespace;
	else delete object.metadata.namespace;
	return object;
}

/** A PUT; a client dry run prints the object as it was read and sends nothing. */
function replaceOne(context: KubectlContext, item: ObjectItem, object: KubeObject, mode: DryRun, out: Output): ReturnType<typeof updateObject> | undefined {
	if (mode === 'client') {
		printMutation(out, object, 'replaced', context.flags.string('output'), mode, context.env.readFile);
		return undefined;
	}
	const live = findObject(context.env.cluster, item.type, object.metadata.namespace ?? '', object.metadata.name);
	if (!live) return {ok: false, error: {reason: 'NotFound', code: 404, message: `${item.type.group ? `${item.type.resource}.${item.type.group}` : item.type.resource} "${object.metadata.name}" not found`}, warnings: []} as ReturnType<typeof updateObject>;
	return updateObject(context.env.cluster, object, {dryRun: mode === 'server'});
}

function forceDelete(context: KubectlContext, objects: readonly {item: ObjectItem; object: KubeObject}[], out: Output, errors: string[]): void {
	for (const {item, object} of objects) {
		const deleted = deleteObject(context.env.cluster, item.type.kind, object.metadata.namespace, object.metadata.name);
		if (deleted.ok) out.out(deletedLine(item.type, deleted.value, context.flags.string('output') === 'name'));
		else if (deleted.error.reason !== 'NotFound') errors.push(renderSourcedApiError(deleted.error, 'deleting', item.source));
	}
}
