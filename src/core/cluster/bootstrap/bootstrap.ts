/**
 * Builds the state `kind create cluster` leaves: the control plane comes up first (so CoreDNS and
 * the local-path provisioner land on it, as on real kind), the workers join half a minute later,
 * and everything is dated about five minutes before the simulation starts so AGE looks right.
 */
import type {Cluster} from '../cluster.js';

import {fullImageName} from '../controllers/container-image.js';
import {settle} from '../controllers/settle.js';
import {DNS_SERVICE_IP, KUBERNETES_SERVICE_IP} from '../topology.js';
import {namespaceObject, SYSTEM_NAMESPACES} from './namespaces.js';
import {nodeObject} from './nodes.js';
import {ipAddress, kubeDnsService, kubernetesService, serviceCIDR} from './system-services.js';
import {
	controlPlanePods,
	coreDnsDeployment,
	kindnetDaemonSet,
	kubeProxyDaemonSet,
	localPathDeployment,
	SYSTEM_IMAGES,
	systemConfig,
} from './system-workloads.js';

export const CONTROL_PLANE_UP_MS = -300_000;
export const WORKERS_JOIN_MS = -270_000;

export function bootstrapCluster(cluster: Cluster): void {
	const state = cluster.controllers;
	const {store} = cluster;
	// kind nodes come with these images preloaded.
	for (const node of cluster.nodes) for (const image of Object.values(SYSTEM_IMAGES)) state.pulledImages.add(`${node.name}|${fullImageName(image)}`);

	state.timeShiftMs = CONTROL_PLANE_UP_MS - cluster.clock.now();
	const [controlPlane, ...workers] = cluster.nodes;
	const controlPlaneNode = store.put(nodeObject(cluster, controlPlane));
	for (const name of SYSTEM_NAMESPACES) store.put(namespaceObject(cluster, name));
	store.put(serviceCIDR(cluster));
	for (const object of kubernetesService(cluster)) store.put(object);
	store.put(ipAddress(cluster, KUBERNETES_SERVICE_IP, 'default', 'kubernetes'));
	for (const object of systemConfig(cluster)) store.put(object);
	for (const pod of controlPlanePods(cluster, controlPlaneNode, controlPlane)) store.put(pod);
	store.put(kubeDnsService(cluster));
	store.put(ipAddress(cluster, DNS_SERVICE_IP, 'kube-system', 'kube-dns'));
	store.put(kubeProxyDaemonSet(cluster));
	store.put(kindnetDaemonSet(cluster));
	store.put(coreDnsDeployment(cluster));
	store.put(localPathDeployment(cluster));
	settle(cluster);

	state.timeShiftMs = WORKERS_JOIN_MS - cluster.clock.now();
	for (const worker of workers) store.put(nodeObject(cluster, worker));
	settle(cluster);
	state.timeShiftMs = 0;
}
