import {describe, expect, it} from 'vitest';

// Only the API server is under test, and it never runs a controller: a mutated `replicas: 70000` builds no pods.
import {applyObject, createObject, updateObject} from '../../../../src/core/cluster/api/api-server.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {SeededRandom} from '../../../../src/core/cluster/seeded-random.js';
import {manifest, newCluster} from './api-test-helpers.js';

/** Whatever a learner pastes, the API server answers: a stored object or an error, never an exception. */

const SEEDS: KubeObject[] = [
	manifest('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {type: NodePort, selector: {app: web}, ports: [{name: http, port: 80, targetPort: 9376, nodePort: 30080}]}'),
	manifest(
		'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 80}], readinessProbe: {httpGet: {path: /, port: 80}}}]}',
	),
	manifest('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {rules: [{host: a.example, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}'),
];

const ODD_VALUES: unknown[] = [null, 0, -1, 70000, '', 'x', 'None', true, [], {}, [null], {a: null}, 1.5, '10.96.0.10'];

function mutate(value: unknown, random: SeededRandom): unknown {
	if (Array.isArray(value)) return value.length > 0 && random.int(3) > 0 ? value.map(item => mutate(item, random)) : random.pick(ODD_VALUES);
	if (value && typeof value === 'object') {
		const copy: Record<string, unknown> = {...(value as Record<string, unknown>)};
		const keys = Object.keys(copy);
		const key = random.pick(keys);
		if (random.int(4) === 0) copy[key] = random.pick(ODD_VALUES);
		else copy[key] = mutate(copy[key], random);
		return copy;
	}
	return random.int(2) === 0 ? random.pick(ODD_VALUES) : value;
}

describe('robustness', () => {
	it('answers thousands of mutated manifests without throwing', () => {
		const random = new SeededRandom(7);
		const cluster = newCluster();
		let stored = 0;
		for (let i = 0; i < 800; i++) {
			const seed = random.pick(SEEDS);
			const mutated = {...(mutate(seed, random) as KubeObject)};
			if (mutated.kind !== seed.kind || mutated.apiVersion !== seed.apiVersion) continue;
			if (typeof mutated.metadata !== 'object' || mutated.metadata === null) mutated.metadata = {name: `m${i}`};
			else mutated.metadata = {...mutated.metadata, name: `m${i}`};
			for (const write of [createObject, applyObject, updateObject] as const) {
				const result = write(cluster, mutated as KubeObject);
				expect(typeof result.ok).toBe('boolean');
				if (!result.ok) expect(result.error.message).not.toMatch(/^Internal error occurred/);
				else stored++;
			}
		}
		expect(stored).toBeGreaterThan(0);
	});
});

describe('self-referencing manifests', () => {
	it('answers a YAML alias cycle with an error instead of overflowing the stack', async () => {
		const {parseDocument} = await import('yaml');
		const cyclic = parseDocument('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nextra: &loop {self: *loop}').toJS() as KubeObject;
		const cluster = newCluster();
		for (const write of [createObject, applyObject] as const) {
			const result = write(cluster, cyclic);
			expect(typeof result.ok).toBe('boolean');
		}
	});
});
