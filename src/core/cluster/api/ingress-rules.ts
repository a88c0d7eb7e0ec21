import type {KubeObject} from '../kube-object.js';
import type {ObjectStore} from '../object-store.js';
import {dns1035Label, dns1123Subdomain, portName, portNumber, wildcardDns1123Subdomain} from './dns-names.js';
import {invalid, notSupported, required, type FieldError} from './field-error.js';
import {isIP} from './ip-address.js';
import {nameCheckFor, validateObjectMeta} from './metadata.js';

/** Ingress and IngressClass: the DefaultIngressClass admission step and networking validation. */

interface Backend {
	service?: {name?: string; port?: {name?: string; number?: number}};
	resource?: {apiGroup?: string; kind?: string; name?: string};
}

interface IngressPath {
	path?: string;
	pathType?: string;
	backend?: Backend;
}

interface IngressSpec {
	ingressClassName?: string;
	defaultBackend?: Backend;
	rules?: Array<{host?: string; http?: {paths?: IngressPath[]}}>;
	tls?: Array<{hosts?: string[]; secretName?: string}>;
}

export const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

/** An Ingress without a class gets the default IngressClass (the newest when several claim it). */
export function fillDefaultIngressClass(ingress: KubeObject, store: ObjectStore): void {
	const spec = (ingress.spec ??= {}) as IngressSpec;
	if (spec.ingressClassName || ingress.metadata.annotations?.['kubernetes.io/ingress.class']) return;
	const defaults = store
		.view('IngressClass')
		.filter(ingressClass => ingressClass.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')
		.sort((a, b) => (b.metadata.creationTimestamp ?? '').localeCompare(a.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name));
	if (defaults.length > 0) spec.ingressClassName = defaults[0].metadata.name;
}

export function validateIngress(ingress: KubeObject): FieldError[] {
	const errors = validateObjectMeta(ingress.metadata, true, nameCheckFor('Ingress'));
	const spec = (ingress.spec ?? {}) as IngressSpec;
	if (!spec.rules?.length && !spec.defaultBackend) errors.push(invalid('spec', spec.rules ?? null, 'either `defaultBackend` or `rules` must be specified'));
	if (spec.defaultBackend) errors.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
	(spec.rules ?? []).forEach((rule, i) => {
		const at = `spec.rules[${i}]`;
		if (rule.host) {
			if (isIP(rule.host)) errors.push(invalid(`${at}.host`, rule.host, 'must be a DNS name, not an IP address'));
			const problems = rule.host.includes('*') ? wildcardDns1123Subdomain(rule.host) : dns1123Subdomain(rule.host);
			for (const message of problems) errors.push(invalid(`${at}.host`, rule.host, message));
		}
		if (!rule.http) return;
		if (!rule.http.paths?.length) errors.push(required(`${at}.http.paths`));
		(rule.http.paths ?? []).forEach((path, j) => errors.push(...validatePath(path, `${at}.http.paths[${j}]`)));
	});
	(spec.tls ?? []).forEach((tls, i) => {
		(tls.hosts ?? []).forEach((host, j) => {
			const problems = host.includes('*') ? wildcardDns1123Subdomain(host) : dns1123Subdomain(host);
			for (const message of problems) errors.push(invalid(`spec.tls[${i}].hosts[${j}]`, host, message));
		});
	});
	if (spec.ingressClassName !== undefined) {
		for (const message of dns1123Subdomain(spec.ingressClassName)) errors.push(invalid('spec.ingressClassName', spec.ingressClassName, message));
	}
	const annotated = ingress.metadata.annotations?.['kubernetes.io/ingress.class'];
	if (annotated !== undefined && spec.ingressClassName !== undefined && annotated !== spec.ingressClassName) {
		errors.push(invalid('annotations.kubernetes.io/ingress.class', annotated, 'must match `ingressClassName` when both are specified'));
	}
	return errors;
}

function validatePath(path: IngressPath, at: string): FieldError[] {
	if (!path.pathType) return [required(`${at}.pathType`, 'pathType must be specified')];
	const errors: FieldError[] = [];
	const value = path.path ?? '';
	if (path.pathType === 'Exact' || path.pathType === 'Prefix') {
		if (!value.startsWith('/')) errors.push(invalid(`${at}.path`, value, 'must be an absolute path'));
		if (value) {
			for (const sequence of ['//', '/./', '/../', '%2f', '%2F']) {
				if (value.includes(sequence)) errors.push(invalid(`${at}.path`, value, `must not contain '${sequence}'`));
			}
			for (const suffix of ['/..', '/.']) if (value.endsWith(suffix)) errors.push(invalid(`${at}.path`, value, `cannot end with '${suffix}'`));
		}
	} else if (path.pathType === 'ImplementationSpecific') {
		if (value && !value.startsWith('/')) errors.push(invalid(`${at}.path`, value, 'must be an absolute path'));
	} else {
		errors.push(notSupported(`${at}.pathType`, path.pathType, ['Exact', 'ImplementationSpecific', 'Prefix']));
	}
	return [...errors, ...validateBackend(path.backend ?? {}, `${at}.backend`)];
}

function validateBackend(backend: Backend, at: string): FieldError[] {
	if (backend.resource && backend.service) return [invalid(at, '', 'cannot set both resource and service backends')];
	if (backend.resource) {
		const errors: FieldError[] = [];
		if (!backend.resource.kind) errors.push(required(`${at}.resource.kind`));
		if (!backend.resource.name) errors.push(required(`${at}.resource.name`));
		return errors;
	}
	if (!backend.service) return [invalid(at, '', 'resource or service backend is required')];
	const errors: FieldError[] = [];
	const {name, port} = backend.service;
	if (!name) errors.push(required(`${at}.service.name`));
	else for (const message of dns1035Label(name)) errors.push(invalid(`${at}.service.name`, name, message));
	const hasName = !!port?.name;
	const hasNumber = !!port?.number;
	if (hasName && hasNumber) errors.push(invalid(at, '', 'cannot set both port name & port number'));
	else if (hasName) for (const message of portName(port?.name ?? '')) errors.push(invalid(`${at}.service.port.name`, port?.name, message));
	else if (hasNumber) for (const message of portNumber(port?.number ?? 0)) errors.push(invalid(`${at}.service.port.number`, port?.number, message));
	else errors.push(required(at, 'port name or number is required'));
	return errors;
}

export function validateIngressClass(ingressClass: KubeObject): FieldError[] {
	const errors = validateObjectMeta(ingressClass.metadata, false, nameCheckFor('IngressClass'));
	const controller = (ingressClass.spec as {controller?: string} | undefined)?.controller;
	if (!controller) errors.push(required('spec.controller'));
	else if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/\S+$/.test(controller)) {
		errors.push(invalid('spec.controller', controller, 'must be a domain-prefixed path (such as "acme.io/foo")'));
	}
	return errors;
}

export function validateIngressClassUpdate(ingressClass: KubeObject, old: KubeObject): FieldError[] {
	const controller = (ingressClass.spec as {controller?: string} | undefined)?.controller;
	const previous = (old.spec as {controller?: string} | undefined)?.controller;
	return controller === previous ? [] : [invalid('spec.controller', controller ?? '', 'field is immutable')];
}
