/**
 * The API server's own controllers for `default/kubernetes` (docs/simulation.md, "Graceful
 * deletion"): the kubernetes-service controller and the endpoint reconciler run every 10 s
 * (`EndpointInterval`) and put back the Service (ClusterIP 10.96.0.1), its Endpoints and its
 * EndpointSlice when someone deleted them; a learner's Service holding the address blocks that.
 */
import type {Cluster} from '../cluster.js';
import {kubernetesService} from '../bootstrap/system-services.js';
import type {ServiceObject} from '../api/writable.js';
import {KUBERNETES_SERVICE_IP} from '../topology.js';
import {type ControllerState, scheduleAt} from './controller-state.js';
import {nowMs} from './controller-clock.js';

const INTERVAL_MS = 10_000;
const KEY = 'Service|default|kubernetes';
const KINDS: readonly string[] = ['Service', 'EndpointSlice', 'Endpoints'];

export function reconcileKubernetesService(cluster: Cluster, state: ControllerState): void {
	const missing = KINDS.filter(kind => !cluster.store.has(kind, 'default', 'kubernetes'));
	if (missing.length === 0) {
		state.kubernetesServiceDue = undefined;
		return;
	}
	const now = nowMs(cluster);
	// The loops tick on multiples of the interval since the API server started.
	state.kubernetesServiceDue ??= (Math.floor(now / INTERVAL_MS) + 1) * INTERVAL_MS;
	if (now < state.kubernetesServiceDue) {
		scheduleAt(state, KEY, state.kubernetesServiceDue, 'apiServer');
		return;
	}
	state.kubernetesServiceDue = undefined;
	for (const object of kubernetesService(cluster).filter(object => missing.includes(object.kind))) {
		if (object.kind === 'Service' && cluster.allocations.ipTaken(KUBERNETES_SERVICE_IP)) continue;
		const stored = cluster.store.put(object);
		if (stored.kind === 'Service') cluster.allocations.record(stored as ServiceObject);
	}
}
