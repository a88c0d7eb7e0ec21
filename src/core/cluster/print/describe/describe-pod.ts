import type {Container, Pod} from 'kubernetes-types/core/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {rfc1123z, since} from '../human-duration.js';
import {
	controlledBy,
	describeContainers,
	describeEvents,
	describeVolumes,
	printAnnotationsMultiline,
	printLabelsMultiline,
	printTolerationsMultiline,
} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';
import type {Event} from 'kubernetes-types/core/v1.js';

/** `kubectl describe pod`. */
export function describePod(object: KubeObject, events: Event[] | undefined, now: number): string {
	const pod = object as unknown as Pod;
	const spec = pod.spec ?? {containers: []};
	const status = pod.status ?? {};
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	// The Priority admission plugin and the ServiceAccount admission fill these on every real pod.
	w.write(0, `Priority:\t${spec.priority ?? 0}\n`);
	if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
	if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
	w.write(0, `Service Account:\t${spec.serviceAccountName || 'default'}\n`);
	w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n');
	if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	if (object.metadata.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
		w.write(0, `Status:\tTerminating (lasts ${since(object.metadata.deletionTimestamp, now)})\n`);
		w.write(0, `Termination Grace Period:\t${object.metadata.deletionGracePeriodSeconds ?? 30}s\n`);
	} else {
		w.write(0, `Status:\t${status.phase ?? ''}\n`);
	}
	if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
	if (status.message) w.write(0, `Message:\t${status.message}\n`);
	w.write(0, `IP:\t${status.podIP ?? ''}\n`);
	const ips = status.podIPs ?? [];
	if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
	else {
		w.write(0, 'IPs:\n');
		for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
	}
	const owner = controlledBy(object);
	if (owner) w.write(0, `Controlled By:\t${owner}\n`);
	if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
	if (spec.initContainers?.length) describeContainers(w, 'Init Containers', spec.initContainers, status.initContainerStatuses, '', pod);
	describeContainers(w, 'Containers', spec.containers ?? [], status.containerStatuses, '', pod);
	if (spec.readinessGates?.length) {
		w.write(0, 'Readiness Gates:\n  Type\tStatus\n');
		for (const gate of spec.readinessGates) {
			const condition = (status.conditions ?? []).find(c => c.type === gate.conditionType);
			w.write(1, `${gate.conditionType} \t${condition?.status ?? '<none>'} \n`);
		}
	}
	if (status.conditions?.length) {
		w.write(0, 'Conditions:\n  Type\tStatus\n');
		for (const condition of status.conditions) w.write(1, `${condition.type} \t${condition.status} \n`);
	}
	describeVolumes(w, spec.volumes);
	w.write(0, `QoS Class:\t${status.qosClass ?? qosClass(spec.containers ?? [])}\n`);
	printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector);
	printTolerationsMultiline(w, 'Tolerations', spec.tolerations);
	describeEvents(w, events, now);
	return w.toString();
}

/** Guaranteed when every container's cpu and memory limits equal its requests, BestEffort with none. */
export function qosClass(containers: readonly Container[]): string {
	let any = false;
	let guaranteed = true;
	for (const container of containers) {
		const limits = (container.resources?.limits ?? {}) as Record<string, unknown>;
		const requests = (container.resources?.requests ?? {}) as Record<string, unknown>;
		if (Object.keys(limits).length > 0 || Object.keys(requests).length > 0) any = true;
		for (const resource of ['cpu', 'memory']) {
			if (limits[resource] === undefined) guaranteed = false;
			else if (requests[resource] !== undefined && String(requests[resource]) !== String(limits[resource])) guaranteed = false;
		}
	}
	if (!any) return 'BestEffort';
	return guaranteed ? 'Guaranteed' : 'Burstable';
}
