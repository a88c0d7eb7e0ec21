/** A LoadBalancer Service got an address from the cloud controller. */
import type {Cluster} from '../../cluster/cluster.js';
import type {CheckResult, ExternalIPCheck} from '../task.js';
import {findService} from './service-facts.js';
import {missingServiceWhy} from './service-check.js';

export function runExternalIPCheck(cluster: Cluster, check: ExternalIPCheck): CheckResult {
	const label = check.label ?? `Service ${check.service} has an external IP`;
	const service = findService(cluster, check.namespace, check.service);
	if (!service) return {label, passed: false, why: missingServiceWhy(cluster, check.namespace, check.service)};
	const type = service.spec?.type ?? 'ClusterIP';
	if (type !== 'LoadBalancer') return {label, passed: false, why: `Service ${check.service} is ${type}, not LoadBalancer: only a LoadBalancer gets an external IP from the cloud`};
	if (loadBalancerAddress(service)) return {label, passed: true};
	const why =
		cluster.cloud === 'none'
			? `Service ${check.service} shows EXTERNAL-IP <pending>: this cluster has no cloud load-balancer controller`
			: `Service ${check.service} shows EXTERNAL-IP <pending>: the cloud controller has not assigned an address yet (wait a second: sleep 2)`;
	return {label, passed: false, why};
}

export function loadBalancerAddress(service: {status?: {loadBalancer?: {ingress?: Array<{ip?: string; hostname?: string}>}}}): string | undefined {
	const ingress = service.status?.loadBalancer?.ingress?.[0];
	return ingress?.ip ?? ingress?.hostname;
}
