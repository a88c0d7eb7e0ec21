/** The Service has enough ready endpoints for kube-proxy to send traffic to. */
import type {Cluster} from '../../cluster/cluster.js';
import type {CheckResult, EndpointsCheck} from '../task.js';
import {findService, readyEndpoints, whyNoEndpoints} from './service-facts.js';
import {missingServiceWhy} from './service-check.js';

export function endpointsCheckLabel(check: EndpointsCheck): string {
	if (check.max === 0) return `Service ${check.service} has no ready endpoints`;
	const range = check.max === undefined ? `at least ${check.min}` : check.min === check.max ? `exactly ${check.min}` : `${check.min} to ${check.max}`;
	return `Service ${check.service} has ${range} ready endpoint${check.min === 1 && check.max === undefined ? '' : 's'}`;
}

export function runEndpointsCheck(cluster: Cluster, check: EndpointsCheck): CheckResult {
	const label = check.label ?? endpointsCheckLabel(check);
	const service = findService(cluster, check.namespace, check.service);
	if (!service) return {label, passed: false, why: missingServiceWhy(cluster, check.namespace, check.service)};
	const ready = readyEndpoints(cluster, service);
	if (ready.length < check.min) {
		const why = ready.length === 0 ? whyNoEndpoints(cluster, service) : undefined;
		return {label, passed: false, why: why ?? `Service ${check.service} has ${countText(ready.length)}, fewer than ${check.min} (${ready.join(', ')})`};
	}
	if (check.max !== undefined && ready.length > check.max) {
		return {label, passed: false, why: `Service ${check.service} has ${countText(ready.length)}, more than ${check.max} (${ready.join(', ')})`};
	}
	return {label, passed: true};
}

function countText(n: number): string {
	return n === 1 ? '1 ready endpoint' : `${n} ready endpoints`;
}
