/**
 * Event objects as the controllers, scheduler and kubelet record them (`kubectl get events`,
 * the Events table of `kubectl describe`). A repeat of the same event bumps `count` and
 * `lastTimestamp` instead of adding a row, as the real event recorder aggregates them.
 */
import type {Cluster} from '../cluster.js';
import type {Event, KubeObject} from '../kube-object.js';
import {SIM_EPOCH_MS, SimClock} from '../sim-clock.js';
import {nowMs, nowTimestamp} from './controller-clock.js';

export interface EventSpec {
	type: 'Normal' | 'Warning';
	reason: string;
	message: string;
	/** `deployment-controller`, `kubelet`, `default-scheduler`, `service-controller` … */
	component: string;
	/** The node, for kubelet events. */
	host?: string;
	/** e.g. `spec.containers{web}` for container events. */
	fieldPath?: string;
}

export function recordEvent(cluster: Cluster, involved: Readonly<KubeObject>, spec: EventSpec): void {
	const state = cluster.controllers;
	const namespace = involved.metadata.namespace ?? 'default';
	// The uid names the object on its own; kind, namespace and name only for objects without one.
	const who = involved.metadata.uid ?? `${involved.kind}|${namespace}|${involved.metadata.name}`;
	const now = shared(state.eventTexts, nowTimestamp(cluster));
	const nowValue = nowMs(cluster);
	// A list per object rather than one long key per event: 50,000 keys would cost more than the events.
	let names = state.eventsByObject.get(who);
	if (!names) state.eventsByObject.set(who, (names = []));
	const existing = sameEvent(cluster, namespace, names, spec);
	if (existing) {
		cluster.store.save({...existing, count: (existing.count ?? 1) + 1, lastTimestamp: now});
		return;
	}
	const seq = state.eventSeq++;
	// join, not a template: V8 keeps a concatenation as a tree of its parts, a join as one flat string.
	const name = [involved.metadata.name, eventSuffix(nowValue, seq)].join('.');
	state.eventLog.push({ms: nowValue, namespace, name});
	names.push(name);
	const event: Event & KubeObject = {
		apiVersion: 'v1',
		kind: 'Event',
		metadata: {name, namespace, creationTimestamp: now, uid: eventUid(seq)},
		involvedObject: {
			apiVersion: involved.apiVersion,
			kind: involved.kind,
			name: involved.metadata.name,
			namespace: involved.metadata.namespace,
			uid: involved.metadata.uid,
			resourceVersion: involved.metadata.resourceVersion,
			...(spec.fieldPath ? {fieldPath: spec.fieldPath} : {}),
		},
		reason: spec.reason,
		message: shared(state.eventTexts, spec.message),
		type: spec.type,
		source: sourceOf(state.eventSources, spec),
		firstTimestamp: now,
		lastTimestamp: now,
		count: 1,
		reportingComponent: spec.component,
		reportingInstance: spec.host ?? '',
	};
	cluster.store.save(event);
}

function sourceOf(sources: Map<string, Readonly<{component: string; host?: string}>>, spec: EventSpec): Readonly<{component: string; host?: string}> {
	const key = `${spec.component}|${spec.host ?? ''}`;
	let source = sources.get(key);
	if (!source) sources.set(key, (source = Object.freeze(spec.host ? {component: spec.component, host: spec.host} : {component: spec.component})));
	return source;
}

/** The stored event `spec` repeats, if any; names of events that expired are dropped on the way. */
function sameEvent(cluster: Cluster, namespace: string, names: string[], spec: EventSpec): Readonly<Event & KubeObject> | undefined {
	for (let i = names.length - 1; i >= 0; i--) {
		const event = cluster.store.peek<Event & KubeObject>('Event', namespace, names[i]);
		if (!event) {
			names.splice(i, 1);
			continue;
		}
		if (event.reason === spec.reason && event.message === spec.message && (event.involvedObject?.fieldPath ?? '') === (spec.fieldPath ?? '')) return event;
	}
	return undefined;
}

/** The one stored copy of a text; the table is emptied when it grows past what one cluster repeats. */
function shared(texts: Map<string, string>, text: string): string {
	const known = texts.get(text);
	if (known !== undefined) return known;
	if (texts.size >= 50_000) texts.clear();
	texts.set(text, text);
	return text;
}

const EVENT_TTL_MS = 3_600_000;

/** Events untouched for an hour disappear, as with kube-apiserver's default `--event-ttl=1h`. */
export function expireEvents(cluster: Cluster): void {
	const state = cluster.controllers;
	const cutoff = nowMs(cluster) - EVENT_TTL_MS;
	const log = state.eventLog;
	while (state.eventLogHead < log.length && log[state.eventLogHead].ms <= cutoff) {
		const entry = log[state.eventLogHead++];
		const event = cluster.store.peek<Event & KubeObject>('Event', entry.namespace, entry.name);
		if (!event) continue;
		const touched = event.lastTimestamp ? SimClock.toSimMs(event.lastTimestamp) : entry.ms;
		if (touched > cutoff) log.push({...entry, ms: touched});
		else cluster.store.remove('Event', entry.namespace, entry.name);
	}
	if (state.eventLogHead > 1024 && state.eventLogHead * 2 > log.length) {
		state.eventLog = log.slice(state.eventLogHead);
		state.eventLogHead = 0;
	}
}

/** A UUID-shaped id per event; events are too many to spend the seeded generator on. */
function eventUid(seq: number): string {
	const word = (i: number) => mix(seq * 4 + i).toString(16).padStart(8, '0');
	// Joined, so each of 50,000 uids is one flat string rather than a tree of slices.
	const hex = [word(1), word(2), word(3), word(4)].join('');
	return [hex.slice(0, 8), hex.slice(8, 12), `4${hex.slice(13, 16)}`, `${'89ab'[Number.parseInt(hex[16], 16) % 4]}${hex.slice(17, 20)}`, hex.slice(20, 32)].join('-');
}

/** A 32-bit integer hash (lowbias32): cheap, well spread, deterministic. */
function mix(value: number): number {
	let n = value >>> 0;
	n = Math.imul(n ^ (n >>> 16), 0x7feb352d);
	n = Math.imul(n ^ (n >>> 15), 0x846ca68b);
	return (n ^ (n >>> 16)) >>> 0;
}

/** Kubernetes names events `<object>.<unix nanoseconds in hex>`. */
function eventSuffix(ms: number, seq: number): string {
	return ((BigInt(SIM_EPOCH_MS + ms) * 1_000_000n) + BigInt(seq) * 7919n).toString(16);
}
