/**
 * Real manifests from the corpus (test/fixtures/corpus) through the real API server and controllers: the network
 * answers the way the projects' READMEs promise.
 */
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {describe, expect, it} from 'vitest';
import {parseAllDocuments} from 'yaml';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {httpRequest} from '../../../../src/core/cluster/network/request.js';
import {LAPTOP} from '../../../../src/core/cluster/vantage.js';
import {CORPUS_DIR} from '../../../fixtures/corpus-dir.js';

const CORPUS = pathToFileURL(CORPUS_DIR);

function apply(cluster: Cluster, file: string): void {
	for (const doc of parseAllDocuments(readFileSync(new URL(file, CORPUS), 'utf8'))) {
		const object = doc.toJS() as KubeObject | null;
		if (!object?.kind) continue;
		const result = createObject(cluster, {...object, metadata: {namespace: 'default', ...object.metadata}});
		expect(result.ok, `${file}: ${object.kind}/${object.metadata?.name}`).toBe(true);
	}
}

function lbIP(cluster: Cluster, name: string): string | undefined {
	const service = cluster.store.peek('Service', 'default', name) as unknown as {status?: {loadBalancer?: {ingress?: Array<{ip?: string}>}}};
	return service?.status?.loadBalancer?.ingress?.[0]?.ip;
}

describe('corpus manifests on the simulated network', () => {
	it("microservices-demo: frontend-external answers from the laptop once it has an IP", () => {
		const cluster = createCluster({seed: 5});
		apply(cluster, 'microservices-demo/kubernetes-manifests.yaml');
		advanceTime(cluster, 10_000);
		const ip = lbIP(cluster, 'frontend-external');
		expect(ip).toMatch(/^172\.18\.255\.2\d\d$/);
		const outcome = httpRequest(cluster, LAPTOP, {url: `http://${ip}/`, timeoutMs: 5000});
		expect(outcome).toMatchObject({kind: 'response', status: 200, servedBy: {pod: expect.stringMatching(/^frontend-/), port: 8080}, via: {portType: 'LoadBalancer', service: {name: 'frontend-external'}}});
	});

	it('guestbook: the frontend NodePort answers on every node', () => {
		const cluster = createCluster({seed: 6});
		apply(cluster, 'guestbook/guestbook-all-in-one.yaml');
		advanceTime(cluster, 10_000);
		const service = cluster.store.peek('Service', 'default', 'frontend') as unknown as {spec: {ports: Array<{nodePort: number}>}};
		for (const node of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) {
			const outcome = httpRequest(cluster, LAPTOP, {url: `http://${node}:${service.spec.ports[0].nodePort}/`, timeoutMs: 5000});
			expect(outcome).toMatchObject({kind: 'response', status: 200, servedBy: {pod: expect.stringMatching(/^frontend-/)}});
		}
	});
});
