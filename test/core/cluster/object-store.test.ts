import {describe, expect, it} from 'vitest';
import type {KubeObject} from '../../../src/core/cluster/kube-object.js';
import {ObjectStore} from '../../../src/core/cluster/object-store.js';

const pod = (namespace: string, name: string, labels: Record<string, string> = {}): KubeObject => ({
	apiVersion: 'v1',
	kind: 'Pod',
	metadata: {name, namespace, labels},
});

const names = (objects: ReadonlyArray<Readonly<KubeObject>>) => objects.map(object => `${object.metadata.namespace}/${object.metadata.name}`);

describe('ObjectStore listing order (kubectl get -A order)', () => {
	it('lists by namespace then name however objects arrive and leave', () => {
		const store = new ObjectStore();
		for (const name of ['web-2', 'web-10', 'api', 'web-1']) store.save(pod('default', name));
		store.save(pod('apps', 'zeta'));
		expect(names(store.view('Pod'))).toEqual(['apps/zeta', 'default/api', 'default/web-1', 'default/web-10', 'default/web-2']);
		store.save(pod('default', 'b'));
		store.remove('Pod', 'default', 'web-10');
		store.save(pod('default', 'web-0'));
		store.put(pod('default', 'aa'));
		expect(names(store.view('Pod', 'default'))).toEqual(['default/aa', 'default/api', 'default/b', 'default/web-0', 'default/web-1', 'default/web-2']);
		expect(names(store.list('Pod'))).toEqual(['apps/zeta', 'default/aa', 'default/api', 'default/b', 'default/web-0', 'default/web-1', 'default/web-2']);
	});

	it('shows a replaced object in later listings while an earlier listing keeps what it saw', () => {
		const store = new ObjectStore();
		store.save(pod('default', 'web', {app: 'web'}));
		const before = store.view('Pod');
		store.save(pod('default', 'web', {app: 'web', tier: 'front'}));
		expect(before[0].metadata.labels).toEqual({app: 'web'});
		expect(store.view('Pod')[0].metadata.labels).toEqual({app: 'web', tier: 'front'});
		store.remove('Pod', 'default', 'web');
		expect(store.view('Pod')).toEqual([]);
		expect(before).toHaveLength(1);
	});
});
