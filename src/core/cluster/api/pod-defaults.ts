import type {Container, PodSpec, Probe} from '../kube-object.js';

/** v1 defaulting of a PodSpec and its containers (SetDefaults_PodSpec, _Container, _Probe, volumes). */
export function defaultPodSpec(spec: PodSpec): void {
	spec.restartPolicy ||= 'Always';
	spec.dnsPolicy ||= 'ClusterFirst';
	spec.schedulerName ||= 'default-scheduler';
	spec.terminationGracePeriodSeconds ??= 30;
	spec.securityContext ??= {};
	for (const container of spec.initContainers ?? []) defaultContainer(container);
	for (const container of spec.containers ?? []) defaultContainer(container);
	for (const volume of spec.volumes ?? []) {
		if (volume.secret) volume.secret.defaultMode ??= 420;
		if (volume.configMap) volume.configMap.defaultMode ??= 420;
		if (volume.downwardAPI) volume.downwardAPI.defaultMode ??= 420;
		if (volume.projected) volume.projected.defaultMode ??= 420;
		if (volume.hostPath) volume.hostPath.type ??= '';
		const hasSource = Object.keys(volume).some(key => key !== 'name');
		if (!hasSource) volume.emptyDir = {};
	}
}

function defaultContainer(container: Container): void {
	container.terminationMessagePath ||= '/dev/termination-log';
	container.terminationMessagePolicy ||= 'File';
	container.imagePullPolicy ||= pullPolicyFor(container.image ?? '');
	container.resources ??= {};
	for (const port of container.ports ?? []) port.protocol ||= 'TCP';
	for (const env of container.env ?? []) {
		const fieldRef = env.valueFrom?.fieldRef;
		if (fieldRef) fieldRef.apiVersion ||= 'v1';
	}
	for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) if (probe) defaultProbe(probe);
	for (const handler of [container.lifecycle?.postStart, container.lifecycle?.preStop]) {
		if (handler?.httpGet) handler.httpGet.scheme ||= 'HTTP';
	}
}

/** `:latest` or no tag (and no digest) ⇒ Always; anything else ⇒ IfNotPresent. */
export function pullPolicyFor(image: string): string {
	if (image.includes('@')) return 'IfNotPresent';
	const lastPart = image.slice(image.lastIndexOf('/') + 1);
	const tag = lastPart.includes(':') ? lastPart.slice(lastPart.indexOf(':') + 1) : '';
	return tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

function defaultProbe(probe: Probe): void {
	probe.timeoutSeconds ||= 1;
	probe.periodSeconds ||= 10;
	probe.successThreshold ||= 1;
	probe.failureThreshold ||= 3;
	if (probe.httpGet) probe.httpGet.scheme ||= 'HTTP';
}
