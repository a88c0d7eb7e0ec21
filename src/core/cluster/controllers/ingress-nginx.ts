/**
 * The simulated ingress-nginx controller (installed by applying the project's cloud manifest,
 * kubectl/ingress-nginx-manifest.ts): its admission Jobs' work, and its status loop — once its
 * pod is Ready and its LoadBalancer Service has an address, every Ingress of class `nginx` gets
 * that address in `status.loadBalancer.ingress`.
 */
import type {Job} from 'kubernetes-types/batch/v1.js';
import type {Cluster} from '../cluster.js';
import {jobFinished} from './job-controller.js';
import type {Ingress, KubeObject} from '../kube-object.js';
import {nowTimestamp} from './controller-clock.js';
import {recordEvent} from './events.js';
import {putIfChanged} from './object-meta.js';
import {isPodReady} from './pod-status.js';
import type {PodObject, ServiceObject} from './service-endpoints.js';

export const INGRESS_NGINX_NAMESPACE = 'ingress-nginx';
export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
const ADMISSION_SECRET = 'ingress-nginx-admission';
const ADMISSION_CREATE_JOB = 'ingress-nginx-admission-create';

type IngressObject = Ingress & KubeObject;

/**
 * The certgen Jobs' work, once the Job controller has run their pods to completion: `create`
 * writes the webhook certificate Secret the controller's pod mounts, `patch` puts its CA into the
 * webhook configuration (not modelled).
 */
function runAdmissionJobs(cluster: Cluster): void {
	const create = cluster.store.peek<Job & KubeObject>('Job', INGRESS_NGINX_NAMESPACE, ADMISSION_CREATE_JOB);
	if (!create || jobFinished(create) !== 'Complete' || cluster.store.has('Secret', INGRESS_NGINX_NAMESPACE, ADMISSION_SECRET)) return;
	cluster.store.save({
		apiVersion: 'v1',
		kind: 'Secret',
		metadata: {name: ADMISSION_SECRET, namespace: INGRESS_NGINX_NAMESPACE, uid: cluster.random.uid(), creationTimestamp: nowTimestamp(cluster)},
		type: 'Opaque',
		data: {ca: 'LS0tLS1CRUdJTi...', cert: 'LS0tLS1CRUdJTi...', key: 'LS0tLS1CRUdJTi...'},
	});
}

/** The address nginx publishes, once its pod is Ready and its Service has a LoadBalancer IP. */
function publishedAddress(cluster: Cluster): string | undefined {
	const service = cluster.store.peek<ServiceObject>('Service', INGRESS_NGINX_NAMESPACE, 'ingress-nginx-controller');
	const ip = service?.status?.loadBalancer?.ingress?.find(entry => entry.ip)?.ip;
	if (!ip) return undefined;
	const ready = cluster.store.view<PodObject>('Pod', INGRESS_NGINX_NAMESPACE).some(pod => pod.metadata.labels?.['app.kubernetes.io/component'] === 'controller' && isPodReady(pod));
	return ready ? ip : undefined;
}

function nginxClasses(cluster: Cluster): {names: Set<string>; isDefault: boolean} {
	const names = new Set<string>();
	let isDefault = false;
	for (const ingressClass of cluster.store.view('IngressClass')) {
		if ((ingressClass.spec as {controller?: string} | undefined)?.controller !== INGRESS_NGINX_CONTROLLER) continue;
		names.add(ingressClass.metadata.name);
		if (ingressClass.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true') isDefault = true;
	}
	return {names, isDefault};
}

export function syncIngresses(cluster: Cluster): void {
	runAdmissionJobs(cluster);
	const {names, isDefault} = nginxClasses(cluster);
	if (names.size === 0) return;
	const ip = publishedAddress(cluster);
	if (!ip) return;
	for (const ingress of cluster.store.view<IngressObject>('Ingress')) {
		const className = ingress.spec?.ingressClassName ?? ingress.metadata.annotations?.['kubernetes.io/ingress.class'];
		const ours = className ? names.has(className) : isDefault;
		const current = ingress.status?.loadBalancer?.ingress ?? [];
		if (ours) {
			if (current.length === 1 && current[0].ip === ip) continue;
			recordEvent(cluster, ingress, {type: 'Normal', reason: 'Sync', message: 'Scheduled for sync', component: 'nginx-ingress-controller'});
			putIfChanged(cluster, {...ingress, status: {loadBalancer: {ingress: [{ip}]}}} as IngressObject, ingress);
		} else if (current.some(entry => entry.ip === ip)) {
			putIfChanged(cluster, {...ingress, status: {loadBalancer: {}}} as IngressObject, ingress);
		}
	}
}
