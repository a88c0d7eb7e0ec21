import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import type {EndpointSlice, Endpoints, KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {apply, deployment, eventMessages, podsOf, ready, remove, service} from './helpers.js';

type Slice = EndpointSlice & KubeObject;
const slicesOf = (cluster: ReturnType<typeof createCluster>, svc: string) =>
	cluster.store.view<Slice>('EndpointSlice', 'default').filter(s => s.metadata.labels?.['kubernetes.io/service-name'] === svc);
const endpointsOf = (cluster: ReturnType<typeof createCluster>, svc: string) => cluster.store.peek<Endpoints & KubeObject>('Endpoints', 'default', svc);

describe('EndpointSlice and Endpoints controllers', () => {
	it('list ready pods as ip:targetPort with the controller labels and owner', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 8080}]}));
		const ips = podsOf(cluster, 'web').map(p => p.status!.podIP!).sort();
		const [slice] = slicesOf(cluster, 'web');
		expect(slice.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
		expect(slice.metadata.labels).toEqual({'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': 'web'});
		expect(slice.metadata.ownerReferences?.[0]).toMatchObject({kind: 'Service', name: 'web', controller: true, blockOwnerDeletion: true});
		expect(slice.addressType).toBe('IPv4');
		expect(slice.ports).toEqual([{name: '', port: 8080, protocol: 'TCP'}]);
		expect(slice.endpoints.map(e => e.addresses[0])).toEqual(ips);
		expect(slice.endpoints[0].conditions).toEqual({ready: true, serving: true, terminating: false});
		expect(slice.endpoints[0].targetRef).toMatchObject({kind: 'Pod', namespace: 'default'});
		expect(slice.endpoints[0].zone).toBeUndefined();
		const endpoints = endpointsOf(cluster, 'web')!;
		expect(endpoints.metadata.labels).toEqual({'endpoints.kubernetes.io/managed-by': 'endpoint-controller'});
		expect(endpoints.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time']).toBe(cluster.clock.timestamp());
		expect(endpoints.subsets).toEqual([{addresses: ips.map(ip => expect.objectContaining({ip})), ports: [{port: 8080, protocol: 'TCP'}]}]);
	});

	it('keeps the slice name when pods come and go', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		const name = slicesOf(cluster, 'web')[0].metadata.name;
		remove(cluster, 'Pod', 'default', podsOf(cluster, 'web')[0].metadata.name);
		apply(cluster, deployment('web', {replicas: 4}));
		expect(slicesOf(cluster, 'web').map(s => s.metadata.name)).toEqual([name]);
		expect(slicesOf(cluster, 'web')[0].endpoints).toHaveLength(4);
	});

	it('spread more than 100 endpoints over several slices', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 150}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		expect(slicesOf(cluster, 'web').map(s => s.endpoints.length).sort()).toEqual([100, 50]);
		apply(cluster, deployment('web', {replicas: 20}));
		expect(slicesOf(cluster, 'web').map(s => s.endpoints.length)).toEqual([20]);
	});

	it('sort Endpoints addresses as strings', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 20}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		const ips = endpointsOf(cluster, 'web')!.subsets![0].addresses!.map(a => a.ip);
		expect(ips).toEqual([...ips].sort());
		expect(ips.indexOf('10.244.1.11')).toBeLessThan(ips.indexOf('10.244.1.9'));
	});

	it('keep one placeholder slice with no ports and no endpoints when nothing matches', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('web', {selector: {app: 'nothing'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		const slices = slicesOf(cluster, 'web');
		expect(slices).toHaveLength(1);
		expect([slices[0].ports, slices[0].endpoints]).toEqual([[], []]);
		expect(endpointsOf(cluster, 'web')?.subsets).toBeUndefined();
	});

	it('resolve a named targetPort per pod, and a typo gives no endpoints', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2, ports: [{containerPort: 8080, name: 'http', protocol: 'TCP'}]}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{name: 'web', port: 80, protocol: 'TCP', targetPort: 'http'}]}));
		expect(slicesOf(cluster, 'web')[0].ports).toEqual([{name: 'web', port: 8080, protocol: 'TCP'}]);
		expect(endpointsOf(cluster, 'web')!.subsets![0].ports).toEqual([{name: 'web', port: 8080, protocol: 'TCP'}]);

		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{name: 'web', port: 80, protocol: 'TCP', targetPort: 'htp'}]}));
		expect(endpointsOf(cluster, 'web')?.subsets).toBeUndefined();
		const slices = slicesOf(cluster, 'web');
		expect(slices).toHaveLength(1);
		expect(slices[0].ports).toEqual([]);
		expect(slices[0].endpoints).toHaveLength(2);
	});

	it('give no Endpoints or slices to Services without a selector or of type ExternalName', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('manual', {ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		apply(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'db', namespace: 'default'}, spec: {type: 'ExternalName', externalName: 'db.example.com', selector: {app: 'db'}}});
		for (const name of ['manual', 'db']) {
			expect(endpointsOf(cluster, name)).toBeUndefined();
			expect(slicesOf(cluster, name)).toHaveLength(0);
		}
	});

	it('remove slices and Endpoints with their Service', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web'));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		remove(cluster, 'Service', 'default', 'web');
		expect(slicesOf(cluster, 'web')).toHaveLength(0);
		expect(endpointsOf(cluster, 'web')).toBeUndefined();
	});
});

describe('readiness', () => {
	const probeOn = (port: number | string, path = '/') => ({httpGet: {path, port, scheme: 'HTTP'}, periodSeconds: 10});

	it('a probe on a port nobody listens on keeps the pod 0/1 Running and out of Endpoints', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {ports: [{containerPort: 80}], readinessProbe: probeOn(8080, '/healthz')}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		const [pod] = podsOf(cluster, 'web');
		expect(pod.status?.phase).toBe('Running');
		expect(pod.status?.containerStatuses?.[0].ready).toBe(false);
		expect(pod.status?.conditions?.find(c => c.type === 'Ready')).toMatchObject({status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [web]'});
		const ip = pod.status!.podIP!;
		expect(eventMessages(cluster, 'Unhealthy')).toEqual([`Readiness probe failed: Get "http://${ip}:8080/healthz": dial tcp ${ip}:8080: connect: connection refused`]);
		expect(endpointsOf(cluster, 'web')!.subsets).toEqual([{notReadyAddresses: [expect.objectContaining({ip})], ports: [{port: 80, protocol: 'TCP'}]}]);
		expect(slicesOf(cluster, 'web')[0].endpoints[0].conditions).toEqual({ready: false, serving: false, terminating: false});
		const deploy = cluster.store.peek('Deployment', 'default', 'web')!;
		expect((deploy.status as {conditions: Array<{type: string; status: string}>}).conditions[0]).toMatchObject({type: 'Available', status: 'False'});
		advanceTime(cluster, 30_000);
		const unhealthy = cluster.store.view('Event', 'default').find(e => e.reason === 'Unhealthy')!;
		expect(unhealthy.count).toBe(4);
	});

	it('a probe on the listening port (by name too) makes the pod Ready', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {ports: [{containerPort: 80, name: 'http'}], readinessProbe: probeOn('http')}));
		expect(ready(podsOf(cluster, 'web')[0])).toBe('True');
		apply(cluster, deployment('tcp', {image: 'redis:7', readinessProbe: {tcpSocket: {port: 6379}}}));
		expect(ready(podsOf(cluster, 'tcp')[0])).toBe('True');
	});

	it('waits initialDelaySeconds of simulated time', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {readinessProbe: {...probeOn(80), initialDelaySeconds: 5}}));
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		expect(ready(podsOf(cluster, 'web')[0])).toBe('False');
		advanceTime(cluster, 4_000);
		expect(ready(podsOf(cluster, 'web')[0])).toBe('False');
		advanceTime(cluster, 1_000);
		const [pod] = podsOf(cluster, 'web');
		expect(ready(pod)).toBe('True');
		expect(cluster.clock.now()).toBe(5_000);
		expect(endpointsOf(cluster, 'web')!.subsets![0].addresses?.[0].ip).toBe(pod.status?.podIP);
		expect(eventMessages(cluster, 'Unhealthy')).toEqual([]);
	});

	it('exec probes run their command in the container: a non-zero status fails them', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('bad', {readinessProbe: {exec: {command: ['cat', '/tmp/healthy']}}}));
		expect(ready(podsOf(cluster, 'bad')[0])).toBe('False');
		// nginx's image is Debian: GNU cat's message, as the real probe prints it
		expect(eventMessages(cluster, 'Unhealthy')).toContain('Readiness probe failed: cat: /tmp/healthy: No such file or directory');
		const cluster2 = createCluster({seed: 1});
		const touching = deployment('ok', {image: 'busybox', readinessProbe: {exec: {command: ['cat', '/tmp/healthy']}}});
		const container = (touching.spec as {template: {spec: {containers: Array<{args?: string[]}>}}}).template.spec.containers[0];
		container.args = ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30000'];
		apply(cluster2, touching);
		expect(ready(podsOf(cluster2, 'ok')[0])).toBe('True');
		apply(cluster2, deployment('no', {readinessProbe: {exec: {command: ['false']}}}));
		expect(ready(podsOf(cluster2, 'no')[0])).toBe('False');
		apply(cluster2, deployment('yes', {readinessProbe: {exec: {command: ['sh', '-c', 'echo ok']}}}));
		expect(ready(podsOf(cluster2, 'yes')[0])).toBe('True');
	});

	it('an exec probe is a real shell script: test, [ ], lists, loops and its exit status', () => {
		const cluster = createCluster({seed: 1});
		const probe = (name: string, script: string) => {
			const object = deployment(name, {image: 'busybox', readinessProbe: {exec: {command: ['sh', '-c', script]}}});
			(object.spec as {template: {spec: {containers: Array<{args?: string[]}>}}}).template.spec.containers[0].args = ['sleep', '3600'];
			apply(cluster, object);
		};
		probe('arith', '[ 1 -eq 2 ]');
		probe('exit3', 'echo checking; exit 3');
		probe('loop', 'for i in 1 2 3; do [ $i -le 3 ] || exit 1; done');
		probe('or', 'false || true');
		probe('file', 'test -f /tmp/ready');
		probe('hosts', '[ -f /etc/hosts ]');
		probe('slow', 'sleep 0.5; nc -z 127.0.0.1 9');
		probe('busybox', 'cat /tmp/ready');
		probe('forever', 'sleep infinity; exit 1');
		expect(ready(podsOf(cluster, 'arith')[0])).toBe('False');
		expect(ready(podsOf(cluster, 'exit3')[0])).toBe('False');
		expect(ready(podsOf(cluster, 'loop')[0])).toBe('True');
		expect(ready(podsOf(cluster, 'or')[0])).toBe('True');
		expect(ready(podsOf(cluster, 'file')[0])).toBe('False');
		expect(ready(podsOf(cluster, 'hosts')[0])).toBe('True');
		// half a second is within timeoutSeconds, then nc is refused; neither wait moves the clock
		expect(ready(podsOf(cluster, 'slow')[0])).toBe('False');
		expect(cluster.clock.now()).toBe(0);
		expect(ready(podsOf(cluster, 'busybox')[0])).toBe('False');
		expect(ready(podsOf(cluster, 'forever')[0])).toBe('False');
		const messages = eventMessages(cluster, 'Unhealthy');
		expect(messages).toContain('Readiness probe failed: checking');
		expect(messages).toContain("Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory");
		expect(messages).toContain('Readiness probe failed: command "sh -c sleep infinity; exit 1" timed out');
	});

	it('publishNotReadyAddresses lists not-ready pods as ready', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {readinessProbe: probeOn(9999)}));
		apply(cluster, service('web', {selector: {app: 'web'}, publishNotReadyAddresses: true, clusterIP: 'None', ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		const [pod] = podsOf(cluster, 'web');
		expect(endpointsOf(cluster, 'web')!.subsets![0].addresses?.[0].ip).toBe(pod.status?.podIP);
		const [slice] = slicesOf(cluster, 'web');
		expect(slice.endpoints[0].conditions).toEqual({ready: true, serving: false, terminating: false});
		expect(slice.metadata.labels?.['service.kubernetes.io/headless']).toBe('');
	});
});

describe('volumes', () => {
	it('a missing Secret keeps the pod ContainerCreating with FailedMount until it exists', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('curl', {
			image: 'curlimages/curl:8.18.0',
			command: ['sleep', 'infinity'],
			podSpec: {volumes: [{name: 'secret-volume', secret: {secretName: 'nginxsecret'}}]},
		}));
		let [pod] = podsOf(cluster, 'curl');
		expect(pod.status?.phase).toBe('Pending');
		expect(pod.status?.podIP).toBeUndefined();
		expect(pod.status?.containerStatuses?.[0].state).toEqual({waiting: {reason: 'ContainerCreating'}});
		expect(eventMessages(cluster, 'FailedMount')).toEqual(['MountVolume.SetUp failed for volume "secret-volume" : secret "nginxsecret" not found']);
		apply(cluster, {apiVersion: 'v1', kind: 'Secret', metadata: {name: 'nginxsecret', namespace: 'default'}, type: 'Opaque', data: {}});
		[pod] = podsOf(cluster, 'curl');
		expect([pod.status?.phase, ready(pod)]).toEqual(['Running', 'True']);
	});
});
