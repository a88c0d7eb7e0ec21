import {describe, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {eventsFor} from '../../../../src/core/cluster/print/describe/describe-helpers.js';

const event = (name: string, involved: Record<string, string>): KubeObject => ({apiVersion: 'v1', kind: 'Event', metadata: {name, namespace: 'default'}, involvedObject: involved} as KubeObject);
const pod = (uid: string): KubeObject => ({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'web', namespace: 'default', uid}});

describe('eventsFor (the Events of kubectl describe)', () => {
	const events = [
		event('a', {kind: 'Pod', name: 'web', namespace: 'default', uid: 'old'}),
		event('b', {kind: 'Pod', name: 'web', namespace: 'default'}),
		event('c', {kind: 'Pod', name: 'web', namespace: 'default', uid: 'new'}),
		event('d', {kind: 'Pod', name: 'other', namespace: 'default', uid: 'new'}),
		event('e', {kind: 'Service', name: 'web', namespace: 'default'}),
	];

	it('keeps events about the same object (by uid, or by name when the event has no uid), in list order', () => {
		expect(eventsFor(pod('new'), events)?.map(e => e.metadata?.name)).toEqual(['b', 'c', 'd']);
		expect(eventsFor(pod('old'), events)?.map(e => e.metadata?.name)).toEqual(['a', 'b']);
	});

	it('matches by kind, namespace and name for an object without a uid', () => {
		const service: KubeObject = {apiVersion: 'v1', kind: 'Service', metadata: {name: 'web', namespace: 'default'}};
		expect(eventsFor(service, events)?.map(e => e.metadata?.name)).toEqual(['e']);
		expect(eventsFor(service, [...events, event('f', {kind: 'Service', name: 'web', namespace: 'default', uid: 'x'})])?.map(e => e.metadata?.name)).toEqual(['e', 'f']);
	});
});
