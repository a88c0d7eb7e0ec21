/**
 * The scheduler's InterPodAffinity filter, required terms only: a pod with podAffinity goes where
 * (by the term's topologyKey, usually kubernetes.io/hostname) a matching pod already runs — or
 * anywhere with that label when no pod matches yet and it matches its own terms, so the first of
 * a group can start; podAntiAffinity keeps it from domains where a matching pod runs, and a
 * running pod's anti-affinity keeps matching pods from its own domain. Preferred terms only
 * weigh in scoring, which is not modelled.
 */
import type {PodAffinityTerm} from 'kubernetes-types/core/v1.js';
import type {LabelSelector} from 'kubernetes-types/meta/v1.js';
import type {KubeObject, Node, Pod} from '../kube-object.js';
import type {ControllerState} from './controller-state.js';
import {matchesSelector} from './object-meta.js';
import {isTerminal} from './pod-status.js';

type PodObject = Pod & KubeObject;
type NodeObject = Node & KubeObject;

interface TermDomains {
	topologyKey: string;
	/** Topology values (node label values) where a matching pod runs. */
	values: Set<string>;
}

export interface AffinityContext {
	affinity: TermDomains[];
	/** No pod matched any affinity term, and the pod matches all of its own. */
	firstOfGroup: boolean;
	antiAffinity: TermDomains[];
	/** Domains running pods' anti-affinity closes to this pod. */
	existingAnti: TermDomains[];
}

/**
 * Why one node can't take the pod, in the words of the filter plugin that refused it;
 * `resolvable` when evicting pods could help, which decides what preemption reports.
 */
export interface Refusal {
	reasons: string[];
	resolvable: boolean;
}

export function podAffinityContext(state: ControllerState, pod: Readonly<PodObject>): AffinityContext | undefined {
	const affinityTerms = pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
	const antiTerms = pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
	if (affinityTerms.length === 0 && antiTerms.length === 0 && state.podsWithAntiAffinity.size === 0) return undefined;
	const namespace = pod.metadata.namespace ?? '';
	const affinity = affinityTerms.map(term => domainsOf(state, term, namespace));
	const anyMatch = affinity.some(domains => domains.values.size > 0);
	return {
		affinity,
		firstOfGroup: !anyMatch && affinityTerms.every(term => termSelects(state, term, namespace, pod)),
		antiAffinity: antiTerms.map(term => domainsOf(state, term, namespace)),
		existingAnti: existingAntiAffinity(state, pod),
	};
}

export function affinityRefusal(context: AffinityContext | undefined, node: Readonly<NodeObject>): Refusal | undefined {
	if (!context) return undefined;
	const labels = node.metadata.labels ?? {};
	const inDomain = (domains: TermDomains) => labels[domains.topologyKey] !== undefined && domains.values.has(labels[domains.topologyKey]);
	if (context.affinity.length > 0) {
		const hasKeys = context.affinity.every(domains => labels[domains.topologyKey] !== undefined);
		const satisfied = hasKeys && (context.firstOfGroup || context.affinity.every(inDomain));
		if (!satisfied) return {reasons: ["node(s) didn't match pod affinity rules"], resolvable: false};
	}
	if (context.antiAffinity.some(inDomain)) return {reasons: ["node(s) didn't match pod anti-affinity rules"], resolvable: true};
	if (context.existingAnti.some(inDomain)) return {reasons: ["node(s) didn't satisfy existing pods anti-affinity rules"], resolvable: true};
	return undefined;
}

/** Where pods matching the term (seen from a pod in `namespace`) run. */
function domainsOf(state: ControllerState, term: Readonly<PodAffinityTerm>, namespace: string): TermDomains {
	const values = new Set<string>();
	for (const other of boundPods(state, term, namespace)) {
		const value = nodeLabel(state, other, term.topologyKey);
		if (value !== undefined) values.add(value);
	}
	return {topologyKey: term.topologyKey, values};
}

function existingAntiAffinity(state: ControllerState, pod: Readonly<PodObject>): TermDomains[] {
	const out: TermDomains[] = [];
	for (const key of state.podsWithAntiAffinity) {
		const other = state.objects.get(key) as Readonly<PodObject> | undefined;
		if (!other?.spec?.nodeName) continue;
		for (const term of other.spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
			if (!termSelects(state, term, other.metadata.namespace ?? '', pod)) continue;
			const value = nodeLabel(state, other, term.topologyKey);
			if (value !== undefined) out.push({topologyKey: term.topologyKey, values: new Set([value])});
		}
	}
	return out;
}

/** The term's namespaces: its list and selector, or the namespace of the pod that states it. */
function termNamespaces(state: ControllerState, term: Readonly<PodAffinityTerm>, namespace: string): string[] {
	if (!term.namespaces?.length && !term.namespaceSelector) return [namespace];
	return [...state.podsByNamespace.keys()].filter(ns => namespaceSelected(state, term, namespace, ns));
}

function namespaceSelected(state: ControllerState, term: Readonly<PodAffinityTerm>, owner: string, ns: string): boolean {
	if (!term.namespaces?.length && !term.namespaceSelector) return ns === owner;
	if (term.namespaces?.includes(ns)) return true;
	const labels = state.objects.get(`Namespace||${ns}`)?.metadata.labels ?? {'kubernetes.io/metadata.name': ns};
	return selectorMatches(term.namespaceSelector, labels);
}

function termSelects(state: ControllerState, term: Readonly<PodAffinityTerm>, owner: string, pod: Readonly<PodObject>): boolean {
	return namespaceSelected(state, term, owner, pod.metadata.namespace ?? '') && selectorMatches(term.labelSelector, pod.metadata.labels ?? {});
}

/** An absent selector selects nothing; an empty one everything (metav1.LabelSelectorAsSelector). */
function selectorMatches(selector: Readonly<LabelSelector> | undefined, labels: Readonly<Record<string, string>>): boolean {
	if (!selector) return false;
	return matchesSelector(labels, selector);
}

function* boundPods(state: ControllerState, term: Readonly<PodAffinityTerm>, namespace: string): Generator<Readonly<PodObject>> {
	for (const ns of termNamespaces(state, term, namespace)) {
		for (const key of state.podsByNamespace.get(ns) ?? []) {
			const pod = state.objects.get(key) as Readonly<PodObject> | undefined;
			if (!pod?.spec?.nodeName || isTerminal(pod)) continue;
			if (selectorMatches(term.labelSelector, pod.metadata.labels ?? {})) yield pod;
		}
	}
}

function nodeLabel(state: ControllerState, pod: Readonly<PodObject>, key: string): string | undefined {
	const node = state.objects.get(`Node||${pod.spec?.nodeName ?? ''}`) as Readonly<NodeObject> | undefined;
	return node?.metadata.labels?.[key];
}
