import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseAllDocuments} from 'yaml';
import {applyObject} from '../../../../src/core/cluster/api/api-server.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {advanceTime, settle} from '../../../../src/core/cluster/controllers/settle.js';
import type {Endpoints, KubeObject, Service} from '../../../../src/core/cluster/kube-object.js';
import {eventMessages, podsOf, ready} from './helpers.js';
import {CORPUS_DIR} from '../../../fixtures/corpus-dir.js';

const CORPUS = CORPUS_DIR;

function applyFile(cluster: ReturnType<typeof createCluster>, file: string): void {
	for (const doc of parseAllDocuments(readFileSync(`${CORPUS}/${file}`, 'utf8'))) {
		const object = doc.toJS() as KubeObject | null;
		if (!object) continue;
		const result = applyObject(cluster, {...object, metadata: {namespace: 'default', ...object.metadata}});
		expect(result.ok, `${file}: ${JSON.stringify(result)}`).toBe(true);
	}
	settle(cluster); // as the shell does after `kubectl apply -f FILE`
}

describe('controllers on the real manifests of the corpus', () => {
	it('curl-deployment waits in ContainerCreating for its Secret', () => {
		const cluster = createCluster({seed: 1});
		applyFile(cluster, 'k8s-website/networking_curlpod.yaml');
		const [pod] = podsOf(cluster, 'curl-deployment');
		expect(pod.status?.containerStatuses?.[0].state?.waiting?.reason).toBe('ContainerCreating');
		expect(eventMessages(cluster, 'FailedMount')).toEqual(['MountVolume.SetUp failed for volume "secret-volume" : secret "nginxsecret" not found']);
	});

	it('the hello Service reaches the backend pods through the named port http', () => {
		const cluster = createCluster({seed: 1});
		applyFile(cluster, 'k8s-website/access_backend-deployment.yaml');
		applyFile(cluster, 'k8s-website/access_backend-service.yaml');
		const endpoints = cluster.store.peek<Endpoints & KubeObject>('Endpoints', 'default', 'hello')!;
		expect(endpoints.subsets?.[0].addresses).toHaveLength(3);
		expect(endpoints.subsets?.[0].ports).toEqual([{port: 80, protocol: 'TCP'}]);
	});

	it('microservices-demo runs, and frontend-external gets an address after a second', () => {
		const cluster = createCluster({seed: 1});
		applyFile(cluster, 'microservices-demo/kubernetes-manifests.yaml');
		const pods = cluster.store.view('Pod', 'default');
		expect(pods).toHaveLength(12);
		// Its init container waits until http://frontend:80 answers (corpus README).
		expect(podsOf(cluster, 'loadgenerator').map(p => p.status?.phase)).toEqual(['Pending']);
		advanceTime(cluster, 1_000);
		const svc = cluster.store.peek<Service & KubeObject>('Service', 'default', 'frontend-external')!;
		expect(svc.status?.loadBalancer?.ingress).toEqual([{ip: '172.18.255.200', ipMode: 'VIP'}]);
		advanceTime(cluster, 60_000);
		expect(podsOf(cluster, 'frontend').map(ready)).toEqual(['True']);
		expect(podsOf(cluster, 'loadgenerator').map(p => p.status?.phase)).toEqual(['Running']);
	});
});
