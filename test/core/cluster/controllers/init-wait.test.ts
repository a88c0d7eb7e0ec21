import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import {summarizePod} from '../../../../src/core/cluster/print/pod-status.js';
import {apply, deployment, podsOf, service} from './helpers.js';

const waiting = (script: string, env: Array<{name: string; value: string}> = []) =>
	deployment('app', {podSpec: {initContainers: [{name: 'wait', image: 'busybox:1.36', command: ['sh', '-c', script], env}]}});
const status = (cluster: ReturnType<typeof createCluster>) => podsOf(cluster, 'app').map(pod => summarizePod(pod).status);

describe('init containers that wait for a Service', () => {
	it('`until nslookup myservice` keeps the pod in Init:0/1 until the Service exists', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, waiting('until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting; sleep 2; done'));
		advanceTime(cluster, 10_000);
		expect(status(cluster)).toEqual(['Init:0/1']);
		const [pod] = podsOf(cluster, 'app');
		expect(pod.status?.phase).toBe('Pending');
		expect(pod.status?.podIP).toMatch(/^10\.244\./);
		expect(pod.status?.conditions?.find(c => c.type === 'Initialized')).toMatchObject({status: 'False', reason: 'ContainersNotInitialized', message: 'containers with incomplete status: [wait]'});
		expect(pod.status?.containerStatuses?.[0].state).toEqual({waiting: {reason: 'PodInitializing'}});
		apply(cluster, service('myservice', {selector: {app: 'nothing'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		advanceTime(cluster, 2_000);
		expect(status(cluster)).toEqual(['Running']);
		expect(podsOf(cluster, 'app')[0].status?.initContainerStatuses?.[0].state?.terminated?.reason).toBe('Completed');
	});

	it('an HTTP retry loop (address from env) waits for a ready endpoint, not just the Service', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('frontend', {selector: {app: 'frontend'}, ports: [{port: 80, targetPort: 80, protocol: 'TCP'}]}));
		apply(cluster, waiting('for i in $(seq 1 12); do wget -qO- http://${FRONTEND_ADDR} && exit 0; sleep 10; done; exit 1', [{name: 'FRONTEND_ADDR', value: 'frontend:80'}]));
		advanceTime(cluster, 5_000);
		expect(status(cluster)).toEqual(['Init:0/1']);
		apply(cluster, deployment('frontend'));
		advanceTime(cluster, 2_000);
		expect(status(cluster)).toEqual(['Running']);
	});

	it('once initialised, the pod stays running when the Service goes away', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('db', {selector: {app: 'db'}, ports: [{port: 5432, targetPort: 5432, protocol: 'TCP'}]}));
		apply(cluster, waiting('until nslookup db; do sleep 1; done'));
		expect(status(cluster)).toEqual(['Running']);
		cluster.store.remove('Service', 'default', 'db');
		advanceTime(cluster, 10_000);
		expect(status(cluster)).toEqual(['Running']);
	});

	it('init containers that wait for nothing, or for hosts outside the cluster, complete at once', () => {
		for (const script of ['echo hello', 'until wget -q http://example.com; do sleep 1; done', 'until ping -c1 10.0.0.1; do sleep 1; done']) {
			const cluster = createCluster({seed: 1});
			apply(cluster, waiting(script));
			expect(status(cluster)).toEqual(['Running']);
		}
	});
});
