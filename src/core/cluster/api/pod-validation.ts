import type {Container, PodSpec, Probe} from '../kube-object.js';
import {dns1123Label, dns1123Subdomain, portName, portNumber} from './dns-names.js';
import {duplicate, forbidden, invalid, notFoundValue, notSupported, required, type FieldError} from './field-error.js';
import {validateLabels} from './metadata.js';
import {validatePortNumOrName} from './service-validation.js';

/** The parts of ValidatePodSpec a learner can trip over, with validation.go's messages. */
export function validatePodSpec(spec: PodSpec, path: string): FieldError[] {
	const errors: FieldError[] = [];
	const volumeNames = new Set<string>();
	(spec.volumes ?? []).forEach((volume, i) => {
		const at = `${path}.volumes[${i}]`;
		if (!volume.name) errors.push(required(`${at}.name`));
		else {
			for (const message of dns1123Label(volume.name)) errors.push(invalid(`${at}.name`, volume.name, message));
			if (volumeNames.has(volume.name)) errors.push(duplicate(`${at}.name`, volume.name));
			volumeNames.add(volume.name);
		}
	});
	const names = new Set<string>();
	(spec.initContainers ?? []).forEach((container, i) => errors.push(...validateContainer(container, `${path}.initContainers[${i}]`, names, volumeNames)));
	const containers = spec.containers ?? [];
	if (containers.length === 0) errors.push(required(`${path}.containers`));
	containers.forEach((container, i) => errors.push(...validateContainer(container, `${path}.containers[${i}]`, names, volumeNames)));
	if (spec.restartPolicy && !['Always', 'OnFailure', 'Never'].includes(spec.restartPolicy)) {
		errors.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, ['Always', 'Never', 'OnFailure']));
	}
	if (spec.dnsPolicy && !['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'].includes(spec.dnsPolicy)) {
		errors.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']));
	}
	if (spec.nodeSelector) errors.push(...validateLabels(spec.nodeSelector, `${path}.nodeSelector`));
	if (spec.serviceAccountName) {
		for (const message of dns1123Subdomain(spec.serviceAccountName)) errors.push(invalid(`${path}.serviceAccountName`, spec.serviceAccountName, message));
	}
	if (spec.hostname) for (const message of dns1123Label(spec.hostname)) errors.push(invalid(`${path}.hostname`, spec.hostname, message));
	if (spec.subdomain) for (const message of dns1123Label(spec.subdomain)) errors.push(invalid(`${path}.subdomain`, spec.subdomain, message));
	if (spec.terminationGracePeriodSeconds != null && spec.terminationGracePeriodSeconds < 0) {
		errors.push(invalid(`${path}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds, 'must be greater than or equal to 0'));
	}
	return errors;
}

function validateContainer(container: Container, path: string, names: Set<string>, volumes: Set<string>): FieldError[] {
	const errors: FieldError[] = [];
	if (!container.name) errors.push(required(`${path}.name`));
	else {
		for (const message of dns1123Label(container.name)) errors.push(invalid(`${path}.name`, container.name, message));
		if (names.has(container.name)) errors.push(duplicate(`${path}.name`, container.name));
		names.add(container.name);
	}
	if (!container.image) errors.push(required(`${path}.image`));
	errors.push(...validateContainerPorts(container, `${path}.ports`));
	(container.env ?? []).forEach((env, i) => {
		if (!env.name) errors.push(required(`${path}.env[${i}].name`));
	});
	(container.volumeMounts ?? []).forEach((mount, i) => {
		const at = `${path}.volumeMounts[${i}]`;
		if (!mount.name) errors.push(required(`${at}.name`));
		else if (!volumes.has(mount.name)) errors.push(notFoundValue(`${at}.name`, mount.name));
		if (!mount.mountPath) errors.push(required(`${at}.mountPath`));
	});
	if (container.imagePullPolicy && !['Always', 'IfNotPresent', 'Never'].includes(container.imagePullPolicy)) {
		errors.push(notSupported(`${path}.imagePullPolicy`, container.imagePullPolicy, ['Always', 'IfNotPresent', 'Never']));
	}
	if (container.terminationMessagePolicy && !['File', 'FallbackToLogsOnError'].includes(container.terminationMessagePolicy)) {
		errors.push(notSupported(`${path}.terminationMessagePolicy`, container.terminationMessagePolicy, ['FallbackToLogsOnError', 'File']));
	}
	errors.push(...validateProbe(container.livenessProbe, `${path}.livenessProbe`, true));
	errors.push(...validateProbe(container.readinessProbe, `${path}.readinessProbe`, false));
	errors.push(...validateProbe(container.startupProbe, `${path}.startupProbe`, true));
	return errors;
}

function validateContainerPorts(container: Container, path: string): FieldError[] {
	const errors: FieldError[] = [];
	const names = new Set<string>();
	(container.ports ?? []).forEach((port, i) => {
		const at = `${path}[${i}]`;
		if (port.name) {
			const problems = portName(port.name);
			for (const message of problems) errors.push(invalid(`${at}.name`, port.name, message));
			if (problems.length === 0 && names.has(port.name)) errors.push(duplicate(`${at}.name`, port.name));
			names.add(port.name);
		}
		if (!port.containerPort) errors.push(required(`${at}.containerPort`));
		else for (const message of portNumber(port.containerPort)) errors.push(invalid(`${at}.containerPort`, port.containerPort, message));
		if (port.hostPort) for (const message of portNumber(port.hostPort)) errors.push(invalid(`${at}.hostPort`, port.hostPort, message));
		if (!port.protocol) errors.push(required(`${at}.protocol`));
		else if (!['TCP', 'UDP', 'SCTP'].includes(port.protocol)) errors.push(notSupported(`${at}.protocol`, port.protocol, ['SCTP', 'TCP', 'UDP']));
	});
	return errors;
}

function validateProbe(probe: Probe | undefined, path: string, successMustBeOne: boolean): FieldError[] {
	if (!probe) return [];
	const errors: FieldError[] = [];
	const handlers = [probe.exec, probe.httpGet, probe.tcpSocket, probe.grpc].filter(Boolean).length;
	if (handlers === 0) errors.push(required(path, 'must specify a handler type'));
	else if (handlers > 1) errors.push(forbidden(path, 'may not specify more than 1 handler type'));
	if (probe.httpGet) errors.push(...validatePortNumOrName(probe.httpGet.port, `${path}.httpGet.port`));
	if (probe.tcpSocket) errors.push(...validatePortNumOrName(probe.tcpSocket.port, `${path}.tcpSocket.port`));
	if (probe.grpc) for (const message of portNumber(probe.grpc.port)) errors.push(invalid(`${path}.grpc.port`, probe.grpc.port, message));
	for (const key of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const) {
		const value = probe[key];
		if (value != null && value < 0) errors.push(invalid(`${path}.${key}`, value, 'must be greater than or equal to 0'));
	}
	if (successMustBeOne && probe.successThreshold != null && probe.successThreshold !== 1) {
		errors.push(invalid(`${path}.successThreshold`, probe.successThreshold, 'must be 1'));
	}
	return errors;
}
