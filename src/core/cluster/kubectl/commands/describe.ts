/** `kubectl describe TYPE [NAME…]`: PRINT's describers, one block per object separated by a blank line. */
import type {Cluster} from '../../cluster.js';
import {describeMany, type DescribeRelated} from '../../print/describe/describe.js';
import {networkIndex} from '../../network/network-index.js';
import {indexEvents, type EventIndex} from '../../print/describe/describe-helpers.js';
import {ENDPOINTS_DEPRECATION_WARNING} from '../../print/warnings.js';
import type {ResourceType} from '../../resource-types.js';
import {ALL_NAMESPACES_FLAG, FILE_FLAGS, SELECTOR_FLAG, type KubectlCommand, type KubectlContext} from '../command.js';
import {liveFileObjects} from '../file-objects.js';
import {Output} from '../kubectl-env.js';
import {parseResourceArgs} from '../resource-args.js';
import {findObject, viewObjects, noResourcesMessage, notFoundMessage, scopeOf, type Scope} from '../select-objects.js';
import type {KubeObject} from '../../kube-object.js';

export const describeCommand: KubectlCommand = {
	name: 'describe',
	short: 'Show details of a specific resource or group of resources',
	flags: [...FILE_FLAGS, SELECTOR_FLAG, ALL_NAMESPACES_FLAG, {name: 'show-events', type: 'string', bare: 'true'}],
	run: context => {
		const out = new Output();
		const {flags} = context;
		const scoped = scopeOf(context);
		if (!scoped.ok) return out.err(scoped.message).done(1);
		const {scope} = scoped;
		const found = flags.array('filename').length > 0 ? fromFiles(context) : fromArgs(context, scope, out);
		if (!found.ok) return out.err(found.message).done(1);
		const {objects, missing, types} = found;
		const failed = missing.length > 0;
		if (objects.length === 0) {
			if (!failed) out.err(noResourcesMessage(types, scope));
			return out.err(missing.join('')).done(failed ? 1 : 0);
		}
		const {cluster} = context.env;
		const showEvents = flags.string('show-events', 'true') !== 'false';
		const events = new Map<string, EventIndex>();
		out.out(describeMany(objects, object => ({...relatedFor(cluster, object, events), showEvents}), cluster.clock.now()));
		return out.err(missing.join('')).done(failed ? 1 : 0);
	},
};

interface Described {
	ok: true;
	objects: KubeObject[];
	/** NotFound and unreadable files, printed after the descriptions. */
	missing: string[];
	types: ResourceType[];
}

function fromFiles(context: KubectlContext): Described | {ok: false; message: string} {
	const live = liveFileObjects(context);
	if (!live.ok) return live;
	return {ok: true, objects: live.value.found.map(entry => entry.object), missing: live.value.errors, types: live.value.found.map(entry => entry.type)};
}

function fromArgs(context: KubectlContext, scope: Scope, out: Output): Described | {ok: false; message: string} {
	const {flags} = context;
	if (flags.args.length === 0) {
		return {ok: false, message: 'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n'};
	}
	const parsed = parseResourceArgs(flags.args);
	if (!parsed.ok) return {ok: false, message: `error: ${parsed.message}\n`};
	if (parsed.requests.some(request => request.type.kind === 'Endpoints')) out.err(`${ENDPOINTS_DEPRECATION_WARNING}\n`);
	const objects: KubeObject[] = [];
	const missing: string[] = [];
	for (const request of parsed.requests) {
		if (request.names.length === 0) {
			objects.push(...viewObjects(context.env.cluster, request.type, scope));
			continue;
		}
		for (const name of request.names) {
			const object = findObject(context.env.cluster, request.type, context.namespace, name);
			// describe matches by prefix when no object has the exact name
			const matches = object ? [object] : viewObjects(context.env.cluster, request.type, scope).filter(candidate => candidate.metadata.name.startsWith(name));
			if (matches.length > 0) objects.push(...matches);
			else missing.push(notFoundMessage(request.type, name));
		}
	}
	return {ok: true, objects, missing, types: parsed.requests.map(request => request.type)};
}

/**
 * The objects a describer looks at besides the one described: its namespace's (for nodes: every)
 * pods, events, slices. Events are indexed once per namespace for the whole command.
 */
function relatedFor(cluster: Cluster, object: KubeObject, eventIndexes: Map<string, EventIndex>): DescribeRelated {
	const namespace = object.kind === 'Node' ? undefined : object.metadata.namespace ?? (object.kind === 'Namespace' ? object.metadata.name : undefined);
	const view = (kind: string, ns = namespace) => cluster.store.view(kind, ns) as readonly KubeObject[];
	const scope = namespace ?? '*';
	let events = eventIndexes.get(scope);
	if (!events) eventIndexes.set(scope, (events = cachedEventIndex(cluster, scope, view('Event'))));
	return {
		events,
		// A Service's own slices come from the network's index: 1,000 Services need no scan of every slice.
		endpointSlices: object.kind === 'Service' ? (networkIndex(cluster).slicesByService.get(`${object.metadata.namespace ?? ''}/${object.metadata.name}`) ?? []) : view('EndpointSlice'),
		pods: view('Pod'),
		replicaSets: view('ReplicaSet'),
		services: view('Service'),
		lease: object.kind === 'Node' ? (cluster.store.peek('Lease', 'kube-node-lease', object.metadata.name) as KubeObject | undefined) : undefined,
		resourceQuotas: view('ResourceQuota'),
		limitRanges: view('LimitRange'),
	};
}

/**
 * The event index of a namespace, kept on the cluster while the store hands out the same event
 * list (it does until an event changes): describing one Service among 50,000 events does not index
 * them all again.
 */
function cachedEventIndex(cluster: Cluster, scope: string, list: readonly KubeObject[]): EventIndex {
	const cached = cluster.eventIndexCache.get(scope);
	if (cached?.list === list) return cached.index;
	const index = indexEvents(list);
	cluster.eventIndexCache.set(scope, {list, index});
	return index;
}
