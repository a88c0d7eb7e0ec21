/**
 * The model of a drill's app as Kubernetes manifests, and the setup commands that apply them:
 * ingress-nginx first when the app needs it (as lesson 7 installs it), the namespace, other
 * teams' objects, the app, then policies.
 */
import {toYaml} from '../cluster/print/yaml-emitter.js';
import {podLabels, type AppModel, type IngressModel, type ServiceModel, type WorkloadModel} from './drill-app.js';

export const INGRESS_NGINX_URL = 'https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.12.1/deploy/static/provider/cloud/deploy.yaml';

/** Long enough for the LoadBalancer address, the admission Jobs and a crash loop's first back-off. */
const SETTLE_SECONDS = 15;

export function workloadManifest(workload: WorkloadModel): Record<string, unknown> {
	const {container} = workload;
	const podSpec = {
		...(workload.nodeSelector ? {nodeSelector: workload.nodeSelector} : {}),
		containers: [
			{
				name: container.name,
				image: container.image,
				...(container.command ? {command: container.command} : {}),
				...(container.args ? {args: container.args} : {}),
				...(container.ports.length ? {ports: container.ports.map(port => ({...(port.name ? {name: port.name} : {}), containerPort: port.containerPort}))} : {}),
				...(container.readinessProbe ? {readinessProbe: {httpGet: container.readinessProbe}} : {}),
			},
		],
	};
	const metadata = {name: workload.name, namespace: workload.namespace};
	if (workload.kind === 'Pod') return {apiVersion: 'v1', kind: 'Pod', metadata: {...metadata, labels: podLabels(workload)}, spec: podSpec};
	return {
		apiVersion: 'apps/v1',
		kind: workload.kind,
		metadata,
		spec: {
			...(workload.serviceName ? {serviceName: workload.serviceName} : {}),
			replicas: workload.replicas,
			selector: {matchLabels: workload.selector},
			template: {metadata: {labels: podLabels(workload)}, spec: podSpec},
		},
	};
}

export function serviceManifest(service: ServiceModel): Record<string, unknown> {
	const spec: Record<string, unknown> = {};
	if (service.type !== 'ClusterIP') spec.type = service.type;
	if (service.headless) spec.clusterIP = 'None';
	if (service.externalName) spec.externalName = service.externalName;
	if (service.externalTrafficPolicy) spec.externalTrafficPolicy = service.externalTrafficPolicy;
	if (service.selector) spec.selector = service.selector;
	if (service.ports.length) {
		spec.ports = service.ports.map(port => ({
			...(port.name ? {name: port.name} : {}),
			port: port.port,
			...(port.targetPort !== undefined ? {targetPort: port.targetPort} : {}),
			...(port.nodePort !== undefined ? {nodePort: port.nodePort} : {}),
		}));
	}
	return {apiVersion: 'v1', kind: 'Service', metadata: {name: service.name, namespace: service.namespace}, spec};
}

export function ingressManifest(ingress: IngressModel): Record<string, unknown> {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'Ingress',
		metadata: {name: ingress.name, namespace: ingress.namespace},
		spec: {
			...(ingress.className ? {ingressClassName: ingress.className} : {}),
			rules: [
				{
					host: ingress.host,
					http: {paths: ingress.paths.map(path => ({path: path.path, pathType: path.pathType, backend: {service: {name: path.service, port: {number: path.port}}}}))},
				},
			],
		},
	};
}

/** `kubectl apply -f - <<EOF` with the manifests as YAML documents. */
export function applyCommand(manifests: readonly unknown[]): string {
	const body = manifests.map(manifest => toYaml(manifest)).join('---\n');
	return `kubectl apply -f - <<EOF\n${body}EOF\n`;
}

export function appManifests(app: AppModel): unknown[] {
	return [...app.workloads.map(workloadManifest), ...app.services.map(serviceManifest), ...app.ingresses.map(ingressManifest)];
}

export function setupCommands(app: AppModel): string {
	const namespaces = [...new Set([app.namespace, ...app.workloads.map(w => w.namespace), ...app.services.map(s => s.namespace)])].filter(ns => ns !== 'default');
	const lines = [
		...(app.ingressController ? [`kubectl apply -f ${INGRESS_NGINX_URL}\n`] : []),
		...namespaces.map(ns => `kubectl create namespace ${ns}\n`),
		...(app.before.length ? [applyCommand(app.before)] : []),
		applyCommand(appManifests(app)),
		...(app.after.length ? [applyCommand(app.after)] : []),
		`sleep ${SETTLE_SECONDS}\n`,
	];
	return lines.join('');
}
