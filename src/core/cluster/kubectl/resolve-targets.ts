/** `TYPE NAME…`, `TYPE/NAME…`, `TYPE -l SEL`/`--all` or `-f FILE` resolved to live objects, NotFound noted. */
import type {KubeObject} from '../kube-object.js';
import type {ResourceType} from '../resource-types.js';
import type {KubectlContext} from './command.js';
import {liveFileObjects} from './file-objects.js';
import {parseResourceArgs} from './resource-args.js';
import {findObject, listObjects, notFoundMessage, scopeOf} from './select-objects.js';

/** kubectl's ResourceBuilder when neither a resource nor `-f` was given. */
export const NO_RESOURCES_GIVEN =
	"error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n";

export interface Target {
	type: ResourceType;
	object: KubeObject;
}

export type TargetsResolved = {ok: true; targets: Target[]; errors: string[]} | {ok: false; message: string};

export function resolveTargets(context: KubectlContext, args: readonly string[], allowListing: boolean): TargetsResolved {
	if (context.flags.array('filename').length > 0) return fileTargets(context);
	const parsed = parseResourceArgs(args);
	if (!parsed.ok) return {ok: false, message: `error: ${parsed.message}\n`};
	if (parsed.requests.length === 0) return {ok: false, message: NO_RESOURCES_GIVEN};
	const scoped = scopeOf(context);
	if (!scoped.ok) return scoped;
	const {scope} = scoped;
	const targets: Target[] = [];
	const errors: string[] = [];
	for (const request of parsed.requests) {
		if (request.names.length > 0) {
			for (const name of request.names) {
				const object = findObject(context.env.cluster, request.type, context.namespace, name);
				if (object) targets.push({type: request.type, object});
				else errors.push(notFoundMessage(request.type, name));
			}
			continue;
		}
		if (!allowListing || (!scope.selector && !context.flags.bool('all'))) {
			return {ok: false, message: 'error: resource(s) were provided, but no name was specified\n'};
		}
		for (const object of listObjects(context.env.cluster, request.type, scope)) targets.push({type: request.type, object});
	}
	return {ok: true, targets, errors};
}

function fileTargets(context: KubectlContext): TargetsResolved {
	const live = liveFileObjects(context);
	return live.ok ? {ok: true, targets: live.value.found, errors: live.value.errors} : live;
}
