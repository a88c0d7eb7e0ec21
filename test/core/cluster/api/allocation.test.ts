import {describe, expect, it} from 'vitest';
import {applyObject, createObject, deleteObject} from '../../../../src/core/cluster/api/api-server.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {newCluster, service, valueOf} from './api-test-helpers.js';

/** ClusterIP and NodePort allocation (§4). */

type Spec = {clusterIP?: string; ports?: Array<{port: number; protocol?: string; nodePort?: number}>; healthCheckNodePort?: number};
const specOf = (object: KubeObject) => object.spec as Spec;

function ipOffset(ip: string): number {
	const [a, b, c, d] = ip.split('.').map(Number);
	return ((a << 24) | (b << 16) | (c << 8) | d) - ((10 << 24) | (96 << 16));
}

describe('ClusterIP allocation', () => {
	it('hands out distinct addresses from the upper band of 10.96.0.0/12', () => {
		const cluster = newCluster();
		const ips = Array.from({length: 60}, (_, i) => specOf(valueOf(createObject(cluster, service('ports: [{port: 80}]', `s${i}`)))).clusterIP ?? '');
		expect(new Set(ips).size).toBe(60);
		for (const ip of ips) {
			expect(ipOffset(ip)).toBeGreaterThan(256);
			expect(ipOffset(ip)).toBeLessThan(2 ** 20 - 1);
		}
	});

	it('is deterministic for a seed', () => {
		const first = specOf(valueOf(createObject(newCluster(), service('ports: [{port: 80}]')))).clusterIP;
		const second = specOf(valueOf(createObject(newCluster(), service('ports: [{port: 80}]')))).clusterIP;
		expect(first).toBe(second);
	});

	it('accepts a free requested address, including from the static band', () => {
		const cluster = newCluster();
		expect(specOf(valueOf(createObject(cluster, service('clusterIP: 10.96.0.50\nports: [{port: 80}]')))).clusterIP).toBe('10.96.0.50');
	});

	it('frees the address when the Service is deleted', () => {
		const cluster = newCluster();
		valueOf(createObject(cluster, service('clusterIP: 10.96.100.100\nports: [{port: 80}]')));
		valueOf(deleteObject(cluster, 'Service', 'default', 'web'));
		expect(createObject(cluster, service('clusterIP: 10.96.100.100\nports: [{port: 80}]', 'again')).ok).toBe(true);
	});

	it('lets the same Service name exist in two namespaces with different addresses', () => {
		const cluster = newCluster('dev');
		const a = valueOf(createObject(cluster, service('ports: [{port: 80}]')));
		const b = valueOf(createObject(cluster, {...service('ports: [{port: 80}]'), metadata: {name: 'web', namespace: 'dev'}}));
		expect(specOf(a).clusterIP).not.toBe(specOf(b).clusterIP);
	});

	it('releases the address on a change to ExternalName and allocates one on the way back', () => {
		const cluster = newCluster();
		const ip = specOf(valueOf(createObject(cluster, service('clusterIP: 10.96.7.7\nports: [{port: 80}]')))).clusterIP;
		expect(ip).toBe('10.96.7.7');
		const external = valueOf(applyObject(cluster, service('type: ExternalName\nexternalName: db.example.com\nports: [{port: 80}]'))).object;
		expect(specOf(external).clusterIP).toBeUndefined();
		expect(createObject(cluster, service('clusterIP: 10.96.7.7\nports: [{port: 80}]', 'other')).ok).toBe(true);
		const back = valueOf(applyObject(cluster, service('type: ClusterIP\nports: [{port: 80}]'))).object;
		expect(specOf(back).clusterIP).toMatch(/^10\./);
		expect(specOf(back).clusterIP).not.toBe('10.96.7.7');
	});
});

describe('NodePort allocation', () => {
	it('hands out distinct ports from 30086-32767 when none is requested', () => {
		const cluster = newCluster();
		const ports = Array.from({length: 60}, (_, i) => specOf(valueOf(createObject(cluster, service('type: NodePort\nports: [{port: 80}]', `s${i}`)))).ports?.[0].nodePort ?? 0);
		expect(new Set(ports).size).toBe(60);
		for (const port of ports) {
			expect(port).toBeGreaterThanOrEqual(30086);
			expect(port).toBeLessThanOrEqual(32767);
		}
	});

	it('shares one nodePort between two ports with the same port number', () => {
		const cluster = newCluster();
		const ports = specOf(valueOf(createObject(cluster, service('type: NodePort\nports: [{name: dns, port: 53, protocol: UDP}, {name: dns-tcp, port: 53, protocol: TCP}]')))).ports ?? [];
		expect(ports[0].nodePort).toBeDefined();
		expect(ports[1].nodePort).toBe(ports[0].nodePort);
	});

	it('gives LoadBalancers nodePorts unless allocateLoadBalancerNodePorts is false', () => {
		const cluster = newCluster();
		expect(specOf(valueOf(createObject(cluster, service('type: LoadBalancer\nports: [{port: 80}]', 'a')))).ports?.[0].nodePort).toBeGreaterThanOrEqual(30086);
		const none = specOf(valueOf(createObject(cluster, service('type: LoadBalancer\nallocateLoadBalancerNodePorts: false\nports: [{port: 80}]', 'b'))));
		expect(none.ports?.[0].nodePort).toBeUndefined();
		const requested = specOf(valueOf(createObject(cluster, service('type: LoadBalancer\nallocateLoadBalancerNodePorts: false\nports: [{port: 80, nodePort: 30123}]', 'c'))));
		expect(requested.ports?.[0].nodePort).toBe(30123);
	});

	it('allocates a healthCheckNodePort for LoadBalancer with externalTrafficPolicy Local', () => {
		const cluster = newCluster();
		const spec = specOf(valueOf(createObject(cluster, service('type: LoadBalancer\nexternalTrafficPolicy: Local\nports: [{port: 80}]'))));
		expect(spec.healthCheckNodePort).toBeGreaterThanOrEqual(30086);
		expect(spec.healthCheckNodePort).not.toBe(spec.ports?.[0].nodePort);
	});

	it('frees nodePorts when a NodePort Service becomes ClusterIP', () => {
		const cluster = newCluster();
		valueOf(applyObject(cluster, service('type: NodePort\nports: [{port: 80, nodePort: 30080}]')));
		const changed = valueOf(applyObject(cluster, service('type: ClusterIP\nports: [{port: 80}]'))).object;
		expect(specOf(changed).ports?.[0].nodePort).toBeUndefined();
		expect(createObject(cluster, service('type: NodePort\nports: [{port: 80, nodePort: 30080}]', 'other')).ok).toBe(true);
	});

	it('allocates a nodePort when a ClusterIP Service becomes NodePort, keeping its clusterIP', () => {
		const cluster = newCluster();
		const before = valueOf(applyObject(cluster, service('ports: [{port: 80}]'))).object;
		const after = valueOf(applyObject(cluster, service('type: NodePort\nports: [{port: 80}]'))).object;
		expect(specOf(after).clusterIP).toBe(specOf(before).clusterIP);
		expect(specOf(after).ports?.[0].nodePort).toBeGreaterThanOrEqual(30000);
		expect((after.spec as {externalTrafficPolicy?: string}).externalTrafficPolicy).toBe('Cluster');
	});
});
