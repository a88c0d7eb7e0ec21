/**
 * The simulated cloud controller (`cloud: 'kind'`): a Service that has been a LoadBalancer for a
 * simulated second gets the lowest free address from 172.18.255.200 upward (ipMode VIP); the
 * address is released when the Service goes or stops being a LoadBalancer. Services with a
 * loadBalancerClass belong to another implementation and are left alone. With `cloud: 'none'`
 * nothing ever happens and EXTERNAL-IP stays <pending>.
 */
import type {Cluster} from '../cluster.js';
import {LOAD_BALANCER_POOL_START} from '../topology.js';
import {type ControllerState, scheduleAt} from './controller-state.js';
import {nowMs} from './controller-clock.js';
import {recordEvent} from './events.js';
import {objectKey, putIfChanged, splitKey} from './object-meta.js';
import type {ServiceObject} from './service-endpoints.js';

const PROVISION_DELAY_MS = 1000;

export function syncLoadBalancer(cluster: Cluster, state: ControllerState, key: string): void {
	if (cluster.cloud !== 'kind') return;
	const {namespace, name} = splitKey(key);
	const service = cluster.store.peek<ServiceObject>('Service', namespace, name);
	if (!service) {
		state.loadBalancerSince.delete(key);
		return;
	}
	const ingress = service.status?.loadBalancer?.ingress ?? [];
	const wanted = service.spec?.type === 'LoadBalancer' && !service.spec.loadBalancerClass;
	if (!wanted) {
		state.loadBalancerSince.delete(key);
		if (ingress.length > 0 && service.spec?.type !== 'LoadBalancer') release(cluster, state, service);
		return;
	}
	if (ingress.some(entry => entry.ip)) return;
	// The second counts from when the Service became a LoadBalancer (created as one, or changed to one).
	let since = state.loadBalancerSince.get(key);
	if (since === undefined) state.loadBalancerSince.set(key, (since = nowMs(cluster)));
	const due = since + PROVISION_DELAY_MS;
	if (nowMs(cluster) < due) {
		scheduleAt(state, key, due, 'loadBalancers');
		return;
	}
	const ip = freeAddress(state);
	if (!ip) return;
	state.loadBalancerIPs.set(ip, objectKey('Service', namespace, name));
	state.loadBalancerSince.delete(key);
	recordEvent(cluster, service, {type: 'Normal', reason: 'EnsuringLoadBalancer', message: 'Ensuring load balancer', component: 'service-controller'});
	putIfChanged(cluster, {...service, status: {...service.status, loadBalancer: {ingress: [{ip, ipMode: 'VIP'}]}}} as ServiceObject, service);
	recordEvent(cluster, service, {type: 'Normal', reason: 'EnsuredLoadBalancer', message: 'Ensured load balancer', component: 'service-controller'});
}

function release(cluster: Cluster, state: ControllerState, service: Readonly<ServiceObject>): void {
	for (const entry of service.status?.loadBalancer?.ingress ?? []) if (entry.ip) state.loadBalancerIPs.delete(entry.ip);
	recordEvent(cluster, service, {type: 'Normal', reason: 'DeletingLoadBalancer', message: 'Deleting load balancer', component: 'service-controller'});
	putIfChanged(cluster, {...service, status: {...service.status, loadBalancer: {}}} as ServiceObject, service);
	recordEvent(cluster, service, {type: 'Normal', reason: 'DeletedLoadBalancer', message: 'Deleted load balancer', component: 'service-controller'});
}

function freeAddress(state: ControllerState): string | undefined {
	const [a, b, c, start] = LOAD_BALANCER_POOL_START.split('.').map(Number);
	for (let host = start; host < 255; host++) {
		const ip = `${a}.${b}.${c}.${host}`;
		if (!state.loadBalancerIPs.has(ip)) return ip;
	}
	return undefined;
}
