import type {ServiceSpec} from '../kube-object.js';
import type {ServiceObject as Service} from './writable.js';

/**
 * v1 Service defaulting (SetDefaults_Service), applied to every decoded Service before the
 * registry allocates and validates. IP family fields are the allocator's job (service-ip-families.ts).
 */
export function defaultService(service: Service): void {
	const spec: ServiceSpec = (service.spec ??= {});
	spec.sessionAffinity ||= 'None';
	if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
	if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == null) {
		spec.sessionAffinityConfig = {clientIP: {timeoutSeconds: 10800}};
	}
	spec.type ||= 'ClusterIP';
	for (const port of spec.ports ?? []) {
		port.protocol ||= 'TCP';
		if (port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '') port.targetPort = port.port ?? 0;
	}
	if (externallyAccessible(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
	if (!spec.internalTrafficPolicy && ['ClusterIP', 'NodePort', 'LoadBalancer'].includes(spec.type)) spec.internalTrafficPolicy = 'Cluster';
	if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
	if (spec.type === 'LoadBalancer') {
		for (const ingress of service.status?.loadBalancer?.ingress ?? []) if (ingress.ip && !ingress.ipMode) ingress.ipMode = 'VIP';
	}
}

/** Reachable from outside the cluster: NodePort, LoadBalancer, or ClusterIP with externalIPs. */
export function externallyAccessible(spec: ServiceSpec): boolean {
	return spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
}

export const isHeadless = (spec: ServiceSpec): boolean => spec.clusterIP === 'None';

export const needsClusterIP = (spec: ServiceSpec): boolean => spec.type !== 'ExternalName';

export const needsNodePort = (spec: ServiceSpec): boolean => spec.type === 'NodePort' || spec.type === 'LoadBalancer';

export const needsHealthCheckNodePort = (spec: ServiceSpec): boolean =>
	spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';

/** NodePort always; LoadBalancer unless `allocateLoadBalancerNodePorts: false`. */
export const shouldAllocateNodePorts = (spec: ServiceSpec): boolean =>
	spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);
