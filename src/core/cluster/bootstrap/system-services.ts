/**
 * The Services a fresh cluster has: `kubernetes` (default, 10.96.0.1, endpoints kept by the API
 * server itself → 172.18.0.2:6443) and `kube-dns` (kube-system, 10.96.0.10, backed by CoreDNS),
 * with the ServiceCIDR and IPAddress objects the 1.33+ allocator keeps for them.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {API_SERVER_ENDPOINT, DNS_SERVICE_IP, KUBERNETES_SERVICE_IP, SERVICE_CIDR} from '../topology.js';
import {nowTimestamp} from '../controllers/controller-clock.js';
import {systemMeta} from './system-meta.js';

function clusterIPSpec(ip: string): Record<string, unknown> {
	return {
		clusterIP: ip,
		clusterIPs: [ip],
		internalTrafficPolicy: 'Cluster',
		ipFamilies: ['IPv4'],
		ipFamilyPolicy: 'SingleStack',
		sessionAffinity: 'None',
		type: 'ClusterIP',
	};
}

export function kubernetesService(cluster: Cluster): KubeObject[] {
	const https = {name: 'https', port: API_SERVER_ENDPOINT.port, protocol: 'TCP'};
	return [
		{
			apiVersion: 'v1',
			kind: 'Service',
			metadata: systemMeta(cluster, 'kubernetes', 'default', {labels: {component: 'apiserver', provider: 'kubernetes'}}),
			spec: {...clusterIPSpec(KUBERNETES_SERVICE_IP), ports: [{name: 'https', port: 443, protocol: 'TCP', targetPort: API_SERVER_ENDPOINT.port}]},
			status: {loadBalancer: {}},
		},
		{
			apiVersion: 'discovery.k8s.io/v1',
			kind: 'EndpointSlice',
			metadata: systemMeta(cluster, 'kubernetes', 'default', {generation: 1, labels: {'kubernetes.io/service-name': 'kubernetes'}}),
			addressType: 'IPv4',
			endpoints: [{addresses: [API_SERVER_ENDPOINT.ip], conditions: {ready: true}}],
			ports: [https],
		},
		{
			apiVersion: 'v1',
			kind: 'Endpoints',
			metadata: systemMeta(cluster, 'kubernetes', 'default', {labels: {'endpointslice.kubernetes.io/skip-mirror': 'true'}}),
			subsets: [{addresses: [{ip: API_SERVER_ENDPOINT.ip}], ports: [https]}],
		},
	];
}

export function kubeDnsService(cluster: Cluster): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: systemMeta(cluster, 'kube-dns', 'kube-system', {
			annotations: {'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true'},
			labels: {'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS'},
		}),
		spec: {
			...clusterIPSpec(DNS_SERVICE_IP),
			ports: [
				{name: 'dns', port: 53, protocol: 'UDP', targetPort: 53},
				{name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53},
				{name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153},
			],
			selector: {'k8s-app': 'kube-dns'},
		},
		status: {loadBalancer: {}},
	};
}

export function serviceCIDR(cluster: Cluster): KubeObject {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'ServiceCIDR',
		metadata: systemMeta(cluster, 'kubernetes', undefined, {generation: 1}),
		spec: {cidrs: [SERVICE_CIDR]},
		status: {
			conditions: [
				{lastTransitionTime: nowTimestamp(cluster), message: 'Kubernetes Service CIDR is ready', reason: '', status: 'True', type: 'Ready'},
			],
		},
	};
}

/** The IPAddress object the allocator keeps for each ClusterIP it handed out. */
export function ipAddress(cluster: Cluster, ip: string, namespace: string, service: string): KubeObject {
	return {
		apiVersion: 'networking.k8s.io/v1',
		kind: 'IPAddress',
		metadata: systemMeta(cluster, ip, undefined, {
			labels: {'ipaddress.kubernetes.io/ip-family': 'IPv4', 'ipaddress.kubernetes.io/managed-by': 'ipallocator.k8s.io'},
		}),
		spec: {parentRef: {group: '', name: service, namespace, resource: 'services'}},
	};
}
