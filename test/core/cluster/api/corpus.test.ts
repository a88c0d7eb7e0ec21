import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseAllDocuments} from 'yaml';
import {describe, expect, it} from 'vitest';
import {applyObject, createObject} from '../../../../src/core/cluster/api/api-server.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {newCluster} from './api-test-helpers.js';
import {CORPUS_DIR} from '../../../fixtures/corpus-dir.js';

/** Real manifests from public projects (test/fixtures/corpus) are accepted as a real cluster accepts them. */

const CORPUS = CORPUS_DIR;

function corpusFiles(): string[] {
	return readdirSync(CORPUS, {withFileTypes: true})
		.filter(entry => entry.isDirectory())
		.flatMap(dir => readdirSync(join(CORPUS, dir.name)).filter(file => file.endsWith('.yaml')).map(file => join(dir.name, file)))
		.sort();
}

function objectsIn(file: string): KubeObject[] {
	return parseAllDocuments(readFileSync(join(CORPUS, file), 'utf8'))
		.map(document => document.toJS() as KubeObject | null)
		.filter((object): object is KubeObject => object !== null && typeof object === 'object');
}

describe('corpus manifests', () => {
	const files = corpusFiles();

	it('finds the corpus', () => {
		expect(files.length).toBeGreaterThanOrEqual(27);
	});

	it.each(files)('%s creates and applies without error', file => {
		const objects = objectsIn(file);
		expect(objects.length).toBeGreaterThan(0);
		const created = newCluster();
		const applied = newCluster();
		for (const object of objects) {
			const viaCreate = createObject(created, object);
			expect(viaCreate.ok ? '' : viaCreate.error.message).toBe('');
			const viaApply = applyObject(applied, object);
			expect(viaApply.ok ? viaApply.value.outcome : viaApply.error.message).toBe('created');
		}
	});

	it('gives microservices-demo frontend-external a nodePort and the others a clusterIP', () => {
		const cluster = newCluster();
		for (const object of objectsIn('microservices-demo/kubernetes-manifests.yaml')) expect(applyObject(cluster, object).ok).toBe(true);
		const external = cluster.store.peek('Service', 'default', 'frontend-external')?.spec as {type: string; ports: Array<{nodePort?: number}>};
		expect(external.type).toBe('LoadBalancer');
		expect(external.ports[0].nodePort).toBeGreaterThanOrEqual(30086);
		expect(cluster.store.count('Service', 'default')).toBeGreaterThanOrEqual(12);
	});

	it('re-applying a corpus file reports every object unchanged', () => {
		const cluster = newCluster();
		const objects = objectsIn('guestbook/guestbook-all-in-one.yaml');
		for (const object of objects) applyObject(cluster, object);
		for (const object of objects) {
			const again = applyObject(cluster, object);
			expect(again.ok ? again.value.outcome : again.error.message).toBe('unchanged');
		}
	});
});
