import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {servicesAtStart} from '../../../../src/core/cluster/controllers/service-environment.js';
import {apply, deployment, podsOf, service} from './helpers.js';

describe('Service environment variables are fixed when a pod starts', () => {
	it('a pod sees the Services that existed when it started, not later ones', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('early', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		apply(cluster, deployment('web'));
		apply(cluster, service('late', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		const [pod] = podsOf(cluster, 'web');
		expect([...(servicesAtStart(cluster, pod.metadata.uid) ?? [])].sort()).toEqual(['early', 'kubernetes']);
	});

	it('only the pod\'s own namespace counts, and unknown pods have no record', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('other', {selector: {app: 'x'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}, 'kube-system'));
		apply(cluster, deployment('web'));
		const [pod] = podsOf(cluster, 'web');
		expect(servicesAtStart(cluster, pod.metadata.uid)?.has('other')).toBe(false);
		expect(servicesAtStart(cluster, 'no-such-uid')).toBeUndefined();
	});
});
