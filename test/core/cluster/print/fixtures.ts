import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {SimClock} from '../../../../src/core/cluster/sim-clock.js';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const clock = new SimClock();
export const at = (ms: number): string => clock.timestamp(ms);

export function service(name: string, createdMs: number, spec: Record<string, unknown>, status: Record<string, unknown> = {loadBalancer: {}}, labels?: Record<string, string>): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: {name, namespace: 'default', creationTimestamp: at(createdMs), uid: `uid-${name}`, ...(labels ? {labels} : {})},
		spec,
		status,
	};
}

export function pod(name: string, createdMs: number, overrides: {spec?: Record<string, unknown>; status?: Record<string, unknown>; labels?: Record<string, string>; metadata?: Record<string, unknown>} = {}): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name, namespace: 'default', creationTimestamp: at(createdMs), labels: overrides.labels ?? {app: 'web'}, ...overrides.metadata},
		spec: {containers: [{name: 'web', image: 'nginx:1.27', ports: [{containerPort: 80, protocol: 'TCP'}]}], nodeName: 'kind-worker', ...overrides.spec},
		status: overrides.status ?? runningStatus('10.244.1.5', createdMs + 2 * SECOND),
	};
}

export function runningStatus(ip: string, startedMs: number, ready = true): Record<string, unknown> {
	return {
		phase: 'Running',
		hostIP: '172.18.0.3',
		podIP: ip,
		podIPs: [{ip}],
		startTime: at(startedMs),
		conditions: [
			{type: 'PodReadyToStartContainers', status: 'True'},
			{type: 'Initialized', status: 'True'},
			{type: 'Ready', status: ready ? 'True' : 'False'},
			{type: 'ContainersReady', status: ready ? 'True' : 'False'},
			{type: 'PodScheduled', status: 'True'},
		],
		containerStatuses: [
			{
				name: 'web',
				image: 'docker.io/library/nginx:1.27',
				imageID: 'docker.io/library/nginx@sha256:abc',
				containerID: 'containerd://1234',
				ready,
				started: true,
				restartCount: 0,
				state: {running: {startedAt: at(startedMs)}},
			},
		],
	};
}
