import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject, Node} from '../../../../src/core/cluster/kube-object.js';
import {apply, deployment, service} from './helpers.js';

describe('controllers in a big cluster', () => {
	it('do the same small amount of work for one more Deployment whatever the cluster size', () => {
		const cluster = createCluster({seed: 1});
		// Nodes big enough for 3,000 pods: kind's 110 each would leave most of them Pending.
		for (const node of cluster.store.view<Node & KubeObject>('Node')) {
			cluster.store.save({...node, status: {...node.status, allocatable: {...node.status?.allocatable, pods: '2000'}}});
		}
		const addApp = (i: number) => {
			const before = cluster.store.changeCount();
			const started = performance.now();
			apply(cluster, deployment(`app${i}`, {replicas: 10}));
			apply(cluster, service(`app${i}`, {selector: {app: `app${i}`}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
			return {writes: cluster.store.changeCount() - before, ms: performance.now() - started};
		};
		// From the second app on, the image is already on both workers (no more Pulling events).
		for (let i = 0; i < 10; i++) addApp(i);
		const early = addApp(10);
		for (let i = 11; i < 300; i++) addApp(i);
		const late = addApp(300);
		expect(cluster.store.count('Pod', 'default')).toBe(3010);
		expect(late.writes).toBe(early.writes);
		expect(late.ms).toBeLessThan(100);
	});
});
