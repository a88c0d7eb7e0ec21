import {describe, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {objectName, printObjects} from '../../../../src/core/cluster/print/print-objects.js';
import {toYaml} from '../../../../src/core/cluster/print/yaml-emitter.js';

const web: KubeObject = {
	kind: 'Service',
	apiVersion: 'v1',
	metadata: {
		name: 'web',
		namespace: 'default',
		uid: '0b6c3f7e',
		resourceVersion: '1042',
		creationTimestamp: '2026-01-01T00:00:05Z',
		labels: {app: 'web'},
		annotations: {
			'kubectl.kubernetes.io/last-applied-configuration':
				'{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"web"}}}\n',
		},
		managedFields: [{manager: 'kubectl-client-side-apply', operation: 'Update'}],
	},
	spec: {
		type: 'ClusterIP',
		selector: {app: 'web'},
		ports: [{protocol: 'TCP', port: 80, targetPort: 80}],
		sessionAffinity: 'None',
		ipFamilyPolicy: 'SingleStack',
		ipFamilies: ['IPv4'],
		internalTrafficPolicy: 'Cluster',
		clusterIPs: ['10.96.45.12'],
		clusterIP: '10.96.45.12',
	},
	status: {loadBalancer: {}},
};

const WEB_YAML = `apiVersion: v1
kind: Service
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"web"}}}
  creationTimestamp: "2026-01-01T00:00:05Z"
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: "1042"
  uid: 0b6c3f7e
spec:
  clusterIP: 10.96.45.12
  clusterIPs:
  - 10.96.45.12
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
`;

describe('-o yaml', () => {
	it('prints one object bare, keys sorted, managedFields hidden, lists not indented', () => {
		expect(printObjects([web], 'yaml')).toBe(WEB_YAML);
	});

	it('wraps listed objects in a List', () => {
		const text = printObjects([web], 'yaml', {list: true});
		expect(text.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata:\n    annotations:\n')).toBe(true);
		expect(text.endsWith('    loadBalancer: {}\nkind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
	});

	it('quotes strings only when a plain scalar would mean something else', () => {
		expect(
			toYaml({
				bool: 'true',
				yes: 'yes',
				number: '80',
				float: '1.5',
				empty: '',
				nul: 'null',
				time: '2026-01-01T00:00:05Z',
				date: '2026-01-01',
				colon: 'a: b',
				list: '[web]',
				star: '*',
				ip: '10.96.0.1',
				version: 'v1.34.0',
				path: '/healthz',
				dash: '-',
				tab: 'a\tb',
				quote: "it's",
			}),
		).toBe(
			[
				'bool: "true"',
				'colon: \'a: b\'',
				'dash: \'-\'',
				'date: "2026-01-01"',
				'empty: ""',
				'float: "1.5"',
				'ip: 10.96.0.1',
				'list: \'[web]\'',
				'nul: "null"',
				'number: "80"',
				'path: /healthz',
				'quote: it\'s',
				'star: \'*\'',
				'tab: "a\\tb"',
				'time: "2026-01-01T00:00:05Z"',
				'version: v1.34.0',
				'"yes": "yes"',
				'',
			].join('\n'),
		);
	});

	it('writes multi-line strings as literal blocks and folds long plain strings at 80 columns', () => {
		expect(toYaml({data: {'index.html': '<h1>hi</h1>\n<p>there</p>\n', script: 'echo a\necho b'}})).toBe(
			'data:\n  index.html: |\n    <h1>hi</h1>\n    <p>there</p>\n  script: |-\n    echo a\n    echo b\n',
		);
		expect(toYaml({message: 'Failed to pull image "nginx:nope": rpc error: code = NotFound desc = failed to pull and unpack image'})).toBe(
			"message: 'Failed to pull image \"nginx:nope\": rpc error: code = NotFound desc = failed\n  to pull and unpack image'\n",
		);
	});

	it('sorts keys the way go-yaml does (shorter prefix first, numbers by value)', () => {
		expect(toYaml({b: 1, a10: 1, a9: 1, 'app.kubernetes.io/name': 1, app: 1, A: 1})).toBe('A: 1\na9: 1\na10: 1\napp: 1\napp.kubernetes.io/name: 1\nb: 1\n');
	});

	it('nests lists of maps and empty collections like kubectl', () => {
		expect(toYaml({items: [], spec: {containers: [{args: ['-c', 'sleep 1'], name: 'c'}]}})).toBe(
			'items: []\nspec:\n  containers:\n  - args:\n    - -c\n    - sleep 1\n    name: c\n',
		);
	});
});

describe('-o json and -o name', () => {
	it('prints JSON with 4-space indentation and sorted keys', () => {
		const text = printObjects([web], 'json');
		expect(text.startsWith('{\n    "apiVersion": "v1",\n    "kind": "Service",\n    "metadata": {\n        "annotations": {\n')).toBe(true);
		expect(text).toContain('        "clusterIPs": [\n            "10.96.45.12"\n        ],\n');
		expect(text).not.toContain('managedFields');
		expect(text.endsWith('    "status": {\n        "loadBalancer": {}\n    }\n}\n')).toBe(true);
	});

	it('escapes HTML characters as Go does', () => {
		const page: KubeObject = {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'page'}, data: {html: '<b>&</b>'}};
		expect(printObjects([page], 'json')).toContain('"html": "\\u003cb\\u003e\\u0026\\u003c/b\\u003e"');
	});

	it('names objects by kind and group', () => {
		const deployment: KubeObject = {apiVersion: 'apps/v1', kind: 'Deployment', metadata: {name: 'web'}};
		const ingress: KubeObject = {apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {name: 'web'}};
		expect(printObjects([web, deployment, ingress], 'name')).toBe('service/web\ndeployment.apps/web\ningress.networking.k8s.io/web\n');
		expect(objectName(deployment)).toBe('deployment.apps/web');
	});
});
