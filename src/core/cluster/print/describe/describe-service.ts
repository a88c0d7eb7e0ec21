import type {Event, Service} from 'kubernetes-types/core/v1.js';
import type {EndpointSlice} from 'kubernetes-types/discovery/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {formatLabels} from '../format-labels.js';
import {describeEvents, printAnnotationsMultiline, printLabelsMultiline} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';

/**
 * The `Endpoints:` value describe computes from EndpointSlices (kubectl ≥1.31): ready
 * `ip:port` for the named service port, at most 3; `<none>` without slices, empty when none ready.
 */
export function formatEndpointSlices(slices: readonly EndpointSlice[], portName?: string): string {
	if (slices.length === 0) return '<none>';
	const max = 3;
	const list: string[] = [];
	let more = false;
	let count = 0;
	for (const slice of slices) {
		const endpoints = slice.endpoints ?? [];
		if (!slice.ports || slice.ports.length === 0) {
			for (const endpoint of endpoints) {
				if (list.length === max) more = true;
				if (endpoint.conditions?.ready === false) continue;
				if (!more) list.push(endpoint.addresses[0]);
				count++;
			}
			continue;
		}
		for (const port of slice.ports) {
			if (portName !== undefined && (port.name ?? '') !== portName) continue;
			for (const endpoint of endpoints) {
				if (list.length === max) more = true;
				if (endpoint.conditions?.ready === false) continue;
				const address = endpoint.addresses[0];
				if (!more) list.push(address.includes(':') ? `[${address}]:${port.port}` : `${address}:${port.port}`);
				count++;
			}
		}
	}
	const joined = list.join(',');
	return more ? `${joined} + ${count - max} more...` : joined;
}

/** The slices that belong to a Service (label kubernetes.io/service-name). */
export function slicesForService(service: KubeObject, slices: readonly KubeObject[] | undefined): EndpointSlice[] {
	return ((slices ?? []) as unknown as EndpointSlice[]).filter(
		slice =>
			slice.metadata?.labels?.['kubernetes.io/service-name'] === service.metadata.name &&
			(slice.metadata?.namespace ?? '') === (service.metadata.namespace ?? ''),
	);
}

/** `kubectl describe service` (docs/simulation.md, "kubectl"). */
export function describeService(object: KubeObject, slices: EndpointSlice[], events: Event[] | undefined, now: number): string {
	const service = object as unknown as Service;
	const spec = service.spec ?? {};
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
	w.write(0, `Type:\t${spec.type ?? ''}\n`);
	if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
	w.write(0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
	w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
	w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
	if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
	if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
	if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
	const ingress = service.status?.loadBalancer?.ingress ?? [];
	if (ingress.length > 0) {
		const list = ingress.map(entry => (entry.ip ? entry.ip + (entry.ipMode ? ` (${entry.ipMode})` : '') : (entry.hostname ?? ''))).join(', ');
		w.write(0, `LoadBalancer Ingress:\t${list}\n`);
	}
	for (const port of spec.ports ?? []) {
		const name = port.name || '<unset>';
		const protocol = port.protocol ?? 'TCP';
		w.write(0, `Port:\t${name}\t${port.port}/${protocol}\n`);
		w.write(0, `TargetPort:\t${port.targetPort ?? port.port}/${protocol}\n`);
		if (port.appProtocol) w.write(0, `AppProtocol:\t${port.appProtocol}\n`);
		if (port.nodePort) w.write(0, `NodePort:\t${name}\t${port.nodePort}/${protocol}\n`);
		w.write(0, `Endpoints:\t${formatEndpointSlices(slices, port.name ?? '')}\n`);
	}
	w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
	if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
	if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
	if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
	if (spec.loadBalancerSourceRanges?.length) w.write(0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
	if (spec.trafficDistribution) w.write(0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
	describeEvents(w, events, now);
	return w.toString();
}
