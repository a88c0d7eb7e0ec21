import type {ServiceSpec} from '../kube-object.js';
import type {ServiceObject as Service} from './writable.js';
import type {SeededRandom} from '../seeded-random.js';
import type {ApiError} from './api-error.js';
import {internalError} from './api-status.js';
import {allocateClusterIP, requestedClusterIPProblem, usedClusterIPs, type ServiceKey} from './cluster-ip-allocator.js';
import {invalid, invalidError, type FieldError} from './field-error.js';
import {allocateNodePort, claimNodePort, usedNodePorts} from './node-port-allocator.js';
import type {AllocationIndex, TakenSet} from './allocation-index.js';
import {isHeadless, needsClusterIP, needsHealthCheckNodePort, needsNodePort, shouldAllocateNodePorts} from './service-defaults.js';
import {initIPFamilies, validateClusterIPFields} from './service-ip-families.js';

/**
 * The Service registry's work before validation (§3.2 steps 1-3): loose IP checks, ClusterIP
 * allocation, NodePort allocation. The first failing step's error is the only one reported.
 */
export interface AllocationContext {
	allocations: AllocationIndex;
	random: SeededRandom;
	/** The Service being written, whose own addresses do not count as taken. */
	key: ServiceKey;
}

const invalidService = (service: Service, errors: FieldError[]): ApiError => invalidError('Service', '', service.metadata.name, errors);

export function allocateForCreate(service: Service, context: AllocationContext): ApiError | undefined {
	const spec: ServiceSpec = (service.spec ??= {});
	if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
	const loose = [...validateClusterIPFields(spec)];
	if (loose.length === 0) loose.push(...initIPFamilies(spec));
	if (loose.length > 0) return invalidService(service, loose);
	return allocateClusterIPs(service, context) ?? allocateNodePorts(service, undefined, context);
}

export function allocateForUpdate(service: Service, old: Service, context: AllocationContext): ApiError | undefined {
	const spec: ServiceSpec = (service.spec ??= {});
	const oldSpec: ServiceSpec = old.spec ?? {};
	patchAllocatedValues(spec, oldSpec);
	normalizeClusterIPsOnUpdate(spec, oldSpec);
	const loose = [...validateClusterIPFields(spec)];
	if (loose.length === 0) loose.push(...initIPFamilies(spec));
	if (loose.length > 0) return invalidService(service, loose);
	if (oldSpec.type === 'ExternalName' && spec.type !== 'ExternalName') {
		const failed = allocateClusterIPs(service, context);
		if (failed) return failed;
	}
	const failed = allocateNodePorts(service, old, context);
	if (failed) return failed;
	dropTypeDependentFields(service, old);
	return undefined;
}

function allocateClusterIPs(service: Service, context: AllocationContext): ApiError | undefined {
	const spec = service.spec ?? {};
	if (!needsClusterIP(spec) || isHeadless(spec)) return undefined;
	const used = usedClusterIPs(context.allocations, context.key);
	if (!spec.clusterIP) {
		const ip = allocateClusterIP(context.random, used);
		if (!ip) return internalError('failed to allocate a serviceIP: range is full');
		spec.clusterIP = ip;
		spec.clusterIPs = [ip];
		return undefined;
	}
	const problem = requestedClusterIPProblem(spec.clusterIP, used);
	if (problem) return invalidService(service, [invalid('spec.clusterIPs', spec.clusterIPs ?? [spec.clusterIP], `failed to allocate IP ${spec.clusterIP}: ${problem}`)]);
	return undefined;
}

/**
 * nodePorts: requested ones are claimed, missing ones allocated; ports sharing a `port` number
 * share a nodePort on create. On update the Service's own previous ports stay its own.
 */
function allocateNodePorts(service: Service, old: Service | undefined, context: AllocationContext): ApiError | undefined {
	const spec = service.spec ?? {};
	if (!needsNodePort(spec)) return undefined;
	const used = usedNodePorts(context.allocations, context.key);
	const previous = new Set((old?.spec?.ports ?? []).map(port => port.nodePort).filter((port): port is number => !!port));
	const byPort = new Map<number, number>();
	const ports = spec.ports ?? [];
	for (let i = 0; i < ports.length; i++) {
		const port = ports[i];
		if (!port.nodePort && !shouldAllocateNodePorts(spec)) continue;
		const shared = old ? undefined : byPort.get(port.port);
		if (port.nodePort && (previous.has(port.nodePort) || port.nodePort === shared)) {
			used.add(port.nodePort);
		} else if (port.nodePort) {
			const problem = claimNodePort(port.nodePort, used);
			if (problem) return invalidService(service, [invalid(`spec.ports[${i}].nodePort`, port.nodePort, problem)]);
		} else if (shared !== undefined) {
			port.nodePort = shared;
		} else {
			const allocated = allocateNodePort(context.random, used);
			if (allocated === undefined) return internalError('failed to allocate a nodePort: range is full');
			port.nodePort = allocated;
		}
		if (!byPort.has(port.port)) byPort.set(port.port, port.nodePort);
	}
	return allocateHealthCheckNodePort(spec, old?.spec, used, context);
}

function allocateHealthCheckNodePort(spec: ServiceSpec, old: ServiceSpec | undefined, used: TakenSet<number>, context: AllocationContext): ApiError | undefined {
	if (!needsHealthCheckNodePort(spec)) return undefined;
	const requested = spec.healthCheckNodePort ?? 0;
	if (requested === 0) {
		const allocated = allocateNodePort(context.random, used);
		if (allocated === undefined) return internalError('failed to allocate a HealthCheck NodePort: range is full');
		spec.healthCheckNodePort = allocated;
		return undefined;
	}
	if (requested === old?.healthCheckNodePort) return undefined;
	const problem = claimNodePort(requested, used);
	return problem ? internalError(`failed to allocate requested HealthCheck NodePort ${requested}: ${problem}`) : undefined;
}

/** clusterIP and clusterIPs move together: changing or clearing the singular field carries the list. */
function normalizeClusterIPsOnUpdate(spec: ServiceSpec, old: ServiceSpec): void {
	const sameList = JSON.stringify(spec.clusterIPs ?? []) === JSON.stringify(old.clusterIPs ?? []);
	if (old.clusterIP && !spec.clusterIP && sameList) delete spec.clusterIPs;
	if (old.clusterIP && spec.clusterIP && spec.clusterIP !== old.clusterIP && sameList && spec.clusterIPs?.length) {
		spec.clusterIPs = [spec.clusterIP, ...spec.clusterIPs.slice(1)];
	}
	if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
}

/** A PUT that omits allocated values keeps them (nodePorts matched by port name). */
function patchAllocatedValues(spec: ServiceSpec, old: ServiceSpec): void {
	if (needsClusterIP(old) && needsClusterIP(spec)) {
		if (!spec.clusterIP && old.clusterIP) spec.clusterIP = old.clusterIP;
		if (!spec.clusterIPs?.length && old.clusterIPs?.length) spec.clusterIPs = [...old.clusterIPs];
	}
	if (needsNodePort(old) && needsNodePort(spec)) {
		const oldPorts = new Set((old.ports ?? []).map(port => port.nodePort ?? 0));
		const used = new Set((spec.ports ?? []).map(port => port.nodePort ?? 0).filter(port => oldPorts.has(port)));
		const byName = new Map((old.ports ?? []).map(port => [port.name ?? '', port.nodePort ?? 0]));
		for (const port of spec.ports ?? []) {
			const previous = byName.get(port.name ?? '') ?? 0;
			if (!port.nodePort && previous && !used.has(previous)) port.nodePort = previous;
		}
	}
	if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(spec) && !spec.healthCheckNodePort) {
		spec.healthCheckNodePort = old.healthCheckNodePort;
	}
}

/** Fields that no longer apply after a type change are wiped, unless the user also changed them. */
function dropTypeDependentFields(service: Service, old: Service): void {
	const spec: ServiceSpec = service.spec ?? {};
	const oldSpec: ServiceSpec = old.spec ?? {};
	const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
	if (needsClusterIP(oldSpec) && !needsClusterIP(spec)) {
		if (same(spec.clusterIP, oldSpec.clusterIP) && same(spec.clusterIPs, oldSpec.clusterIPs)) {
			delete spec.clusterIP;
			delete spec.clusterIPs;
		}
		if (same(spec.ipFamilies, oldSpec.ipFamilies)) delete spec.ipFamilies;
		if (same(spec.ipFamilyPolicy, oldSpec.ipFamilyPolicy)) delete spec.ipFamilyPolicy;
	}
	if (needsNodePort(oldSpec) && !needsNodePort(spec)) {
		const oldPorts = (oldSpec.ports ?? []).map(port => port.nodePort ?? 0);
		const newPorts = (spec.ports ?? []).map(port => port.nodePort ?? 0);
		if (same(oldPorts, newPorts)) for (const port of spec.ports ?? []) delete port.nodePort;
	}
	if (needsHealthCheckNodePort(oldSpec) && !needsHealthCheckNodePort(spec) && spec.healthCheckNodePort === oldSpec.healthCheckNodePort) {
		delete spec.healthCheckNodePort;
	}
	if (oldSpec.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
		if (spec.allocateLoadBalancerNodePorts !== undefined && spec.allocateLoadBalancerNodePorts === oldSpec.allocateLoadBalancerNodePorts) {
			delete spec.allocateLoadBalancerNodePorts;
		}
		if (same(spec.loadBalancerClass, oldSpec.loadBalancerClass)) delete spec.loadBalancerClass;
	}
	const externalPolicyApplies = (s: ServiceSpec) => s.type === 'NodePort' || s.type === 'LoadBalancer' || (s.externalIPs?.length ?? 0) > 0;
	if (externalPolicyApplies(oldSpec) && !externalPolicyApplies(spec) && spec.externalTrafficPolicy === oldSpec.externalTrafficPolicy) {
		delete spec.externalTrafficPolicy;
	}
	if (spec.type !== 'LoadBalancer' && service.status) service.status = {...service.status, loadBalancer: {}};
}
