/** Reading objects for kubectl's read and write verbs: by name, by namespace, by selector. */
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {qualifiedResource, type ResourceType} from '../resource-types.js';
import type {KubectlContext} from './command.js';
import type {Requirement} from './label-selector.js';
import {matchesSelector, parseSelector} from './label-selector.js';

export interface Scope {
	namespace: string;
	allNamespaces: boolean;
	selector?: Requirement[];
}

/** The scope `-n`, `-A` and `-l` give a command; `message` (ready to print) when the selector does not parse. */
export function scopeOf(context: KubectlContext): {ok: true; scope: Scope} | {ok: false; message: string} {
	const text = context.flags.string('selector');
	const selector = text ? parseSelector(text) : undefined;
	if (selector && !selector.ok) return {ok: false, message: `error: ${selector.message}\n`};
	return {ok: true, scope: {namespace: context.namespace, allNamespaces: context.flags.bool('all-namespaces'), selector: selector?.requirements}};
}

/** Every object of a type in scope, sorted (namespace, name), filtered by the selector: copies to edit. */
export function listObjects(cluster: Cluster, type: ResourceType, scope: Scope): KubeObject[] {
	return viewObjects(cluster, type, scope).map(object => structuredClone(object) as KubeObject);
}

/**
 * The same objects as `listObjects`, as stored (frozen), for verbs that only read them (get,
 * describe): copying 10,000 pods cost most of a `kubectl get pods`.
 */
export function viewObjects(cluster: Cluster, type: ResourceType, scope: Scope): KubeObject[] {
	const namespace = !type.namespaced || scope.allNamespaces ? undefined : scope.namespace;
	const objects = cluster.store.view(type.kind, namespace) as readonly KubeObject[];
	return scope.selector ? objects.filter(object => matchesSelector(scope.selector as Requirement[], object.metadata.labels as Record<string, string> | undefined)) : [...objects];
}

export function findObject(cluster: Cluster, type: ResourceType, namespace: string, name: string): KubeObject | undefined {
	return cluster.store.get(type.kind, type.namespaced ? namespace : undefined, name);
}

/** `services "nope" not found`, the NotFound message kubectl shows. */
export function notFoundMessage(type: ResourceType, name: string): string {
	return `Error from server (NotFound): ${qualifiedResource(type)} "${name}" not found\n`;
}

/** `No resources found in default namespace.` / `No resources found` (all namespaces, cluster-scoped). */
export function noResourcesMessage(types: readonly ResourceType[], scope: Scope): string {
	// kubectl names the namespace only when every kind it looked at is namespaced (none, for an empty file)
	if (scope.allNamespaces || !types.every(type => type.namespaced)) return 'No resources found\n';
	return `No resources found in ${scope.namespace} namespace.\n`;
}
