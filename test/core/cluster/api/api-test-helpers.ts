import {parse} from 'yaml';
import type {Cluster} from '../../../../src/core/cluster/cluster.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import type {ApiResult} from '../../../../src/core/cluster/api/api-error.js';

/** A seeded cluster with the namespaces the tests write into, whatever the bootstrap has filled in so far. */
export function newCluster(...namespaces: string[]): Cluster {
	const cluster = createCluster({seed: 1});
	for (const name of ['default', ...namespaces]) ensureNamespace(cluster, name);
	return cluster;
}

export function ensureNamespace(cluster: Cluster, name: string): void {
	if (!cluster.store.has('Namespace', undefined, name)) cluster.store.put({apiVersion: 'v1', kind: 'Namespace', metadata: {name}});
}

/** A manifest written as YAML, the way a learner writes it. */
export function manifest(yaml: string): KubeObject {
	return parse(yaml) as KubeObject;
}

/** A Service manifest with the given spec (YAML), named `web` unless told otherwise. */
export function service(specYaml: string, name = 'web'): KubeObject {
	const spec = parse(specYaml) as Record<string, unknown>;
	return {apiVersion: 'v1', kind: 'Service', metadata: {name}, spec};
}

/** The error message a failed call returned (the test fails if it succeeded). */
export function errorOf<T>(result: ApiResult<T>): string {
	if (result.ok) throw new Error(`expected an error, got success: ${JSON.stringify(result.value)}`);
	return result.error.message;
}

export function valueOf<T>(result: ApiResult<T>): T {
	if (!result.ok) throw new Error(`expected success, got: ${result.error.message}`);
	return result.value;
}
