import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {apply, deployment, podsOf} from './helpers.js';

describe('controllers facing odd objects', () => {
	it('neither throw nor stop the rest of the cluster', () => {
		const cluster = createCluster({seed: 1});
		const odd: KubeObject[] = [
			{apiVersion: 'apps/v1', kind: 'Deployment', metadata: {name: 'empty', namespace: 'default'}},
			{apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: {name: 'bare', namespace: 'default'}, spec: {replicas: 1}},
			{apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: {name: 'nosvc', namespace: 'default'}, spec: {replicas: 2}},
			{apiVersion: 'v1', kind: 'Service', metadata: {name: 'noports', namespace: 'default'}, spec: {selector: {app: 'x'}, ports: null}},
			{apiVersion: 'v1', kind: 'Pod', metadata: {name: 'nocontainers', namespace: 'default'}, spec: {}},
			{apiVersion: 'v1', kind: 'Pod', metadata: {name: 'ghostnode', namespace: 'default'}, spec: {nodeName: 'kind-worker9', containers: [{name: 'a', image: 'nginx'}]}},
			{apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: {name: 'weird', namespace: 'default'}, spec: {ingressClassName: 'nginx'}},
		];
		for (const object of odd) expect(() => apply(cluster, object)).not.toThrow();
		expect(() => advanceTime(cluster, 5_000)).not.toThrow();
		apply(cluster, deployment('web', {replicas: 2}));
		expect(podsOf(cluster, 'web').map(p => p.status?.phase)).toEqual(['Running', 'Running']);
		expect(cluster.store.peek('Pod', 'default', 'ghostnode')?.status).toBeUndefined();
	});
});
