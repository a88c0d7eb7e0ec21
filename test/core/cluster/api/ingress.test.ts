import {describe, expect, it} from 'vitest';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import {errorOf, manifest, newCluster, valueOf} from './api-test-helpers.js';

/** Ingress and IngressClass (networking.k8s.io/v1). */

const ingress = (spec: string, name = 'web') => manifest(`apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: ${name}}\nspec:\n${spec}`);

const RULE = `
  rules:
  - host: web.example
    http:
      paths:
      - path: /
        pathType: Prefix
        backend: {service: {name: web, port: {number: 80}}}
`;

describe('Ingress', () => {
	it('gets the default IngressClass when it names none', () => {
		const cluster = newCluster();
		valueOf(
			createObject(
				cluster,
				manifest(
					'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: nginx, annotations: {ingressclass.kubernetes.io/is-default-class: "true"}}\nspec: {controller: k8s.io/ingress-nginx}',
				),
			),
		);
		const created = valueOf(createObject(cluster, ingress(RULE)));
		expect((created.spec as {ingressClassName?: string}).ingressClassName).toBe('nginx');
		expect(created.metadata.generation).toBe(1);
	});

	it('keeps no class when there is no default IngressClass', () => {
		const cluster = newCluster();
		expect((valueOf(createObject(cluster, ingress(RULE))).spec as {ingressClassName?: string}).ingressClassName).toBeUndefined();
	});

	it('requires pathType', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, ingress(RULE.replace('        pathType: Prefix\n', ''))))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
		);
	});

	it('rejects unknown path types and relative Prefix paths', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, ingress(RULE.replace('pathType: Prefix', 'pathType: Regex'))))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
		);
		expect(errorOf(createObject(cluster, ingress(RULE.replace('path: /', 'path: api'))))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path',
		);
	});

	it('needs a port on a service backend', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, ingress(RULE.replace(', port: {number: 80}', ''))))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or number is required',
		);
	});

	it('needs rules or a default backend', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, ingress('  ingressClassName: nginx')))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec: Invalid value: null: either `defaultBackend` or `rules` must be specified',
		);
	});

	it('rejects an IP address as host', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, ingress(RULE.replace('host: web.example', 'host: 10.0.0.1'))))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address',
		);
	});

	it('requires a controller on an IngressClass', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, manifest('apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: x}\nspec: {}')))).toBe(
			'IngressClass.networking.k8s.io "x" is invalid: spec.controller: Required value',
		);
	});
});

describe('Ingress class annotation', () => {
	it('must agree with ingressClassName when both are given', () => {
		const cluster = newCluster();
		const object = ingress(`  ingressClassName: nginx${RULE}`);
		object.metadata.annotations = {'kubernetes.io/ingress.class': 'public'};
		expect(errorOf(createObject(cluster, object))).toBe(
			'Ingress.networking.k8s.io "web" is invalid: annotations.kubernetes.io/ingress.class: Invalid value: "public": must match `ingressClassName` when both are specified',
		);
	});
});
