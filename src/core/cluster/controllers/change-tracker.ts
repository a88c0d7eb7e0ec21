/**
 * Folds the store's change log into the controllers' memory (controller-state.ts): indexes and
 * work queues, so each settle handles only what was written since the last one.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node, Pod, ReplicaSet, Service} from '../kube-object.js';
import {nodeByName} from '../topology.js';
import type {ControllerState} from './controller-state.js';
import {controllerRef, matchesLabels, matchesSelector, objectKey} from './object-meta.js';
import {schedulingRequests} from './pod-resources.js';
import {isTerminal} from './pod-status.js';

/** Folds the store's recent writes into the indexes and queues. */
export function sync(cluster: Cluster, state: ControllerState): boolean {
	const changes = cluster.store.changesSince(state.cursor);
	if (changes.length === 0) return false;
	state.cursor = cluster.store.changeCount();
	for (const change of changes) {
		if (change.kind === 'Event') continue;
		const key = objectKey(change.kind, change.namespace, change.name);
		const before = state.objects.get(key);
		const after = cluster.store.peek(change.kind, change.namespace || undefined, change.name);
		if (before === after) continue;
		if (before) unindex(state, key, before);
		if (after) {
			state.objects.set(key, after);
			index(state, key, after);
		} else {
			state.objects.delete(key);
		}
		route(state, key, before, after);
	}
	cluster.store.forgetChangesBefore(state.cursor);
	return true;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	let set = map.get(key);
	if (!set) map.set(key, (set = new Set()));
	set.add(value);
}

function removeFrom<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}

function index(state: ControllerState, key: string, object: Readonly<KubeObject>): void {
	const {uid, namespace = '', ownerReferences} = object.metadata;
	if (uid) state.uids.set(uid, key);
	for (const ref of ownerReferences ?? []) addTo(state.dependents, ref.uid, key);
	switch (object.kind) {
		case 'Pod': {
			const pod = object as Readonly<Pod & KubeObject>;
			addTo(state.podsByNamespace, namespace, key);
			for (const [k, v] of Object.entries(pod.metadata.labels ?? {})) addTo(state.podLabels, `${namespace}|${k}=${v}`, key);
			const node = pod.spec?.nodeName;
			if (node) {
				state.podsPerNode.set(node, (state.podsPerNode.get(node) ?? 0) + 1);
				countRequests(state, key, pod, node, 1);
				const host = hostNumber(pod, node);
				if (host !== undefined) addTo(state.hostNumbersByNode, node, host);
			} else {
				state.unscheduled.add(key);
				if (pod.spec?.affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length) state.unscheduledWithAffinity.add(key);
			}
			if (pod.metadata.uid && !state.creationSeq.has(pod.metadata.uid)) state.creationSeq.set(pod.metadata.uid, state.nextCreationSeq++);
			break;
		}
		case 'Service': {
			const service = object as Readonly<Service>;
			for (const [k, v] of Object.entries(service.spec?.selector ?? {})) addTo(state.servicesBySelector, `${namespace}|${k}=${v}`, key);
			for (const ingress of service.status?.loadBalancer?.ingress ?? []) if (ingress.ip) state.loadBalancerIPs.set(ingress.ip, key);
			break;
		}
		case 'EndpointSlice': {
			const service = object.metadata.labels?.['kubernetes.io/service-name'];
			if (service) addTo(state.slicesByService, `${namespace}|${service}`, key);
			break;
		}
		case 'ReplicaSet':
			addTo(state.replicaSetsByNamespace, namespace, key);
			break;
	}
}

function unindex(state: ControllerState, key: string, object: Readonly<KubeObject>): void {
	const {uid, namespace = '', ownerReferences} = object.metadata;
	if (uid && state.uids.get(uid) === key) state.uids.delete(uid);
	for (const ref of ownerReferences ?? []) removeFrom(state.dependents, ref.uid, key);
	switch (object.kind) {
		case 'Pod': {
			const pod = object as Readonly<Pod & KubeObject>;
			removeFrom(state.podsByNamespace, namespace, key);
			for (const [k, v] of Object.entries(pod.metadata.labels ?? {})) removeFrom(state.podLabels, `${namespace}|${k}=${v}`, key);
			const node = pod.spec?.nodeName;
			if (node) {
				state.podsPerNode.set(node, (state.podsPerNode.get(node) ?? 1) - 1);
				countRequests(state, key, pod, node, -1);
				const host = hostNumber(pod, node);
				if (host !== undefined) removeFrom(state.hostNumbersByNode, node, host);
			} else {
				state.unscheduled.delete(key);
				state.unscheduledWithAffinity.delete(key);
			}
			break;
		}
		case 'Service': {
			const service = object as Readonly<Service>;
			for (const [k, v] of Object.entries(service.spec?.selector ?? {})) removeFrom(state.servicesBySelector, `${namespace}|${k}=${v}`, key);
			for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
				if (ingress.ip && state.loadBalancerIPs.get(ingress.ip) === key) state.loadBalancerIPs.delete(ingress.ip);
			}
			break;
		}
		case 'EndpointSlice': {
			const service = object.metadata.labels?.['kubernetes.io/service-name'];
			if (service) removeFrom(state.slicesByService, `${namespace}|${service}`, key);
			break;
		}
		case 'ReplicaSet':
			removeFrom(state.replicaSetsByNamespace, namespace, key);
			break;
	}
}

/** A bound pod that has not finished holds its requests on its node; its anti-affinity keeps others away. */
function countRequests(state: ControllerState, key: string, pod: Readonly<Pod & KubeObject>, node: string, sign: 1 | -1): void {
	if (isTerminal(pod)) return;
	const requests = schedulingRequests(state.requestsBySpec, pod);
	if (requests.length > 0) {
		let totals = state.requestedPerNode.get(node);
		if (!totals) state.requestedPerNode.set(node, (totals = new Map()));
		for (const [name, amount] of requests) totals.set(name, (totals.get(name) ?? 0) + sign * amount);
	}
	if (pod.spec?.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.length) {
		if (sign > 0) state.podsWithAntiAffinity.add(key);
		else state.podsWithAntiAffinity.delete(key);
	}
}

/** The last octet of a pod IP taken from its node's /24 (host-network pods hold none). */
function hostNumber(pod: Readonly<Pod & KubeObject>, node: string): number | undefined {
	const ip = pod.status?.podIP;
	const prefix = nodeByName(node)?.podPrefix;
	if (!ip || !prefix || pod.spec?.hostNetwork || !ip.startsWith(`${prefix}.`)) return undefined;
	return Number(ip.slice(prefix.length + 1));
}

function queueOwner(state: ControllerState, object: Readonly<KubeObject> | undefined): void {
	const ref = object && controllerRef(object);
	if (!ref) return;
	const ownerKey = state.uids.get(ref.uid);
	if (!ownerKey) return;
	const q = state.queues;
	if (ref.kind === 'ReplicaSet') q.replicaSets.add(ownerKey);
	else if (ref.kind === 'Deployment') q.deployments.add(ownerKey);
	else if (ref.kind === 'StatefulSet') q.statefulSets.add(ownerKey);
	else if (ref.kind === 'DaemonSet') q.daemonSets.add(ownerKey);
	else if (ref.kind === 'Job') q.jobs.add(ownerKey);
	else if (ref.kind === 'CronJob') q.cronJobs.add(ownerKey);
}

/** ReplicaSets whose selector matches a pod that has no controller: they will adopt it. */
function queueAdopters(state: ControllerState, pod: Readonly<KubeObject>): void {
	for (const rsKey of state.replicaSetsByNamespace.get(pod.metadata.namespace ?? '') ?? []) {
		const rs = state.objects.get(rsKey) as Readonly<ReplicaSet & KubeObject> | undefined;
		if (rs?.spec?.selector?.matchLabels && matchesSelector(pod.metadata.labels, rs.spec.selector)) state.queues.replicaSets.add(rsKey);
	}
}

/** Services in the pod's namespace whose selector matches the pod's labels. */
function queueServicesOf(state: ControllerState, pod: Readonly<KubeObject> | undefined): void {
	if (!pod) return;
	const namespace = pod.metadata.namespace ?? '';
	const labels = pod.metadata.labels ?? {};
	for (const [k, v] of Object.entries(labels)) {
		for (const serviceKey of state.servicesBySelector.get(`${namespace}|${k}=${v}`) ?? []) {
			if (state.queues.services.has(serviceKey)) continue;
			const service = state.objects.get(serviceKey) as Readonly<Service> | undefined;
			if (service?.spec?.selector && matchesLabels(labels, service.spec.selector)) state.queues.services.add(serviceKey);
		}
	}
}

/** A bound pod gone or finished leaves room (and lifts its anti-affinity): Pending pods try again. */
function freesRoom(before: Readonly<Pod> | undefined, after: Readonly<Pod> | undefined): boolean {
	if (!before?.spec?.nodeName || isTerminal(before)) return false;
	return !after || isTerminal(after);
}

/** default/kubernetes and its endpoints, which the API server itself keeps. */
function isApiServerObject(object: Readonly<KubeObject>): boolean {
	return object.metadata.namespace === 'default' && object.metadata.name === 'kubernetes';
}

function route(state: ControllerState, key: string, before: Readonly<KubeObject> | undefined, after: Readonly<KubeObject> | undefined): void {
	const q = state.queues;
	const object = (after ?? before) as Readonly<KubeObject>;
	const namespace = object.metadata.namespace ?? '';
	if (before?.metadata.uid && (!after || after.metadata.uid !== before.metadata.uid)) q.removedUids.push(before.metadata.uid);
	const own = after !== undefined && state.ownWrites.has(after);
	switch (object.kind) {
		case 'Pod': {
			queueOwner(state, before);
			queueOwner(state, after);
			if (after && !controllerRef(after)) queueAdopters(state, after);
			if (freesRoom(before as Readonly<Pod> | undefined, after as Readonly<Pod> | undefined)) for (const podKey of state.unscheduled) q.schedule.add(podKey);
			if ((after as Pod | undefined)?.spec?.nodeName && !(before as Pod | undefined)?.spec?.nodeName) for (const podKey of state.unscheduledWithAffinity) q.schedule.add(podKey);
			if (after && !(after as Pod).spec?.nodeName) q.schedule.add(key);
			else if (after && !own) q.kubelet.add(key);
			queueServicesOf(state, before);
			queueServicesOf(state, after);
			if (namespace === 'ingress-nginx') q.ingress = true;
			if (before && !after && before.metadata.annotations?.['kubernetes.io/config.mirror']) q.mirrorPods.push(before);
			break;
		}
		case 'ReplicaSet':
			if (!own) q.replicaSets.add(key);
			queueOwner(state, before);
			queueOwner(state, after);
			break;
		case 'Deployment':
			if (!own) q.deployments.add(key);
			break;
		case 'StatefulSet':
			if (!own) q.statefulSets.add(key);
			break;
		case 'DaemonSet':
			if (!own) q.daemonSets.add(key);
			break;
		case 'Service':
			if (!after && isApiServerObject(object)) q.apiServer.add(key);
			q.services.add(key);
			q.loadBalancers.add(key);
			q.ingress = true;
			break;
		case 'EndpointSlice':
		case 'Endpoints': {
			// Someone else removed what the controllers own: put it back, as the real ones do.
			if (!after && isApiServerObject(object)) q.apiServer.add(key);
			const service = object.kind === 'Endpoints' ? object.metadata.name : object.metadata.labels?.['kubernetes.io/service-name'];
			if (!after && service) q.services.add(objectKey('Service', namespace, service));
			break;
		}
		case 'ConfigMap':
		case 'Secret':
			for (const podKey of state.waitingForMounts.get(namespace) ?? []) q.kubelet.add(podKey);
			break;
		case 'Namespace':
			if (after && !before) q.namespacesAdded.add(object.metadata.name);
			if (before && !after) q.namespacesRemoved.add(object.metadata.name);
			if (after && before) q.namespacesAdded.add(object.metadata.name);
			break;
		case 'Node':
			if ((after as Node | undefined)?.spec?.taints?.some(taint => taint.effect === 'NoExecute')) q.taintedNodes.add(object.metadata.name);
			for (const podKey of state.unscheduled) q.schedule.add(podKey);
			for (const [dsKey, ds] of state.objects) if (ds.kind === 'DaemonSet') q.daemonSets.add(dsKey);
			break;
		case 'Ingress':
		case 'IngressClass':
			q.ingress = true;
			break;
		case 'Job':
			if (!own) q.jobs.add(key);
			queueOwner(state, before);
			queueOwner(state, after);
			if (namespace === 'ingress-nginx') q.ingress = true; // its admission Jobs
			break;
		case 'CronJob':
			if (!own) q.cronJobs.add(key);
			break;
	}
}
