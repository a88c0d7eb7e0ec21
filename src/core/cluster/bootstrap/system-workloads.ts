/**
 * What runs in a fresh kind cluster: the control-plane static pods, CoreDNS, kube-proxy and
 * kindnet on every node, and the local-path provisioner with its default StorageClass `standard`.
 * Only the workload objects are written here; their pods come from the controllers.
 */
import type {Cluster} from '../cluster.js';
import type {KubeObject} from '../kube-object.js';
import {API_SERVER_ENDPOINT, KUBERNETES_VERSION, POD_CIDR, SERVICE_CIDR, type NodeSpec} from '../topology.js';
import {hexDigest} from '../controllers/pod-template-hash.js';
import {systemMeta} from './system-meta.js';

export const SYSTEM_IMAGES = {
	coredns: 'registry.k8s.io/coredns/coredns:v1.12.1',
	etcd: 'registry.k8s.io/etcd:3.6.4-0',
	apiserver: `registry.k8s.io/kube-apiserver:${KUBERNETES_VERSION}`,
	controllerManager: `registry.k8s.io/kube-controller-manager:${KUBERNETES_VERSION}`,
	scheduler: `registry.k8s.io/kube-scheduler:${KUBERNETES_VERSION}`,
	proxy: `registry.k8s.io/kube-proxy:${KUBERNETES_VERSION}`,
	kindnet: 'docker.io/kindest/kindnetd:v20250512-df8de77b',
	localPath: 'docker.io/kindest/local-path-provisioner:v20250214-acbabc1a',
	localPathHelper: 'docker.io/kindest/local-path-helper:v20241212-8ac705d0',
} as const;

const CONTROL_PLANE_TOLERATION = {effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane'};
const LINUX = {'kubernetes.io/os': 'linux'};

const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

function configMap(cluster: Cluster, name: string, namespace: string, data: Record<string, string>, labels?: Record<string, string>): KubeObject {
	return {apiVersion: 'v1', kind: 'ConfigMap', metadata: systemMeta(cluster, name, namespace, labels ? {labels} : {}), data};
}

function serviceAccount(cluster: Cluster, name: string, namespace: string): KubeObject {
	return {apiVersion: 'v1', kind: 'ServiceAccount', metadata: systemMeta(cluster, name, namespace)};
}

export function systemConfig(cluster: Cluster): KubeObject[] {
	return [
		configMap(cluster, 'coredns', 'kube-system', {Corefile: COREFILE}),
		configMap(cluster, 'kube-proxy', 'kube-system', {
			'config.conf': `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nbindAddress: 0.0.0.0\nclusterCIDR: ${POD_CIDR}\nkind: KubeProxyConfiguration\nmode: iptables\n`,
			'kubeconfig.conf': `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://kind-control-plane:6443\n  name: default\n`,
		}, {app: 'kube-proxy'}),
		configMap(cluster, 'kubeadm-config', 'kube-system', {
			ClusterConfiguration: `apiVersion: kubeadm.k8s.io/v1beta4\nclusterName: kind\ncontrolPlaneEndpoint: kind-control-plane:6443\nkind: ClusterConfiguration\nkubernetesVersion: ${KUBERNETES_VERSION}\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: ${POD_CIDR}\n  serviceSubnet: ${SERVICE_CIDR}\n`,
		}),
		configMap(cluster, 'kubelet-config', 'kube-system', {
			kubelet: 'apiVersion: kubelet.config.k8s.io/v1beta1\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n',
		}),
		configMap(cluster, 'cluster-info', 'kube-public', {
			kubeconfig: 'apiVersion: v1\nclusters:\n- cluster:\n    server: https://kind-control-plane:6443\n  name: ""\nkind: Config\n',
		}),
		configMap(cluster, 'local-path-config', 'local-path-storage', {
			'config.json': '{\n        "nodePathMap":[\n        {\n                "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",\n                "paths":["/var/local-path-provisioner"]\n        }\n        ]\n}',
			'helperPod.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  containers:\n  - name: helper-pod\n    image: ${SYSTEM_IMAGES.localPathHelper}\n    imagePullPolicy: IfNotPresent\n`,
			setup: '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "$VOL_DIR"',
			teardown: '#!/bin/sh\nset -eu\nrm -rf "$VOL_DIR"',
		}),
		serviceAccount(cluster, 'coredns', 'kube-system'),
		serviceAccount(cluster, 'kube-proxy', 'kube-system'),
		serviceAccount(cluster, 'kindnet', 'kube-system'),
		serviceAccount(cluster, 'local-path-provisioner-service-account', 'local-path-storage'),
		{
			apiVersion: 'storage.k8s.io/v1',
			kind: 'StorageClass',
			metadata: systemMeta(cluster, 'standard', undefined, {annotations: {'storageclass.kubernetes.io/is-default-class': 'true'}}),
			provisioner: 'rancher.io/local-path',
			reclaimPolicy: 'Delete',
			volumeBindingMode: 'WaitForFirstConsumer',
		},
	];
}

export function coreDnsDeployment(cluster: Cluster): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: systemMeta(cluster, 'coredns', 'kube-system', {generation: 1, labels: {'k8s-app': 'kube-dns'}}),
		spec: {
			progressDeadlineSeconds: 600,
			replicas: 2,
			revisionHistoryLimit: 10,
			selector: {matchLabels: {'k8s-app': 'kube-dns'}},
			strategy: {rollingUpdate: {maxSurge: '25%', maxUnavailable: 1}, type: 'RollingUpdate'},
			template: {
				metadata: {labels: {'k8s-app': 'kube-dns'}},
				spec: {
					containers: [
						{
							args: ['-conf', '/etc/coredns/Corefile'],
							image: SYSTEM_IMAGES.coredns,
							imagePullPolicy: 'IfNotPresent',
							livenessProbe: {failureThreshold: 5, httpGet: {path: '/health', port: 8080, scheme: 'HTTP'}, initialDelaySeconds: 60, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 5},
							name: 'coredns',
							ports: [
								{containerPort: 53, name: 'dns', protocol: 'UDP'},
								{containerPort: 53, name: 'dns-tcp', protocol: 'TCP'},
								{containerPort: 9153, name: 'metrics', protocol: 'TCP'},
								{containerPort: 8080, name: 'liveness-probe', protocol: 'TCP'},
								{containerPort: 8181, name: 'readiness-probe', protocol: 'TCP'},
							],
							readinessProbe: {failureThreshold: 3, httpGet: {path: '/ready', port: 'readiness-probe', scheme: 'HTTP'}, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1},
							resources: {limits: {memory: '170Mi'}, requests: {cpu: '100m', memory: '70Mi'}},
							terminationMessagePath: '/dev/termination-log',
							terminationMessagePolicy: 'File',
							volumeMounts: [{mountPath: '/etc/coredns', name: 'config-volume', readOnly: true}],
						},
					],
					dnsPolicy: 'Default',
					nodeSelector: {...LINUX},
					priorityClassName: 'system-cluster-critical',
					restartPolicy: 'Always',
					schedulerName: 'default-scheduler',
					serviceAccountName: 'coredns',
					terminationGracePeriodSeconds: 30,
					tolerations: [{key: 'CriticalAddonsOnly', operator: 'Exists'}, {...CONTROL_PLANE_TOLERATION}],
					volumes: [{configMap: {defaultMode: 420, items: [{key: 'Corefile', path: 'Corefile'}], name: 'coredns'}, name: 'config-volume'}],
				},
			},
		},
	};
}

export function localPathDeployment(cluster: Cluster): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: systemMeta(cluster, 'local-path-provisioner', 'local-path-storage', {generation: 1}),
		spec: {
			progressDeadlineSeconds: 600,
			replicas: 1,
			revisionHistoryLimit: 10,
			selector: {matchLabels: {app: 'local-path-provisioner'}},
			strategy: {rollingUpdate: {maxSurge: '25%', maxUnavailable: '25%'}, type: 'RollingUpdate'},
			template: {
				metadata: {labels: {app: 'local-path-provisioner'}},
				spec: {
					containers: [
						{
							command: ['local-path-provisioner', '--debug', 'start', '--helper-image', SYSTEM_IMAGES.localPathHelper, '--config', '/etc/config/config.json'],
							env: [{name: 'POD_NAMESPACE', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'metadata.namespace'}}}],
							image: SYSTEM_IMAGES.localPath,
							imagePullPolicy: 'IfNotPresent',
							name: 'local-path-provisioner',
							volumeMounts: [{mountPath: '/etc/config/', name: 'config-volume'}],
						},
					],
					dnsPolicy: 'ClusterFirst',
					nodeSelector: {...LINUX},
					restartPolicy: 'Always',
					schedulerName: 'default-scheduler',
					serviceAccountName: 'local-path-provisioner-service-account',
					terminationGracePeriodSeconds: 30,
					tolerations: [{...CONTROL_PLANE_TOLERATION, operator: 'Equal'}, {effect: 'NoSchedule', key: 'node-role.kubernetes.io/master', operator: 'Equal'}],
					volumes: [{configMap: {defaultMode: 420, name: 'local-path-config'}, name: 'config-volume'}],
				},
			},
		},
	};
}

function daemonSet(cluster: Cluster, name: string, labels: Record<string, string>, podSpec: Record<string, unknown>): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'DaemonSet',
		metadata: systemMeta(cluster, name, 'kube-system', {generation: 1, labels: {...labels}, annotations: {'deprecated.daemonset.template.generation': '1'}}),
		spec: {
			revisionHistoryLimit: 10,
			selector: {matchLabels: {...labels}},
			template: {metadata: {labels: {...labels}}, spec: podSpec},
			updateStrategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 1}, type: 'RollingUpdate'},
		},
	};
}

export function kubeProxyDaemonSet(cluster: Cluster): KubeObject {
	return daemonSet(cluster, 'kube-proxy', {'k8s-app': 'kube-proxy'}, {
		containers: [
			{
				command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
				env: [{name: 'NODE_NAME', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'spec.nodeName'}}}],
				image: SYSTEM_IMAGES.proxy,
				imagePullPolicy: 'IfNotPresent',
				name: 'kube-proxy',
				securityContext: {privileged: true},
				volumeMounts: [
					{mountPath: '/var/lib/kube-proxy', name: 'kube-proxy'},
					{mountPath: '/run/xtables.lock', name: 'xtables-lock'},
					{mountPath: '/lib/modules', name: 'lib-modules', readOnly: true},
				],
			},
		],
		dnsPolicy: 'ClusterFirst',
		hostNetwork: true,
		nodeSelector: {...LINUX},
		priorityClassName: 'system-node-critical',
		serviceAccountName: 'kube-proxy',
		tolerations: [{operator: 'Exists'}],
		volumes: [
			{configMap: {defaultMode: 420, name: 'kube-proxy'}, name: 'kube-proxy'},
			{hostPath: {path: '/run/xtables.lock', type: 'FileOrCreate'}, name: 'xtables-lock'},
			{hostPath: {path: '/lib/modules', type: ''}, name: 'lib-modules'},
		],
	});
}

export function kindnetDaemonSet(cluster: Cluster): KubeObject {
	return daemonSet(cluster, 'kindnet', {app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node'}, {
		containers: [
			{
				env: [
					{name: 'HOST_IP', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'status.hostIP'}}},
					{name: 'POD_IP', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'status.podIP'}}},
					{name: 'POD_SUBNET', value: POD_CIDR},
					{name: 'CONTROL_PLANE_ENDPOINT', value: 'kind-control-plane:6443'},
				],
				image: SYSTEM_IMAGES.kindnet,
				imagePullPolicy: 'IfNotPresent',
				name: 'kindnet-cni',
				resources: {limits: {cpu: '100m', memory: '50Mi'}, requests: {cpu: '100m', memory: '50Mi'}},
				securityContext: {capabilities: {add: ['NET_RAW', 'NET_ADMIN']}, privileged: false},
				volumeMounts: [
					{mountPath: '/etc/cni/net.d', name: 'cni-cfg'},
					{mountPath: '/run/xtables.lock', name: 'xtables-lock'},
					{mountPath: '/lib/modules', name: 'lib-modules', readOnly: true},
				],
			},
		],
		dnsPolicy: 'ClusterFirst',
		hostNetwork: true,
		nodeSelector: {...LINUX},
		serviceAccountName: 'kindnet',
		tolerations: [{operator: 'Exists'}],
		volumes: [
			{hostPath: {path: '/etc/cni/net.d', type: ''}, name: 'cni-cfg'},
			{hostPath: {path: '/run/xtables.lock', type: 'FileOrCreate'}, name: 'xtables-lock'},
			{hostPath: {path: '/lib/modules', type: ''}, name: 'lib-modules'},
		],
	});
}

interface StaticPod {
	component: string;
	image: string;
	command: string[];
	annotations?: Record<string, string>;
	/** kubeadm's requests for the component (its manifests set no limits). */
	requests: Record<string, string>;
}

function staticPods(): StaticPod[] {
	const ip = API_SERVER_ENDPOINT.ip;
	return [
		{
			component: 'etcd',
			image: SYSTEM_IMAGES.etcd,
			command: ['etcd', `--advertise-client-urls=https://${ip}:2379`, '--data-dir=/var/lib/etcd', `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`, '--name=kind-control-plane'],
			annotations: {'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379`},
			requests: {cpu: '100m', memory: '100Mi'},
		},
		{
			component: 'kube-apiserver',
			image: SYSTEM_IMAGES.apiserver,
			command: ['kube-apiserver', `--advertise-address=${ip}`, '--authorization-mode=Node,RBAC', '--etcd-servers=https://127.0.0.1:2379', `--secure-port=${API_SERVER_ENDPOINT.port}`, `--service-cluster-ip-range=${SERVICE_CIDR}`, '--service-node-port-range=30000-32767'],
			annotations: {'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:${API_SERVER_ENDPOINT.port}`},
			requests: {cpu: '250m'},
		},
		{
			component: 'kube-controller-manager',
			image: SYSTEM_IMAGES.controllerManager,
			command: ['kube-controller-manager', '--allocate-node-cidrs=true', `--cluster-cidr=${POD_CIDR}`, '--cluster-name=kind', `--service-cluster-ip-range=${SERVICE_CIDR}`, '--use-service-account-credentials=true'],
			requests: {cpu: '200m'},
		},
		{
			component: 'kube-scheduler',
			image: SYSTEM_IMAGES.scheduler,
			command: ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--bind-address=127.0.0.1', '--leader-elect=true'],
			requests: {cpu: '100m'},
		},
	];
}

/** Mirror pods of the control plane's static manifests, owned by their Node as the kubelet makes them. */
export function controlPlanePods(cluster: Cluster, node: Readonly<KubeObject>, spec: NodeSpec): KubeObject[] {
	return staticPods().map(({component, image, command, annotations, requests}) => {
		const hash = hexDigest(`${component}@${spec.name}`).slice(0, 32);
		return {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: systemMeta(cluster, `${component}-${spec.name}`, 'kube-system', {
				annotations: {
					...(annotations ?? {}),
					'kubernetes.io/config.hash': hash,
					'kubernetes.io/config.mirror': hash,
					'kubernetes.io/config.seen': cluster.clock.timestamp(-330000).replace('Z', '.000000000Z'),
					'kubernetes.io/config.source': 'file',
				},
				labels: {component, tier: 'control-plane'},
				ownerReferences: [{apiVersion: 'v1', controller: true, kind: 'Node', name: node.metadata.name, uid: node.metadata.uid ?? ''}],
			}),
			spec: {
				containers: [{command, image, imagePullPolicy: 'IfNotPresent', name: component, resources: {requests}, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File'}],
				dnsPolicy: 'ClusterFirst',
				enableServiceLinks: true,
				hostNetwork: true,
				nodeName: spec.name,
				preemptionPolicy: 'PreemptLowerPriority',
				priority: 2000001000,
				priorityClassName: 'system-node-critical',
				restartPolicy: 'Always',
				schedulerName: 'default-scheduler',
				securityContext: {seccompProfile: {type: 'RuntimeDefault'}},
				terminationGracePeriodSeconds: 30,
				tolerations: [{effect: 'NoExecute', operator: 'Exists'}],
			},
			status: {phase: 'Pending', qosClass: 'Burstable'},
		};
	});
}
