import {describe, expect, it} from 'vitest';
import {createObject, deleteObject} from '../../../../src/core/cluster/api/api-server.js';
import {errorOf, manifest, newCluster, service, valueOf} from './api-test-helpers.js';

/** Names, namespaces, AlreadyExists / NotFound and generated names. */

describe('object metadata', () => {
	it('refuses objects in a namespace that does not exist', () => {
		const cluster = newCluster();
		const result = createObject(cluster, {...service('ports: [{port: 80}]'), metadata: {name: 'web', namespace: 'foo'}});
		expect(result.ok ? '' : result.error).toMatchObject({code: 404, reason: 'NotFound', message: 'namespaces "foo" not found'});
	});

	it('reports AlreadyExists with the plural resource name (and group)', () => {
		const cluster = newCluster();
		valueOf(createObject(cluster, service('ports: [{port: 80}]')));
		expect(errorOf(createObject(cluster, service('ports: [{port: 80}]')))).toBe('services "web" already exists');
		const deployment = manifest(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template: {metadata: {labels: {app: web}}, spec: {containers: [{name: web, image: nginx}]}}
`);
		valueOf(createObject(cluster, deployment));
		expect(errorOf(createObject(cluster, deployment))).toBe('deployments.apps "web" already exists');
	});

	it('reports NotFound when deleting or getting a missing object', () => {
		const cluster = newCluster();
		expect(errorOf(deleteObject(cluster, 'Service', 'default', 'web'))).toBe('services "web" not found');
		expect(errorOf(deleteObject(cluster, 'Ingress', 'default', 'web'))).toBe('ingresses.networking.k8s.io "web" not found');
	});

	it('returns the deleted object', () => {
		const cluster = newCluster();
		valueOf(createObject(cluster, service('ports: [{port: 80}]')));
		expect(valueOf(deleteObject(cluster, 'Service', 'default', 'web')).metadata.name).toBe('web');
		expect(cluster.store.has('Service', 'default', 'web')).toBe(false);
	});

	it('requires a name or generateName, and completes generateName with five characters', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: ''}}))).toBe(
			'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
		);
		const generated = valueOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: '', generateName: 'settings-'}}));
		expect(generated.metadata.name).toMatch(/^settings-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
	});

	it('checks DNS-1123 subdomain names on most kinds', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'My_Config'}}))).toBe(
			`ConfigMap "My_Config" is invalid: metadata.name: Invalid value: "My_Config": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
		);
	});

	it('checks label values', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'c', labels: {app: 'my app'}}}))).toBe(
			`ConfigMap "c" is invalid: metadata.labels: Invalid value: "my app": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
		);
	});

	it('refuses a resourceVersion on create', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'c', resourceVersion: '12'}}))).toBe(
			'resourceVersion should not be set on objects to be created',
		);
	});

	it('drops metadata.namespace on cluster-scoped kinds', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'dev', namespace: 'default'}}));
		expect(created.metadata.namespace).toBeUndefined();
	});
});

describe('namespaces', () => {
	it('labels a new namespace with its name and makes it Active', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}')));
		expect(created.metadata.labels).toEqual({'kubernetes.io/metadata.name': 'dev'});
		expect(created.spec).toEqual({finalizers: ['kubernetes']});
		expect(created.status).toEqual({phase: 'Active'});
	});

	it('checks namespace names are DNS-1123 labels', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, manifest('apiVersion: v1\nkind: Namespace\nmetadata: {name: my.ns}')))).toContain(
			'Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": a lowercase RFC 1123 label must consist of',
		);
	});

	it('removes everything in a deleted namespace', () => {
		const cluster = newCluster('dev');
		valueOf(createObject(cluster, {...service('ports: [{port: 80}]'), metadata: {name: 'web', namespace: 'dev'}}));
		valueOf(createObject(cluster, {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'c', namespace: 'dev'}}));
		valueOf(deleteObject(cluster, 'Namespace', undefined, 'dev'));
		expect(cluster.store.has('Service', 'dev', 'web')).toBe(false);
		expect(cluster.store.has('ConfigMap', 'dev', 'c')).toBe(false);
		expect(cluster.store.has('Namespace', undefined, 'dev')).toBe(false);
	});

	it('refuses to delete the default namespaces', () => {
		const cluster = newCluster();
		expect(errorOf(deleteObject(cluster, 'Namespace', undefined, 'default'))).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
	});
});

describe('user-created endpoints', () => {
	it('accepts a selector-less Service with hand-written Endpoints and EndpointSlice', () => {
		const cluster = newCluster();
		valueOf(createObject(cluster, service('ports: [{port: 5432}]', 'db')));
		const endpoints = createObject(
			cluster,
			manifest('apiVersion: v1\nkind: Endpoints\nmetadata: {name: db}\nsubsets: [{addresses: [{ip: 192.168.1.10}], ports: [{port: 5432}]}]'),
		);
		expect(endpoints.ok).toBe(true);
		const slice = createObject(
			cluster,
			manifest(
				'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: db-1, labels: {kubernetes.io/service-name: db}}\naddressType: IPv4\nports: [{port: 5432}]\nendpoints: [{addresses: [192.168.1.10]}]',
			),
		);
		expect(slice.ok).toBe(true);
	});

	it('requires a supported addressType on an EndpointSlice', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, manifest('apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv5')))).toBe(
			'EndpointSlice.discovery.k8s.io "s" is invalid: addressType: Unsupported value: "IPv5": supported values: "FQDN", "IPv4", "IPv6"',
		);
	});
});
