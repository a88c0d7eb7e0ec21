/**
 * The network over objects made by the real API server and controllers (not hand-built), as a
 * learner would create them with kubectl.
 */
import {describe, expect, it} from 'vitest';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {curl} from '../../../../src/core/cluster/network/curl.js';
import {nslookup} from '../../../../src/core/cluster/network/nslookup.js';
import {httpRequest} from '../../../../src/core/cluster/network/request.js';
import {LAPTOP} from '../../../../src/core/cluster/vantage.js';
import {bareCluster, text} from './fixtures.js';

function deployment(name: string, replicas: number, image: string, port: number): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {name, namespace: 'default', labels: {app: name}},
		spec: {replicas, selector: {matchLabels: {app: name}}, template: {metadata: {labels: {app: name}}, spec: {containers: [{name, image, ports: [{containerPort: port}]}]}}},
	};
}

function service(name: string, spec: Record<string, unknown>): KubeObject {
	return {apiVersion: 'v1', kind: 'Service', metadata: {name, namespace: 'default'}, spec: {selector: {app: 'web'}, ...spec}};
}

function setup() {
	const cluster = bareCluster(3);
	expect(createObject(cluster, deployment('web', 2, 'us-docker.pkg.dev/google-samples/containers/gke/hello-app:2.0', 8080)).ok).toBe(true);
	expect(createObject(cluster, deployment('client', 1, 'curlimages/curl:8.5.0', 80)).ok).toBe(true);
	advanceTime(cluster, 5000);
	const client = cluster.store.view('Pod', 'default').find(pod => pod.metadata.name.startsWith('client-'))!;
	return {cluster, client: {kind: 'pod' as const, namespace: 'default', pod: client.metadata.name}};
}

describe('network over controller-made objects', () => {
	it('a NodePort Service answers from the laptop on every node, served by a web pod', () => {
		const {cluster} = setup();
		const created = createObject(cluster, service('web', {type: 'NodePort', ports: [{port: 80, targetPort: 8080}]}));
		expect(created.ok).toBe(true);
		advanceTime(cluster, 1000);
		const nodePort = (cluster.store.peek('Service', 'default', 'web') as unknown as {spec: {ports: Array<{nodePort: number}>}}).spec.ports[0].nodePort;
		for (const node of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
			const outcome = httpRequest(cluster, LAPTOP, {url: `http://${node}:${nodePort}/`, timeoutMs: 5000});
			expect(outcome.kind).toBe('response');
			if (outcome.kind === 'response') {
				expect(outcome.servedBy?.pod).toMatch(/^web-/);
				expect(outcome.via).toMatchObject({service: {namespace: 'default', name: 'web'}, portType: 'NodePort', port: nodePort, targetPort: 8080});
			}
		}
	});

	it('a ClusterIP Service answers by name from a pod; the laptop cannot resolve it', () => {
		const {cluster, client} = setup();
		createObject(cluster, service('web', {ports: [{port: 80, targetPort: 8080}]}));
		advanceTime(cluster, 1000);
		expect(text(curl(cluster, client, ['-s', 'http://web/']))).toMatch(/^Hello, world!\nVersion: 2\.0\.0\nHostname: web-[a-z0-9]+-[a-z0-9]{5}\n$/);
		expect(text(curl(cluster, LAPTOP, ['http://web/']))).toBe('curl: (6) Could not resolve host: web\n');
		expect(text(nslookup(cluster, client, ['web']))).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nName:\tweb\.default\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n\n\*\* server can't find web\.svc\.cluster\.local: NXDOMAIN\n\n/);
	});

	it('targetPort defaulting to port (80) against an app on 8080 is refused', () => {
		const {cluster, client} = setup();
		createObject(cluster, service('web', {ports: [{port: 80}]}));
		advanceTime(cluster, 1000);
		expect(text(curl(cluster, client, ['http://web/']))).toBe("curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server\n");
	});

	it('a selector typo leaves no endpoints: refused at once', () => {
		const {cluster, client} = setup();
		createObject(cluster, service('web', {selector: {app: 'wbe'}, ports: [{port: 80, targetPort: 8080}]}));
		advanceTime(cluster, 1000);
		const result = curl(cluster, client, ['http://web/']);
		expect(result.exitCode).toBe(7);
		expect(result.trace?.some(hop => hop.kind === 'reject')).toBe(true);
	});
});
