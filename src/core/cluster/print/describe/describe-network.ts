import type {Endpoints, Event, Service} from 'kubernetes-types/core/v1.js';
import type {EndpointSlice} from 'kubernetes-types/discovery/v1.js';
import type {Ingress, IngressBackend, IngressClass} from 'kubernetes-types/networking/v1.js';
import type {KubeObject} from '../../kube-object.js';
import {loadBalancerStatus} from '../table-printers.js';
import {describeEvents, printAnnotationsMultiline, printLabelsMultiline} from './describe-helpers.js';
import {DescribeWriter} from './describe-writer.js';
import {formatEndpointSlices, slicesForService} from './describe-service.js';

/** `kubectl describe endpoints`. */
export function describeEndpoints(object: KubeObject, events: Event[] | undefined, now: number): string {
	const endpoints = object as unknown as Endpoints;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, 'Subsets:\n');
	for (const subset of endpoints.subsets ?? []) {
		w.write(1, `Addresses:\t${(subset.addresses ?? []).map(a => a.ip).join(',') || '<none>'}\n`);
		w.write(1, `NotReadyAddresses:\t${(subset.notReadyAddresses ?? []).map(a => a.ip).join(',') || '<none>'}\n`);
		if (subset.ports?.length) {
			w.write(1, 'Ports:\n');
			w.write(2, 'Name\tPort\tProtocol\n');
			w.write(2, '----\t----\t--------\n');
			for (const port of subset.ports) w.write(2, `${port.name || '<unset>'}\t${port.port}\t${port.protocol ?? 'TCP'}\n`);
		}
		w.write(0, '\n');
	}
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe endpointslice`. */
export function describeEndpointSlice(object: KubeObject, events: Event[] | undefined, now: number): string {
	const slice = object as unknown as EndpointSlice;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	w.write(0, `Namespace:\t${object.metadata.namespace ?? ''}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `AddressType:\t${slice.addressType ?? ''}\n`);
	if (!slice.ports?.length) w.write(0, 'Ports: <unset>\n');
	else {
		w.write(0, 'Ports:\n');
		w.write(1, 'Name\tPort\tProtocol\n');
		w.write(1, '----\t----\t--------\n');
		for (const port of slice.ports) w.write(1, `${port.name || '<unset>'}\t${port.port ?? '<unset>'}\t${port.protocol ?? 'TCP'}\n`);
	}
	if (!slice.endpoints?.length) w.write(0, 'Endpoints: <none>\n');
	else {
		w.write(0, 'Endpoints:\n');
		for (const endpoint of slice.endpoints) {
			w.write(1, `- Addresses:\t${endpoint.addresses.join(', ') || '<none>'}\n`);
			w.write(2, 'Conditions:\n');
			w.write(3, `Ready:\t${endpoint.conditions?.ready === undefined ? '<unset>' : String(endpoint.conditions.ready)}\n`);
			w.write(2, `Hostname:\t${endpoint.hostname ?? '<unset>'}\n`);
			if (endpoint.targetRef) w.write(2, `TargetRef:\t${endpoint.targetRef.kind}/${endpoint.targetRef.name}\n`);
			w.write(2, `NodeName:\t${endpoint.nodeName ?? '<unset>'}\n`);
			w.write(2, `Zone:\t${endpoint.zone ?? '<unset>'}\n`);
		}
	}
	describeEvents(w, events, now);
	return w.toString();
}

/** `web:80 (10.244.1.5:8080)` — a backend with the ready endpoints behind it. */
function describeBackend(backend: IngressBackend, namespace: string, services: readonly KubeObject[] | undefined, slices: readonly KubeObject[] | undefined): string {
	if (backend.service) {
		const port = backend.service.port?.number ?? backend.service.port?.name ?? '';
		const label = `${backend.service.name}:${port}`;
		const service = (services ?? []).find(s => s.metadata.name === backend.service!.name && (s.metadata.namespace ?? '') === namespace);
		if (!service) return `${label} (<error: services "${backend.service.name}" not found>)`;
		const spec = (service as unknown as Service).spec;
		let portName = '';
		for (const servicePort of spec?.ports ?? []) {
			if (backend.service.port?.number && backend.service.port.number === servicePort.port) portName = servicePort.name ?? '';
			else if (backend.service.port?.name && backend.service.port.name === servicePort.name) portName = servicePort.name ?? '';
		}
		return `${label} (${formatEndpointSlices(slicesForService(service, slices), portName)})`;
	}
	if (backend.resource) {
		return `APIGroup: ${backend.resource.apiGroup ?? '<none>'}, Kind: ${backend.resource.kind}, Name: ${backend.resource.name}`;
	}
	return '';
}

/** `kubectl describe ingress`; services and slices are the namespace's, to show backend endpoints. */
export function describeIngress(
	object: KubeObject,
	services: readonly KubeObject[] | undefined,
	slices: readonly KubeObject[] | undefined,
	events: Event[] | undefined,
	now: number,
): string {
	const ingress = object as unknown as Ingress;
	const spec = ingress.spec ?? {};
	const namespace = object.metadata.namespace ?? '';
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	w.write(0, `Namespace:\t${namespace}\n`);
	w.write(0, `Address:\t${loadBalancerStatus(ingress.status?.loadBalancer?.ingress, true)}\n`);
	w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
	const defaultBackend = spec.defaultBackend ? describeBackend(spec.defaultBackend, namespace, services, slices) : '<default>';
	w.write(0, `Default backend:\t${defaultBackend}\n`);
	if (spec.tls?.length) {
		w.write(0, 'TLS:\n');
		for (const tls of spec.tls) {
			const hosts = (tls.hosts ?? []).join(',');
			w.write(1, tls.secretName ? `${tls.secretName} terminates ${hosts}\n` : `SNI routes ${hosts}\n`);
		}
	}
	w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
	w.write(1, '----\t----\t--------\n');
	let count = 0;
	for (const rule of spec.rules ?? []) {
		if (!rule.http) continue;
		count++;
		w.write(1, `${rule.host || '*'}\t\n`);
		for (const path of rule.http.paths) w.write(2, `\t${path.path ?? ''} \t${describeBackend(path.backend, namespace, services, slices)}\n`);
	}
	if (count === 0) w.write(1, `*\t*\t${defaultBackend}\n`);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	describeEvents(w, events, now);
	return w.toString();
}

/** `kubectl describe ingressclass`. */
export function describeIngressClass(object: KubeObject, events: Event[] | undefined, now: number): string {
	const spec = (object as unknown as IngressClass).spec;
	const w = new DescribeWriter();
	w.write(0, `Name:\t${object.metadata.name}\n`);
	printLabelsMultiline(w, 'Labels', object.metadata.labels);
	printAnnotationsMultiline(w, 'Annotations', object.metadata.annotations);
	w.write(0, `Controller:\t${spec?.controller ?? ''}\n`);
	if (spec?.parameters) {
		w.write(0, 'Parameters:\n');
		if (spec.parameters.apiGroup) w.write(1, `APIGroup:\t${spec.parameters.apiGroup}\n`);
		w.write(1, `Kind:\t${spec.parameters.kind}\n`);
		w.write(1, `Name:\t${spec.parameters.name}\n`);
	}
	describeEvents(w, events, now);
	return w.toString();
}
