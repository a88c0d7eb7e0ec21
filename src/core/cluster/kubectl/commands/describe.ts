/** `kubectl describe TYPE [NAME…]`: PRINT's describers, one block per object separated by a blank line. */
import type {Cluster} from '../../cluster.js';
import {describe, type DescribeRelated} from '../../print/describe/describe.js';
import {networkIndex} from '../../network/network-index.js';
import {indexEvents, type EventIndex} from '../../print/describe/describe-helpers.js';
import {ALL_NAMESPACES_FLAG, SELECTOR_FLAG, type KubectlCommand} from '../command.js';
import {Output} from '../kubectl-env.js';
import {parseSelector} from '../label-selector.js';
import {parseResourceArgs} from '../resource-args.js';
import {findObject, viewObjects, noResourcesMessage, notFoundMessage} from '../select-objects.js';
import type {KubeObject} from '../../kube-object.js';

export const describeCommand: KubectlCommand = {
	name: 'describe',
	short: 'Show details of a specific resource or group of resources',
	flags: [SELECTOR_FLAG, ALL_NAMESPACES_FLAG, {name: 'show-events', type: 'string', bare: 'true'}, {name: 'filename', short: 'f', type: 'array'}],
	run: context => {
		const out = new Output();
		const {flags} = context;
		if (flags.args.length === 0) {
			return out.err('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n').done(1);
		}
		const parsed = parseResourceArgs(flags.args);
		if (!parsed.ok) return out.err(`error: ${parsed.message}\n`).done(1);
		if (parsed.requests.some(request => request.type.kind === 'Endpoints')) out.err('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
		const selectorText = flags.string('selector');
		const selector = selectorText ? parseSelector(selectorText) : undefined;
		if (selector && !selector.ok) return out.err(`error: ${selector.message}\n`).done(1);
		const scope = {namespace: context.namespace, allNamespaces: flags.bool('all-namespaces'), selector: selector?.requirements};
		const objects: KubeObject[] = [];
		const missing: string[] = [];
		let failed = false;
		for (const request of parsed.requests) {
			if (request.names.length === 0) {
				objects.push(...viewObjects(context.env.cluster, request.type, scope));
				continue;
			}
			for (const name of request.names) {
				const object = findObject(context.env.cluster, request.type, context.namespace, name);
				if (object) objects.push(object);
				else {
					// describe matches by prefix when no object has the exact name
					const prefixed = viewObjects(context.env.cluster, request.type, scope).filter(candidate => candidate.metadata.name.startsWith(name));
					if (prefixed.length > 0) objects.push(...prefixed);
					else {
						missing.push(notFoundMessage(request.type, name));
						failed = true;
					}
				}
			}
		}
		if (objects.length === 0) {
			if (!failed) out.err(noResourcesMessage(parsed.requests.map(request => request.type), scope));
			return out.err(missing.join('')).done(failed ? 1 : 0);
		}
		const {cluster} = context.env;
		const showEvents = flags.string('show-events', 'true') !== 'false';
		const events = new Map<string, EventIndex>();
		out.out(objects.map(object => describe(object, {...relatedFor(cluster, object, events), showEvents}, cluster.clock.now())).join('\n\n'));
		return out.err(missing.join('')).done(failed ? 1 : 0);
	},
};

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
