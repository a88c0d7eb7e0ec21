/** The Service exists with the type, ports, selector and policies the task asks for. */
import type {Cluster} from '../../cluster/cluster.js';
import type {Pod, Service, ServicePort} from '../../cluster/kube-object.js';
import type {CheckResult, PortExpectation, ServiceCheck} from '../task.js';
import {listeningPorts} from '../../cluster/network/workload-ports.js';
import {findService, formatSelector, podsMatching, type Stored} from './service-facts.js';

export function serviceCheckLabel(check: ServiceCheck): string {
	const parts: string[] = [];
	if (check.type) parts.push(check.type);
	if (check.headless) parts.push('headless (clusterIP: None)');
	if (check.port) parts.push(describePort(check.port));
	if (check.selector) parts.push(`selecting ${formatSelector(check.selector)}`);
	if (check.externalName) parts.push(`pointing to ${check.externalName}`);
	if (check.externalTrafficPolicy) parts.push(`externalTrafficPolicy ${check.externalTrafficPolicy}`);
	if (check.clusterIP) parts.push(`clusterIP ${check.clusterIP}`);
	return parts.length === 0 ? `Service ${check.name} exists` : `Service ${check.name} is ${parts.join(', ')}`;
}

function describePort(port: PortExpectation): string {
	const parts: string[] = [];
	if (port.port !== undefined) parts.push(`port ${port.port}`);
	if (port.targetPort !== undefined) parts.push(`targetPort ${port.targetPort}`);
	if (port.nodePort !== undefined) parts.push(`nodePort ${port.nodePort}`);
	if (port.protocol !== undefined) parts.push(port.protocol);
	return parts.join(' ');
}

export function missingServiceWhy(cluster: Cluster, namespace: string, name: string): string {
	const elsewhere = cluster.store.view<Stored<Service>>('Service').find(s => s.metadata.name === name && s.metadata.namespace !== namespace);
	const hint = elsewhere ? ` (there is one in namespace ${elsewhere.metadata.namespace}; add -n ${namespace} or fix the namespace)` : '';
	return `There is no Service ${name} in namespace ${namespace}${hint}`;
}

export function runServiceCheck(cluster: Cluster, check: ServiceCheck): CheckResult {
	const label = check.label ?? serviceCheckLabel(check);
	const service = findService(cluster, check.namespace, check.name);
	const why = service ? serviceMismatch(cluster, service, check) : missingServiceWhy(cluster, check.namespace, check.name);
	return why ? {label, passed: false, why} : {label, passed: true};
}

/**
 * Compared by effect, never by spelling (docs/content.md, "Checks"): a targetPort given by the
 * container port's name passes when it names the expected number on the selected pods, and a
 * selector passes when it picks the same pods as the expected one.
 */
function serviceMismatch(cluster: Cluster, service: Readonly<Service>, check: ServiceCheck): string | undefined {
	const spec = service.spec ?? {};
	const name = check.name;
	const type = spec.type ?? 'ClusterIP';
	if (check.type && type !== check.type) return `Service ${name} is ${type}, not ${check.type}`;
	if (check.headless === true && spec.clusterIP !== 'None') {
		return `Service ${name} has ClusterIP ${spec.clusterIP ?? '<none>'}; a headless Service has clusterIP: None (clusterIP cannot be changed, so delete and re-create it)`;
	}
	if (check.headless === false && spec.clusterIP === 'None') return `Service ${name} is headless (clusterIP: None)`;
	if (check.clusterIP && spec.clusterIP !== check.clusterIP) return `Service ${name} has ClusterIP ${spec.clusterIP ?? '<none>'}, not ${check.clusterIP}`;
	if (check.port) {
		const why = portMismatch(name, spec.ports ?? [], check.port, target => effectiveTargets(cluster, service, target));
		if (why) return why;
	}
	if (check.selector) {
		const actual = spec.selector ?? {};
		if (!sameSelection(cluster, check.namespace, actual, check.selector)) {
			const shown = Object.keys(actual).length ? formatSelector(actual) : 'nothing (no selector)';
			return `Service ${name} selects ${shown}, not ${formatSelector(check.selector)}`;
		}
	}
	if (check.externalName && spec.externalName?.replace(/\.$/, '') !== check.externalName.replace(/\.$/, '')) {
		return `Service ${name} points to ${spec.externalName ?? 'no external name'}, not ${check.externalName}`;
	}
	if (check.externalTrafficPolicy && spec.externalTrafficPolicy !== check.externalTrafficPolicy) {
		return `Service ${name} has externalTrafficPolicy ${spec.externalTrafficPolicy ?? '<unset>'}, not ${check.externalTrafficPolicy}`;
	}
	return undefined;
}

function sameSelection(cluster: Cluster, namespace: string, actual: Readonly<Record<string, string>>, expected: Readonly<Record<string, string>>): boolean {
	const same = Object.keys(actual).length === Object.keys(expected).length && Object.entries(expected).every(([k, v]) => actual[k] === v);
	if (same) return true;
	if (Object.keys(actual).length === 0) return false;
	const names = (selector: Readonly<Record<string, string>>): string => podsMatching(cluster, namespace, selector).map(pod => pod.metadata?.name).sort().join(',');
	const picked = names(actual);
	return picked !== '' && picked === names(expected);
}

/**
 * The numbers a targetPort means on the pods the Service selects: a number means itself; a name
 * means the container port of that name on each pod (none when no pod has it).
 */
function effectiveTargets(cluster: Cluster, service: Readonly<Service>, target: number | string): Array<number | string> {
	if (typeof target === 'number') return [target];
	const selector = service.spec?.selector ?? {};
	if (Object.keys(selector).length === 0) return [target];
	const ports = podsMatching(cluster, service.metadata?.namespace, selector).flatMap(pod => listeningPorts(pod as Pod).filter(port => port.name === target).map(port => port.port));
	return ports.length === 0 ? [target] : [...new Set(ports)];
}

function portMismatch(name: string, ports: readonly ServicePort[], expected: PortExpectation, targets: (target: number | string) => Array<number | string>): string | undefined {
	const listed = ports.map(p => `${p.port}/${p.protocol ?? 'TCP'}`).join(',') || 'none';
	const candidates = expected.port === undefined ? ports : ports.filter(p => p.port === expected.port);
	if (candidates.length === 0) return `Service ${name} has no port ${expected.port} (its ports: ${listed})`;
	const port = candidates[0];
	const shown = `Service ${name} port ${port.port}`;
	const target = port.targetPort ?? port.port;
	if (expected.protocol && (port.protocol ?? 'TCP') !== expected.protocol) return `${shown} is ${port.protocol ?? 'TCP'}, not ${expected.protocol}`;
	if (expected.targetPort !== undefined && !sameTarget(targets(target), targets(expected.targetPort))) {
		const resolved = targets(target).filter(value => value !== target);
		return `${shown} sends to targetPort ${target}${resolved.length ? ` (${resolved.join(', ')} on its pods)` : ''}, not ${expected.targetPort}`;
	}
	if (expected.nodePort !== undefined && port.nodePort !== expected.nodePort) {
		return port.nodePort === undefined
			? `${shown} has no nodePort (only NodePort and LoadBalancer Services get one)`
			: `${shown} has nodePort ${port.nodePort}, not ${expected.nodePort}`;
	}
	return undefined;
}

function sameTarget(actual: ReadonlyArray<number | string>, expected: ReadonlyArray<number | string>): boolean {
	return actual.length === expected.length && actual.every(value => expected.includes(value));
}
