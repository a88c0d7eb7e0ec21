import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import type {KubeObject, Service} from '../../../../src/core/cluster/kube-object.js';
import {apply, eventMessages, remove, service} from './helpers.js';

const lb = (name: string) => service(name, {type: 'LoadBalancer', selector: {app: name}, ports: [{port: 80, protocol: 'TCP', targetPort: 80, nodePort: 30080}], externalTrafficPolicy: 'Cluster', allocateLoadBalancerNodePorts: true});
const ingressOf = (cluster: ReturnType<typeof createCluster>, name: string) =>
	cluster.store.peek<Service & KubeObject>('Service', 'default', name)?.status?.loadBalancer?.ingress;

describe('cloud LoadBalancer controller', () => {
	it('assigns 172.18.255.200 once the Service has existed for one simulated second', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, lb('web'));
		expect(ingressOf(cluster, 'web')).toBeUndefined();
		advanceTime(cluster, 999);
		expect(ingressOf(cluster, 'web')).toBeUndefined();
		advanceTime(cluster, 1);
		expect(ingressOf(cluster, 'web')).toEqual([{ip: '172.18.255.200', ipMode: 'VIP'}]);
		expect(eventMessages(cluster, 'EnsuringLoadBalancer')).toEqual(['Ensuring load balancer']);
		expect(eventMessages(cluster, 'EnsuredLoadBalancer')).toEqual(['Ensured load balancer']);
		const event = cluster.store.view('Event', 'default').find(e => e.reason === 'EnsuredLoadBalancer')!;
		expect((event.source as {component: string}).component).toBe('service-controller');
	});

	it('acts at its moment even inside a longer sleep', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, lb('web'));
		advanceTime(cluster, 10_000);
		const event = cluster.store.view('Event', 'default').find(e => e.reason === 'EnsuredLoadBalancer')!;
		expect(event.firstTimestamp).toBe(cluster.clock.timestamp(1_000));
	});

	it('hands out the lowest free address and releases it on delete or type change', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, lb('a'));
		apply(cluster, lb('b'));
		advanceTime(cluster, 1_000);
		expect([ingressOf(cluster, 'a')?.[0].ip, ingressOf(cluster, 'b')?.[0].ip]).toEqual(['172.18.255.200', '172.18.255.201']);
		remove(cluster, 'Service', 'default', 'a');
		apply(cluster, {...service('b', {type: 'ClusterIP', selector: {app: 'b'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}), status: {loadBalancer: {ingress: [{ip: '172.18.255.201', ipMode: 'VIP'}]}}});
		expect(cluster.store.peek<Service & KubeObject>('Service', 'default', 'b')?.status?.loadBalancer).toEqual({});
		apply(cluster, lb('c'));
		advanceTime(cluster, 1_000);
		expect(ingressOf(cluster, 'c')?.[0].ip).toBe('172.18.255.200');
	});

	it('counts the second from the change when a ClusterIP Service becomes a LoadBalancer', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, service('web', {selector: {app: 'web'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}));
		advanceTime(cluster, 60_000);
		apply(cluster, lb('web'));
		expect(ingressOf(cluster, 'web')).toBeUndefined();
		advanceTime(cluster, 1_000);
		expect(ingressOf(cluster, 'web')?.[0].ip).toBe('172.18.255.200');
	});

	it('never assigns anything with cloud none', () => {
		const cluster = createCluster({seed: 1, cloud: 'none'});
		apply(cluster, lb('web'));
		advanceTime(cluster, 3_600_000);
		expect(ingressOf(cluster, 'web')).toBeUndefined();
		expect(eventMessages(cluster, 'EnsuringLoadBalancer')).toEqual([]);
	});

	it('leaves Services with a loadBalancerClass to their own controller', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, {...lb('web'), spec: {...(lb('web').spec as object), loadBalancerClass: 'example.com/lb'}});
		advanceTime(cluster, 5_000);
		expect(ingressOf(cluster, 'web')).toBeUndefined();
	});
});
