import type {ServicePort, ServiceSpec} from '../kube-object.js';
import type {ServiceObject as Service} from './writable.js';
import {dns1123Label, dns1123Subdomain, portName, portNumber, qualifiedName} from './dns-names.js';
import {duplicate, forbidden, invalid, notSupported, OrderedStruct, required, type FieldError} from './field-error.js';
import {isCidr, isIP, parseIPv4} from './ip-address.js';
import {nameCheckFor, validateLabels, validateObjectMeta} from './metadata.js';
import {externallyAccessible, isHeadless, needsHealthCheckNodePort} from './service-defaults.js';
import {validateClusterIPFields} from './service-ip-families.js';

/** ValidateService from validation.go, check by check in the same order (§3.2 step 4, §3.3). */
export function validateService(service: Service): FieldError[] {
	const spec: ServiceSpec = service.spec ?? {};
	const errors = validateObjectMeta(service.metadata ?? {}, true, nameCheckFor('Service'));
	const ports = spec.ports ?? [];
	if (ports.length === 0 && !isHeadless(spec) && spec.type !== 'ExternalName') errors.push(required('spec.ports'));
	errors.push(...typeSpecific(spec));
	const names = new Set<string>();
	ports.forEach((port, i) => errors.push(...validatePort(port, ports.length > 1, names, `spec.ports[${i}]`)));
	if (spec.selector) errors.push(...validateLabels(spec.selector, 'spec.selector'));
	errors.push(...sessionAffinity(spec));
	errors.push(...validateClusterIPFields(spec));
	errors.push(...externalIPs(spec));
	if (!spec.type) errors.push(required('spec.type'));
	else if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(spec.type)) {
		errors.push(notSupported('spec.type', spec.type, ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']));
	}
	if (spec.type === 'ClusterIP') {
		ports.forEach((port, i) => {
			if (port.nodePort) errors.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
		});
	}
	errors.push(...duplicatePorts(ports));
	errors.push(...loadBalancerFields(spec));
	errors.push(...externalTrafficPolicy(spec));
	errors.push(...internalTrafficPolicy(spec));
	if (spec.trafficDistribution && !['PreferClose', 'PreferSameZone', 'PreferSameNode'].includes(spec.trafficDistribution)) {
		errors.push(notSupported('spec.trafficDistribution', spec.trafficDistribution, ['PreferClose', 'PreferSameNode', 'PreferSameZone']));
	}
	return errors;
}

function typeSpecific(spec: ServiceSpec): FieldError[] {
	const errors: FieldError[] = [];
	const clusterIPs = spec.clusterIPs ?? [];
	if (spec.type === 'LoadBalancer' || spec.type === 'NodePort') {
		if (isHeadless(spec)) errors.push(invalid('spec.clusterIPs[0]', clusterIPs[0] ?? 'None', `may not be set to 'None' for ${spec.type} services`));
	}
	if (spec.type === 'LoadBalancer') {
		(spec.ports ?? []).forEach((port, i) => {
			if (port.port === 10250) errors.push(invalid(`spec.ports[${i}]`, port.port, 'may not expose port 10250 externally since it is used by kubelet'));
		});
	}
	if (spec.type === 'ExternalName') {
		if (clusterIPs.length > 0) errors.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
		if ((spec.ipFamilies ?? []).length > 0) errors.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
		if (spec.ipFamilyPolicy) errors.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
		const cname = (spec.externalName ?? '').replace(/\.$/, '');
		if (cname) for (const message of dns1123Subdomain(cname)) errors.push(invalid('spec.externalName', cname, message));
		else errors.push(required('spec.externalName'));
	}
	return errors;
}

function validatePort(port: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
	const errors: FieldError[] = [];
	if (requireName && !port.name) errors.push(required(`${path}.name`));
	else if (port.name) {
		for (const message of dns1123Label(port.name)) errors.push(invalid(`${path}.name`, port.name, message));
		if (names.has(port.name)) errors.push(duplicate(`${path}.name`, port.name));
		else names.add(port.name);
	}
	for (const message of portNumber(port.port ?? 0)) errors.push(invalid(`${path}.port`, port.port ?? 0, message));
	if (!port.protocol) errors.push(required(`${path}.protocol`));
	else if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol)) errors.push(notSupported(`${path}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
	errors.push(...validatePortNumOrName(port.targetPort ?? 0, `${path}.targetPort`));
	if (port.appProtocol !== undefined) {
		for (const message of qualifiedName(port.appProtocol)) errors.push(invalid(`${path}.appProtocol`, port.appProtocol, message));
	}
	return errors;
}

export function validatePortNumOrName(port: number | string, path: string): FieldError[] {
	if (typeof port === 'number') return portNumber(port).map(message => invalid(path, port, message));
	return portName(port).map(message => invalid(path, port, message));
}

function sessionAffinity(spec: ServiceSpec): FieldError[] {
	const affinity = spec.sessionAffinity;
	if (!affinity) return [required('spec.sessionAffinity')];
	if (affinity !== 'ClientIP' && affinity !== 'None') return [notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None'])];
	if (affinity === 'None') {
		return spec.sessionAffinityConfig ? [forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None')] : [];
	}
	const when = 'when session affinity type is ClientIP';
	const config = spec.sessionAffinityConfig;
	if (!config) return [required('spec.sessionAffinityConfig', when)];
	if (!config.clientIP) return [required('spec.sessionAffinityConfig.clientIP', when)];
	const timeout = config.clientIP.timeoutSeconds;
	if (timeout == null) return [required('spec.sessionAffinityConfig.clientIP.timeoutSeconds', when)];
	if (timeout <= 0 || timeout > 86400) {
		return [invalid('spec.sessionAffinityConfig.clientIP.timeoutSeconds', timeout, 'must be greater than 0 and less than 86400')];
	}
	return [];
}

function externalIPs(spec: ServiceSpec): FieldError[] {
	const errors: FieldError[] = [];
	(spec.externalIPs ?? []).forEach((ip, i) => {
		const path = `spec.externalIPs[${i}]`;
		if (!isIP(ip)) return errors.push(invalid(path, ip, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
		const special = specialIPProblem(ip);
		if (special) errors.push(invalid(path, ip, special));
	});
	return errors;
}

function specialIPProblem(ip: string): string | undefined {
	const value = parseIPv4(ip);
	if (value === undefined) return ip === '::' ? 'may not be unspecified (::)' : undefined;
	if (value === 0) return 'may not be unspecified (0.0.0.0)';
	if (value >>> 24 === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
	if (value >>> 16 === 0xa9fe) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
	if (value >>> 8 === 0xe00000) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
	return undefined;
}

function duplicatePorts(ports: ServicePort[]): FieldError[] {
	const errors: FieldError[] = [];
	const nodePorts = new Set<string>();
	ports.forEach((port, i) => {
		if (!port.nodePort) return;
		const key = `${port.protocol}/${port.nodePort}`;
		if (nodePorts.has(key)) errors.push(duplicate(`spec.ports[${i}].nodePort`, port.nodePort));
		nodePorts.add(key);
	});
	const seen = new Set<string>();
	ports.forEach((port, i) => {
		const key = `${port.protocol}/${port.port}`;
		if (seen.has(key)) {
			// The key is an internal Go ServicePort with only protocol and port set, printed as JSON.
			const value = new OrderedStruct({Name: '', Protocol: port.protocol ?? '', AppProtocol: null, Port: port.port ?? 0, TargetPort: 0, NodePort: 0});
			errors.push(duplicate(`spec.ports[${i}]`, value));
		}
		seen.add(key);
	});
	return errors;
}

function loadBalancerFields(spec: ServiceSpec): FieldError[] {
	const errors: FieldError[] = [];
	const isLB = spec.type === 'LoadBalancer';
	const lbOnly = "may only be used when `type` is 'LoadBalancer'";
	const ranges = spec.loadBalancerSourceRanges ?? [];
	if (ranges.length > 0) {
		if (!isLB) errors.push(forbidden('spec.LoadBalancerSourceRanges', lbOnly));
		ranges.forEach((range, i) => {
			const value = range.trim();
			if (!isCidr(value)) {
				errors.push(invalid(`spec.LoadBalancerSourceRanges[${i}]`, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'));
			}
		});
	}
	if (spec.allocateLoadBalancerNodePorts !== undefined && !isLB) errors.push(forbidden('spec.allocateLoadBalancerNodePorts', lbOnly));
	if (isLB && spec.allocateLoadBalancerNodePorts === undefined) errors.push(required('allocateLoadBalancerNodePorts'));
	if (spec.loadBalancerClass !== undefined) {
		if (isLB) for (const message of qualifiedName(spec.loadBalancerClass)) errors.push(invalid('spec.loadBalancerClass', spec.loadBalancerClass, message));
		else errors.push(forbidden('spec.loadBalancerClass', lbOnly));
	}
	return errors;
}

function externalTrafficPolicy(spec: ServiceSpec): FieldError[] {
	const errors: FieldError[] = [];
	const policy = spec.externalTrafficPolicy;
	if (!externallyAccessible(spec)) {
		if (policy) errors.push(invalid('spec.externalTrafficPolicy', policy, 'may only be set for externally-accessible services'));
	} else if (!policy) errors.push(required('spec.externalTrafficPolicy'));
	else if (policy !== 'Cluster' && policy !== 'Local') errors.push(notSupported('spec.externalTrafficPolicy', policy, ['Cluster', 'Local']));
	const healthCheck = spec.healthCheckNodePort ?? 0;
	if (!needsHealthCheckNodePort(spec)) {
		if (healthCheck !== 0) {
			errors.push(invalid('spec.healthCheckNodePort', healthCheck, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
		}
	} else if (healthCheck === 0) errors.push(required('spec.healthCheckNodePort'));
	else for (const message of portNumber(healthCheck)) errors.push(invalid('spec.healthCheckNodePort', healthCheck, message));
	return errors;
}

function internalTrafficPolicy(spec: ServiceSpec): FieldError[] {
	const policy = spec.internalTrafficPolicy;
	if (!policy) {
		if (spec.type === 'ClusterIP' || spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
			return [required('spec.internalTrafficPolicy', `must be specified when \`type\` is '${spec.type}'`)];
		}
		return [];
	}
	return policy === 'Cluster' || policy === 'Local' ? [] : [notSupported('spec.internalTrafficPolicy', policy, ['Cluster', 'Local'])];
}

/** ValidateServiceUpdate's own checks (clusterIP immutability, loadBalancerClass); the full check follows them. */
export function validateServiceUpdate(service: Service, old: Service): FieldError[] {
	const errors = clusterIPChanges(service.spec ?? {}, old.spec ?? {});
	const oldClass = old.spec?.loadBalancerClass;
	const newClass = service.spec?.loadBalancerClass;
	if (old.spec?.type === 'LoadBalancer' && service.spec?.type === 'LoadBalancer' && oldClass !== newClass) {
		errors.push(invalid('spec.loadBalancerClass', newClass ?? null, 'may not change once set'));
	}
	return errors;
}

function clusterIPChanges(spec: ServiceSpec, old: ServiceSpec): FieldError[] {
	if (spec.type === 'ExternalName' || old.type === 'ExternalName') return [];
	if (isHeadless(spec) && isHeadless(old)) return [];
	const now = spec.clusterIPs ?? [];
	const before = old.clusterIPs ?? [];
	const errors: FieldError[] = [];
	if (now.length === before.length) {
		before.forEach((ip, i) => {
			if (ip !== now[i]) errors.push(invalid(`spec.clusterIPs[${i}]`, now, 'may not change once set'));
		});
		return errors;
	}
	if (now.length === 0) errors.push(invalid('spec.clusterIPs[0]', now, 'primary clusterIP can not be unset'));
	else if (before.length > 0 && now[0] !== before[0]) errors.push(invalid('spec.clusterIPs[0]', now, 'may not change once set'));
	return errors;
}

/** Accepted-but-warned cases (§3.3), as kubectl prints them after `Warning: `. */
export function serviceWarnings(service: Service): string[] {
	const spec: ServiceSpec = service.spec ?? {};
	const warnings: string[] = [];
	if (isHeadless(spec)) {
		if (spec.loadBalancerIP) warnings.push('spec.loadBalancerIP is ignored for headless services');
		if ((spec.externalIPs ?? []).length > 0) warnings.push('spec.externalIPs is ignored for headless services');
		if (spec.sessionAffinity !== 'None') warnings.push('spec.SessionAffinity is ignored for headless services');
	}
	// v1.34 does not warn about externalIPs yet: their deprecation warning came with v1.36 (KEP-5707)
	if (spec.type === 'ExternalName' && (spec.externalIPs ?? []).length > 0) warnings.push('spec.externalIPs is ignored when spec.type is "ExternalName"');
	if (spec.type !== 'ExternalName' && spec.externalName) warnings.push('spec.externalName is ignored when spec.type is not "ExternalName"');
	return warnings;
}
