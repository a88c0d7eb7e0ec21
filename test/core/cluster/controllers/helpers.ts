/** Test helpers: write objects the way the API server would (already defaulted), then settle, as the shell does after a command. */
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import type {KubeObject, Pod} from '../../../../src/core/cluster/kube-object.js';
import {settle} from '../../../../src/core/cluster/controllers/settle.js';

export function apply(cluster: Cluster, object: KubeObject): void {
	const existing = cluster.store.peek(object.kind, object.metadata.namespace, object.metadata.name);
	const metadata = existing
		? {...existing.metadata, ...object.metadata, generation: (existing.metadata.generation ?? 1) + 1}
		: {...object.metadata, uid: cluster.random.uid(), creationTimestamp: cluster.clock.timestamp(), generation: 1};
	cluster.store.put({...(existing ?? {}), ...object, metadata} as KubeObject);
	settle(cluster);
}

export function remove(cluster: Cluster, kind: string, namespace: string | undefined, name: string): void {
	cluster.store.remove(kind, namespace, name);
	settle(cluster);
}

interface DeploymentOptions {
	replicas?: number;
	image?: string;
	labels?: Record<string, string>;
	ports?: Array<{containerPort: number; name?: string; protocol?: string}>;
	readinessProbe?: Record<string, unknown>;
	namespace?: string;
	podSpec?: Record<string, unknown>;
	command?: string[];
}

export function deployment(name: string, options: DeploymentOptions = {}): KubeObject {
	const labels = options.labels ?? {app: name};
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {name, namespace: options.namespace ?? 'default', labels: {...labels}},
		spec: {
			replicas: options.replicas ?? 1,
			selector: {matchLabels: {...labels}},
			template: {
				metadata: {labels: {...labels}},
				spec: {
					containers: [
						{
							name: 'web',
							image: options.image ?? 'nginx:1.27',
							...(options.command ? {command: options.command} : {}),
							...(options.ports ? {ports: options.ports} : {}),
							...(options.readinessProbe ? {readinessProbe: options.readinessProbe} : {}),
						},
					],
					...(options.podSpec ?? {}),
				},
			},
		},
	};
}

export function service(name: string, spec: Record<string, unknown>, namespace = 'default'): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: {name, namespace},
		spec: {type: 'ClusterIP', sessionAffinity: 'None', ...spec},
	};
}

export function podsOf(cluster: Cluster, prefix: string, namespace = 'default'): Array<Readonly<Pod & KubeObject>> {
	return cluster.store.view<Pod & KubeObject>('Pod', namespace).filter(pod => pod.metadata.name.startsWith(`${prefix}-`));
}

export function eventMessages(cluster: Cluster, reason: string, namespace = 'default'): string[] {
	return cluster.store.view('Event', namespace).filter(e => e.reason === reason).map(e => String(e.message));
}

export function ready(pod: Readonly<Pod>): string | undefined {
	return pod.status?.conditions?.find(c => c.type === 'Ready')?.status;
}
