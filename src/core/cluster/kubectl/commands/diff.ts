/**
 * `kubectl diff -f FILE`: each object's live state against what applying it would give (a
 * server-side dry run of the same merge `kubectl apply` makes), written as kubectl writes them to
 * LIVE-…/ and MERGED-…/ folders and compared with `diff -u -N`. Exit 0: no differences, 1: some,
 * above 1: kubectl could not compute them.
 */
import {applyObject} from '../../api/api-server.js';
import type {KubeObject} from '../../kube-object.js';
import {printableData} from '../../print/print-objects.js';
import {unifiedHunks} from '../../print/unified-diff.js';
import {toYaml} from '../../print/yaml-emitter.js';
import {SIM_EPOCH_MS} from '../../sim-clock.js';
import {FILE_FLAGS, SELECTOR_FLAG, longFlags, type KubectlCommand, type KubectlContext} from '../command.js';
import {fileNamespace, readFileItems, type FileItem} from '../file-objects.js';
import {Output} from '../kubectl-env.js';
import {renderSourcedApiError} from '../render-api-error.js';
import {findObject} from '../select-objects.js';

/** What `diff` returns when it could not compare; kubectl passes it on. */
const DIFF_TROUBLE = 2;

export const diffCommand: KubectlCommand = {
	name: 'diff',
	short: 'Diff the live version against a would-be applied version',
	flags: [...FILE_FLAGS, SELECTOR_FLAG, ...longFlags('bool', 'server-side', 'force-conflicts', 'prune', 'show-managed-fields'), ...longFlags('string', 'field-manager', 'concurrency')],
	run: context => {
		const out = new Output();
		if (context.flags.array('filename').length === 0) return out.err('error: must specify one of -f and -k\n').done(DIFF_TROUBLE);
		const read = readFileItems(context);
		if (!read.ok) return out.err(read.message).done(1);
		const folders = folderNames(context);
		const stamp = diffTimestamp(context);
		let differs = false;
		const errors: string[] = [];
		for (const item of read.items) {
			if (item.kind === 'error') {
				errors.push(`error: ${item.message}\n`);
				continue;
			}
			const compared = compare(context, item);
			if (!compared.ok) {
				errors.push(compared.message);
				continue;
			}
			const hunks = unifiedHunks(compared.live, compared.merged);
			if (!hunks) continue;
			differs = true;
			const name = fileName(item, compared.namespace);
			const live = `/tmp/${folders.live}/${name}`;
			const merged = `/tmp/${folders.merged}/${name}`;
			out.out(`diff -u -N ${live} ${merged}\n--- ${live}\t${compared.live ? stamp : EPOCH_STAMP}\n+++ ${merged}\t${stamp}\n${hunks}`);
		}
		out.err(errors.join(''));
		return out.done(errors.length > 0 ? 1 : differs ? 1 : 0);
	},
};

/** How GNU diff dates a file that -N treats as empty. */
const EPOCH_STAMP = '1970-01-01 00:00:00.000000000 +0000';

type Compared = {ok: true; live: string; merged: string; namespace: string} | {ok: false; message: string};

function compare(context: KubectlContext, item: Extract<FileItem, {kind: 'object'}>): Compared {
	const namespace = fileNamespace(item, context);
	const manifest: KubeObject = {...item.manifest, metadata: {...item.manifest.metadata}};
	if (namespace) manifest.metadata.namespace = namespace;
	else delete manifest.metadata.namespace;
	const live = findObject(context.env.cluster, item.type, namespace ?? '', manifest.metadata.name);
	const merged = applyObject(context.env.cluster, manifest, {dryRun: true});
	if (!merged.ok) return {ok: false, message: renderSourcedApiError(merged.error, live ? 'patching' : 'creating', item.source)};
	return {ok: true, live: live ? objectText(live) : '', merged: objectText(merged.value.object), namespace: namespace ?? ''};
}

/** The object as kubectl diff writes it: YAML, managedFields hidden, Secret values masked. */
function objectText(object: KubeObject): string {
	const shown = printableData([object], {list: false}) as KubeObject & {data?: Record<string, string>};
	if (object.kind === 'Secret' && shown.data) shown.data = Object.fromEntries(Object.keys(shown.data).map(key => [key, '***']));
	return toYaml(shown);
}

/** kubectl's InfoObject.Name: `apps.v1.Deployment.default.web`. */
function fileName(item: Extract<FileItem, {kind: 'object'}>, namespace: string): string {
	const group = item.type.group ? `${item.type.group}.` : '';
	return `${group}${item.type.version}.${item.type.kind}.${namespace}.${item.manifest.metadata.name}`;
}

/** os.MkdirTemp's random suffix, derived from the clock so a diff leaves the cluster's random source alone. */
function folderNames(context: KubectlContext): {live: string; merged: string} {
	const now = context.env.cluster.clock.now();
	const number = (salt: number) => String((Math.imul(now + salt, 2654435761) >>> 0) % 4294967296);
	return {live: `LIVE-${number(1)}`, merged: `MERGED-${number(2)}`};
}

function diffTimestamp(context: KubectlContext): string {
	const iso = new Date(SIM_EPOCH_MS + context.env.cluster.clock.now()).toISOString();
	return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}000000 +0000`;
}
