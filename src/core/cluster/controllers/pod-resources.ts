/**
 * What a pod asks of its node, counted as Kubernetes' resource helpers count it
 * (k8s.io/component-helpers/resource PodRequests and PodLimits) for both the scheduler and
 * `kubectl describe node`: the app containers' sum, or an init container's own when that is more
 * (init containers run one at a time, sidecars — restartPolicy Always — keep running beside the
 * rest), plus the pod's overhead. A limit without a request counts as the request, as the API
 * server defaults it.
 */
import type {Container} from 'kubernetes-types/core/v1.js';
import type {Pod} from '../kube-object.js';
import {addQuantities, parseQuantity, type Quantity} from '../print/describe/quantity.js';

export type ResourceTotals = Record<string, Quantity>;

type Pick = (container: Readonly<Container>) => Readonly<Record<string, string | number>> | undefined;

const ZERO: Quantity = {value: 0, binary: false};

function add(into: ResourceTotals, list: Readonly<Record<string, string | number>> | undefined): void {
	for (const [name, value] of Object.entries(list ?? {})) into[name] = addQuantities(into[name] ?? ZERO, parseQuantity(value));
}

function maxInto(into: ResourceTotals, other: Readonly<ResourceTotals>): void {
	for (const [name, value] of Object.entries(other)) if (value.value > (into[name]?.value ?? 0)) into[name] = value;
}

function sum(...lists: ReadonlyArray<Readonly<ResourceTotals>>): ResourceTotals {
	const out: ResourceTotals = {};
	for (const list of lists) for (const [name, value] of Object.entries(list)) out[name] = addQuantities(out[name] ?? ZERO, value);
	return out;
}

function aggregate(pod: Readonly<Pod>, pick: Pick, limits: boolean): ResourceTotals {
	const apps: ResourceTotals = {};
	for (const container of pod.spec?.containers ?? []) add(apps, pick(container));
	const sidecars: ResourceTotals = {};
	const initPeak: ResourceTotals = {};
	for (const container of pod.spec?.initContainers ?? []) {
		const own: ResourceTotals = {};
		add(own, pick(container));
		if (container.restartPolicy === 'Always') {
			add(sidecars, pick(container));
			maxInto(initPeak, sidecars);
		} else {
			maxInto(initPeak, sum(own, sidecars));
		}
	}
	const out = sum(apps, sidecars);
	maxInto(out, initPeak);
	// Overhead raises a limit only where the containers set one.
	for (const [name, value] of Object.entries((pod.spec?.overhead ?? {}) as Record<string, string>)) {
		if (!limits || out[name]) out[name] = addQuantities(out[name] ?? ZERO, parseQuantity(value));
	}
	return out;
}

const requestsOf: Pick = container => ({...(container.resources?.limits ?? {}), ...(container.resources?.requests ?? {})});
const limitsOf: Pick = container => container.resources?.limits;

export function podRequests(pod: Readonly<Pod>): ResourceTotals {
	return aggregate(pod, requestsOf, false);
}

export function podLimits(pod: Readonly<Pod>): ResourceTotals {
	return aggregate(pod, limitsOf, true);
}

/**
 * A request in the scheduler's integer units: millicores for cpu, bytes (or items) otherwise,
 * rounded up as resource.Quantity's MilliValue and Value do.
 */
export function schedulingUnits(name: string, quantity: Readonly<Quantity>): number {
	return name === 'cpu' ? Math.ceil(Math.round(quantity.value * 1e9) / 1e6) : Math.ceil(quantity.value);
}

/** The pod's requests in scheduling units, remembered per pod spec (specs are frozen and shared by status writes). */
export function schedulingRequests(cache: WeakMap<object, ReadonlyArray<readonly [string, number]>>, pod: Readonly<Pod>): ReadonlyArray<readonly [string, number]> {
	const spec = pod.spec;
	if (!spec) return [];
	let found = cache.get(spec);
	if (!found) {
		found = Object.entries(podRequests(pod)).map(([name, quantity]) => [name, schedulingUnits(name, quantity)] as const).filter(([, amount]) => amount > 0);
		cache.set(spec, found);
	}
	return found;
}
