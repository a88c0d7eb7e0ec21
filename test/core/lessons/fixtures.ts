/**
 * Builds cluster state by storing objects directly, as the controllers would leave them, so the
 * check engine can be tested on exact situations without running the whole simulator.
 */
import {Cluster} from '../../../src/core/cluster/cluster.js';
import type {KubeObject} from '../../../src/core/cluster/kube-object.js';

export function bareCluster(options: {cloud?: 'kind' | 'none'} = {}): Cluster {
	return new Cluster({seed: 1, cloud: options.cloud});
}

export interface PodFixture {
	name: string;
	labels: Record<string, string>;
	ip: string;
	ready?: boolean;
	namespace?: string;
	node?: string;
	ports?: Array<{containerPort: number; name?: string}>;
}

export function putPod(cluster: Cluster, pod: PodFixture): void {
	const ready = pod.ready ?? true;
	cluster.store.put({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name: pod.name, namespace: pod.namespace ?? 'default', labels: pod.labels},
		spec: {nodeName: pod.node ?? 'kind-worker', containers: [{name: 'app', image: 'nginx', ports: pod.ports}]},
		status: {phase: 'Running', podIP: pod.ip, conditions: [{type: 'Ready', status: ready ? 'True' : 'False'}]},
	});
}

export function putService(cluster: Cluster, name: string, spec: Record<string, unknown>, extra: {namespace?: string; status?: unknown} = {}): void {
	const object: KubeObject = {apiVersion: 'v1', kind: 'Service', metadata: {name, namespace: extra.namespace ?? 'default'}, spec};
	if (extra.status) object.status = extra.status;
	cluster.store.put(object);
}

/** The EndpointSlice the controller keeps for a Service: ports empty when none resolved. */
export function putSlice(cluster: Cluster, service: string, endpoints: Array<{ip: string; ready: boolean}>, ports: number[], namespace = 'default'): void {
	cluster.store.put({
		apiVersion: 'discovery.k8s.io/v1',
		kind: 'EndpointSlice',
		metadata: {name: `${service}-abcde`, namespace, labels: {'kubernetes.io/service-name': service}},
		addressType: 'IPv4',
		ports: ports.map(port => ({port, protocol: 'TCP'})),
		endpoints: endpoints.map(e => ({addresses: [e.ip], conditions: {ready: e.ready, serving: e.ready, terminating: false}})),
	});
}
