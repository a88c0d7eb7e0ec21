import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {at, pod, service} from './fixtures.js';

const template = {metadata: {labels: {app: 'web'}}, spec: {containers: [{name: 'web', image: 'nginx:1.27', ports: [{containerPort: 80, protocol: 'TCP'}]}]}};

export const deployment: KubeObject = {
	apiVersion: 'apps/v1',
	kind: 'Deployment',
	metadata: {name: 'web', namespace: 'default', uid: 'd1', creationTimestamp: at(0), labels: {app: 'web'}, annotations: {'deployment.kubernetes.io/revision': '1'}},
	spec: {replicas: 3, selector: {matchLabels: {app: 'web'}}, template, strategy: {type: 'RollingUpdate', rollingUpdate: {maxUnavailable: '25%', maxSurge: '25%'}}, minReadySeconds: 0},
	status: {
		replicas: 3,
		updatedReplicas: 3,
		readyReplicas: 3,
		availableReplicas: 3,
		conditions: [
			{type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable'},
			{type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable'},
		],
	},
};

export const replicaSet: KubeObject = {
	apiVersion: 'apps/v1',
	kind: 'ReplicaSet',
	metadata: {
		name: 'web-7d4b9c6f5d',
		namespace: 'default',
		uid: 'r1',
		creationTimestamp: at(0),
		labels: {app: 'web', 'pod-template-hash': '7d4b9c6f5d'},
		ownerReferences: [{apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true}],
	},
	spec: {replicas: 3, selector: {matchLabels: {app: 'web', 'pod-template-hash': '7d4b9c6f5d'}}, template: {...template, metadata: {labels: {app: 'web', 'pod-template-hash': '7d4b9c6f5d'}}}},
	status: {replicas: 3, readyReplicas: 3},
};

export const deploymentEvent: KubeObject = {
	apiVersion: 'v1',
	kind: 'Event',
	metadata: {name: 'web.1', namespace: 'default'},
	involvedObject: {kind: 'Deployment', name: 'web', namespace: 'default', uid: 'd1'},
	reason: 'ScalingReplicaSet',
	message: 'Scaled up replica set web-7d4b9c6f5d from 0 to 3',
	type: 'Normal',
	source: {component: 'deployment-controller'},
	firstTimestamp: at(0),
	lastTimestamp: at(0),
	count: 1,
};

export const ownedPod = pod('web-7d4b9c6f5d-aaaaa', 0, {metadata: {ownerReferences: [{apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c6f5d', uid: 'r1', controller: true}]}});

export const endpoints: KubeObject = {
	apiVersion: 'v1',
	kind: 'Endpoints',
	metadata: {name: 'web', namespace: 'default', labels: {app: 'web'}},
	subsets: [{addresses: [{ip: '10.244.1.5'}, {ip: '10.244.2.6'}], notReadyAddresses: [{ip: '10.244.1.7'}], ports: [{port: 80, protocol: 'TCP'}]}],
};

export const endpointSlice: KubeObject = {
	apiVersion: 'discovery.k8s.io/v1',
	kind: 'EndpointSlice',
	metadata: {
		name: 'web-abcde',
		namespace: 'default',
		labels: {'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io'},
		annotations: {'endpoints.kubernetes.io/last-change-trigger-time': '2026-01-01T00:00:05Z'},
	},
	addressType: 'IPv4',
	ports: [{name: 'http', port: 80, protocol: 'TCP'}],
	endpoints: [
		{
			addresses: ['10.244.1.5'],
			conditions: {ready: true, serving: true, terminating: false},
			nodeName: 'kind-worker',
			targetRef: {kind: 'Pod', name: 'web-7d4b9c6f5d-aaaaa', namespace: 'default'},
		},
	],
};

export const namespace: KubeObject = {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'default', labels: {'kubernetes.io/metadata.name': 'default'}}, status: {phase: 'Active'}};

export const webService = service('web', 0, {type: 'ClusterIP', clusterIP: '10.96.1.1', clusterIPs: ['10.96.1.1'], ports: [{name: 'http', port: 80, targetPort: 80, protocol: 'TCP'}]});

export const ingress: KubeObject = {
	apiVersion: 'networking.k8s.io/v1',
	kind: 'Ingress',
	metadata: {name: 'web', namespace: 'default'},
	spec: {
		ingressClassName: 'nginx',
		rules: [
			{
				host: 'web.example.com',
				http: {
					paths: [
						{path: '/', pathType: 'Prefix', backend: {service: {name: 'web', port: {number: 80}}}},
						{path: '/api', pathType: 'Prefix', backend: {service: {name: 'api', port: {number: 8080}}}},
					],
				},
			},
		],
	},
	status: {loadBalancer: {ingress: [{ip: '172.18.255.200'}]}},
};

export const node: KubeObject = {
	apiVersion: 'v1',
	kind: 'Node',
	metadata: {name: 'kind-worker', creationTimestamp: at(0), labels: {'kubernetes.io/hostname': 'kind-worker', 'kubernetes.io/os': 'linux'}, annotations: {'node.alpha.kubernetes.io/ttl': '0'}},
	spec: {podCIDR: '10.244.1.0/24', podCIDRs: ['10.244.1.0/24'], providerID: 'kind://docker/kind/kind-worker'},
	status: {
		capacity: {cpu: '8', memory: '16318356Ki', pods: '110', 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0'},
		allocatable: {cpu: '8', memory: '16318356Ki', pods: '110', 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0'},
		conditions: [{type: 'Ready', status: 'True', lastHeartbeatTime: at(60000), lastTransitionTime: at(10000), reason: 'KubeletReady', message: 'kubelet is posting ready status'}],
		addresses: [{type: 'InternalIP', address: '172.18.0.3'}, {type: 'Hostname', address: 'kind-worker'}],
		nodeInfo: {
			machineID: 'm',
			systemUUID: 's',
			bootID: 'b',
			kernelVersion: '6.8.0',
			osImage: 'Debian GNU/Linux 12 (bookworm)',
			operatingSystem: 'linux',
			architecture: 'amd64',
			containerRuntimeVersion: 'containerd://2.1.3',
			kubeletVersion: 'v1.34.0',
			kubeProxyVersion: '',
		},
	},
};

export const kindnetPod = pod('kindnet-x', 0, {
	spec: {containers: [{name: 'kindnet', image: 'kindnet', resources: {requests: {cpu: '100m', memory: '50Mi'}, limits: {cpu: '100m', memory: '50Mi'}}}]},
	metadata: {namespace: 'kube-system'},
});

export const statefulSet: KubeObject = {
	apiVersion: 'apps/v1',
	kind: 'StatefulSet',
	metadata: {name: 'db', namespace: 'default', uid: 's1', creationTimestamp: at(0)},
	spec: {
		replicas: 2,
		serviceName: 'db',
		selector: {matchLabels: {app: 'db'}},
		template: {metadata: {labels: {app: 'db'}}, spec: {containers: [{name: 'db', image: 'postgres:16', ports: [{containerPort: 5432, name: 'pg', protocol: 'TCP'}]}]}},
		updateStrategy: {type: 'RollingUpdate', rollingUpdate: {partition: 0}},
	},
	status: {replicas: 2},
};

export const statefulPod = pod('db-0', 0, {metadata: {ownerReferences: [{apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'db', uid: 's1', controller: true}]}});

export const daemonSet: KubeObject = {
	apiVersion: 'apps/v1',
	kind: 'DaemonSet',
	metadata: {name: 'kube-proxy', namespace: 'kube-system', uid: 'ds1', labels: {'k8s-app': 'kube-proxy'}, annotations: {'deprecated.daemonset.template.generation': '1'}},
	spec: {
		selector: {matchLabels: {'k8s-app': 'kube-proxy'}},
		template: {
			metadata: {labels: {'k8s-app': 'kube-proxy'}},
			spec: {
				nodeSelector: {'kubernetes.io/os': 'linux'},
				containers: [{name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.34.0', command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf']}],
				tolerations: [{operator: 'Exists'}],
			},
		},
	},
	status: {desiredNumberScheduled: 3, currentNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0, numberReady: 3},
};

export const job: KubeObject = {
	apiVersion: 'batch/v1',
	kind: 'Job',
	metadata: {name: 'pi', namespace: 'default', creationTimestamp: at(0)},
	spec: {completions: 1, backoffLimit: 6, template: {spec: {containers: [{name: 'pi', image: 'perl'}]}}},
	status: {succeeded: 1},
};
