import {describe, expect, it} from 'vitest';
import {applyObject, createObject, updateObject} from '../../../../src/core/cluster/api/api-server.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {manifest, newCluster, service, valueOf} from './api-test-helpers.js';

/** `kubectl apply`: created / configured / unchanged, keeping allocated values (§2, §5.7). */

type Spec = {clusterIP?: string; selector?: Record<string, string>; ports?: Array<{name?: string; port: number; targetPort?: unknown; nodePort?: number}>};
const specOf = (object: KubeObject) => object.spec as Spec;
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

const WEB = `
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 9376
`;

describe('apply', () => {
	it('creates the object and records the manifest as compact JSON plus a newline', () => {
		const cluster = newCluster();
		const result = valueOf(applyObject(cluster, manifest('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}')));
		expect(result.outcome).toBe('created');
		expect(result.object.metadata.annotations?.[LAST_APPLIED]).toBe(
			'{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}],"selector":{"app":"web"}}}\n',
		);
	});

	it('reports unchanged for the same manifest and writes nothing', () => {
		const cluster = newCluster();
		const first = valueOf(applyObject(cluster, manifest(WEB))).object;
		const again = valueOf(applyObject(cluster, manifest(WEB)));
		expect(again.outcome).toBe('unchanged');
		expect(cluster.store.peek('Service', 'default', 'web')?.metadata.resourceVersion).toBe(first.metadata.resourceVersion);
	});

	it('reports configured for a change and keeps the allocated clusterIP and nodePort', () => {
		const cluster = newCluster();
		const first = valueOf(applyObject(cluster, manifest(WEB))).object;
		const changed = valueOf(applyObject(cluster, manifest(WEB.replace('targetPort: 9376', 'targetPort: 8080'))));
		expect(changed.outcome).toBe('configured');
		expect(specOf(changed.object).clusterIP).toBe(specOf(first).clusterIP);
		expect(specOf(changed.object).ports?.[0].nodePort).toBe(specOf(first).ports?.[0].nodePort);
		expect(specOf(changed.object).ports?.[0].targetPort).toBe(8080);
	});

	it('keeps the nodePort of a port whose number changed but whose name did not', () => {
		const cluster = newCluster();
		const first = valueOf(applyObject(cluster, manifest(WEB))).object;
		const changed = valueOf(applyObject(cluster, manifest(WEB.replace('port: 80\n', 'port: 8080\n')))).object;
		expect(specOf(changed).ports?.[0].port).toBe(8080);
		expect(specOf(changed).ports?.[0].nodePort).toBe(specOf(first).ports?.[0].nodePort);
	});

	it('removes fields that were applied before and are gone now, keeping fields others set', () => {
		const cluster = newCluster();
		const withTwoLabels = WEB.replace('    app: web', '    app: web\n    tier: front');
		const first = valueOf(applyObject(cluster, manifest(withTwoLabels))).object;
		valueOf(updateObject(cluster, {...first, metadata: {...first.metadata, labels: {owner: 'ops'}}}));
		const changed = valueOf(applyObject(cluster, manifest(WEB))).object;
		expect(specOf(changed).selector).toEqual({app: 'web'});
		expect(changed.metadata.labels).toEqual({owner: 'ops'});
	});

	it('warns when the live object was not created by apply, then records the annotation', () => {
		const cluster = newCluster();
		valueOf(createObject(cluster, service('selector: {app: web}\nports: [{port: 80}]')));
		const result = applyObject(cluster, service('selector: {app: web}\nports: [{port: 80}]'));
		expect(result.warnings).toEqual([
			'resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.',
		]);
		expect(valueOf(result).outcome).toBe('configured');
		expect(cluster.store.peek('Service', 'default', 'web')?.metadata.annotations?.[LAST_APPLIED]).toBeDefined();
	});

	it('stores nothing on a dry run', () => {
		const cluster = newCluster();
		const result = valueOf(applyObject(cluster, manifest(WEB), {dryRun: true}));
		expect(result.outcome).toBe('created');
		expect(cluster.store.has('Service', 'default', 'web')).toBe(false);
	});

	it('validates on update too', () => {
		const cluster = newCluster();
		valueOf(applyObject(cluster, manifest(WEB)));
		const result = applyObject(cluster, manifest(WEB.replace('name: http', 'name: HTTP')));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.message).toContain('spec.ports[0].name: Invalid value: "HTTP": a lowercase RFC 1123 label');
	});

	it('escapes HTML characters in the annotation as Go does', () => {
		const cluster = newCluster();
		const object = valueOf(applyObject(cluster, manifest('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {page: "<b>&</b>"}'))).object;
		expect(object.metadata.annotations?.[LAST_APPLIED]).toContain('"page":"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"');
	});
});

describe('update', () => {
	it('bumps metadata.generation only when the spec changes', () => {
		const cluster = newCluster();
		const deployment = valueOf(
			createObject(
				cluster,
				manifest(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`),
			),
		);
		expect(deployment.metadata.generation).toBe(1);
		const live = cluster.store.get('Deployment', 'default', 'web') as KubeObject;
		const labelled = valueOf(updateObject(cluster, {...live, metadata: {...live.metadata, labels: {team: 'a'}}}));
		expect(labelled.metadata.generation).toBe(1);
		const scaled = valueOf(updateObject(cluster, {...labelled, spec: {...(labelled.spec as object), replicas: 3}}));
		expect(scaled.metadata.generation).toBe(2);
	});

	it('refuses a stale resourceVersion with a Conflict', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, service('ports: [{port: 80}]')));
		valueOf(updateObject(cluster, {...created, metadata: {...created.metadata, labels: {a: 'b'}}}));
		const result = updateObject(cluster, {...created, metadata: {...created.metadata, labels: {a: 'c'}}});
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.message).toBe(
				'Operation cannot be fulfilled on services "web": the object has been modified; please apply your changes to the latest version and try again',
			);
		}
	});

	it('reports NotFound for a missing object', () => {
		const cluster = newCluster();
		const result = updateObject(cluster, service('ports: [{port: 80}]'));
		expect(result.ok ? '' : result.error.message).toBe('services "web" not found');
	});
});

describe('apply of generated manifests', () => {
	it('records creationTimestamp: null as kubectl does and still reports unchanged on the second apply', () => {
		const cluster = newCluster();
		const generated = manifest('apiVersion: v1\nkind: Service\nmetadata: {name: web, creationTimestamp: null}\nspec: {ports: [{port: 80}]}\nstatus: {loadBalancer: {}}');
		const created = valueOf(applyObject(cluster, generated)).object;
		expect(created.metadata.annotations?.[LAST_APPLIED]).toBe(
			'{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"creationTimestamp":null,"name":"web","namespace":"default"},"spec":{"ports":[{"port":80}]},"status":{"loadBalancer":{}}}\n',
		);
		expect(created.metadata.creationTimestamp).toBe('2026-01-01T00:00:00Z');
		expect(valueOf(applyObject(cluster, generated)).outcome).toBe('unchanged');
	});
});
