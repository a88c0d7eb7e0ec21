import {describe, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {printTable} from '../../../../src/core/cluster/print/print-table.js';
import {at, DAY} from './fixtures.js';

const NOW = 10 * DAY;

describe('kubectl get for stored-only kinds', () => {
	it('prints ServiceCIDRs and the IPAddress objects behind ClusterIPs', () => {
		const cidr: KubeObject = {apiVersion: 'networking.k8s.io/v1', kind: 'ServiceCIDR', metadata: {name: 'kubernetes', creationTimestamp: at(0)}, spec: {cidrs: ['10.96.0.0/12']}};
		expect(printTable('ServiceCIDR', [cidr], {now: NOW})).toBe('NAME         CIDRS          AGE\nkubernetes   10.96.0.0/12   10d\n');
		const ip: KubeObject = {
			apiVersion: 'networking.k8s.io/v1',
			kind: 'IPAddress',
			metadata: {name: '10.96.0.1', creationTimestamp: at(0)},
			spec: {parentRef: {group: '', resource: 'services', namespace: 'default', name: 'kubernetes'}},
		};
		expect(printTable('IPAddress', [ip], {now: NOW})).toBe('NAME        PARENTREF\n10.96.0.1   services/default/kubernetes\n');
	});

	it('marks the default StorageClass and prints role bindings and roles', () => {
		const standard: KubeObject = {
			apiVersion: 'storage.k8s.io/v1',
			kind: 'StorageClass',
			metadata: {name: 'standard', creationTimestamp: at(0), annotations: {'storageclass.kubernetes.io/is-default-class': 'true'}},
			provisioner: 'rancher.io/local-path',
			reclaimPolicy: 'Delete',
			volumeBindingMode: 'WaitForFirstConsumer',
		};
		expect(printTable('StorageClass', [standard], {now: NOW})).toBe(
			'NAME                 PROVISIONER             RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE\n' +
				'standard (default)   rancher.io/local-path   Delete          WaitForFirstConsumer   false                  10d\n',
		);
		const binding: KubeObject = {
			apiVersion: 'rbac.authorization.k8s.io/v1',
			kind: 'RoleBinding',
			metadata: {name: 'view-pods', namespace: 'default', creationTimestamp: at(0)},
			roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader'},
			subjects: [{kind: 'ServiceAccount', name: 'default', namespace: 'default'}],
		};
		expect(printTable('RoleBinding', [binding], {now: NOW, wide: true})).toBe(
			'NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS\n' + 'view-pods   Role/pod-reader   10d                    default/default\n',
		);
		const role: KubeObject = {apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: {name: 'pod-reader', namespace: 'default', creationTimestamp: at(0)}};
		expect(printTable('Role', [role], {now: NOW})).toBe('NAME         CREATED AT\npod-reader   2026-01-01T00:00:00Z\n');
	});
});
