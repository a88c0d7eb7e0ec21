/** The three kind nodes (topology.ts) as `kubectl get nodes -o yaml` shows them. */
import type {Cluster} from '../cluster.js';
import type {KubeObject, Node} from '../kube-object.js';
import {KUBERNETES_VERSION, type NodeSpec} from '../topology.js';
import {nowTimestamp} from '../controllers/controller-clock.js';
import {hexDigest} from '../controllers/pod-template-hash.js';
import {systemMeta} from './system-meta.js';

export const CONTROL_PLANE_TAINT = {effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane'} as const;

const CAPACITY = {
	cpu: '8',
	'ephemeral-storage': '259966896Ki',
	'hugepages-1Gi': '0',
	'hugepages-2Mi': '0',
	memory: '32801412Ki',
	pods: '110',
};

export function nodeObject(cluster: Cluster, spec: NodeSpec): Node & KubeObject {
	const now = nowTimestamp(cluster);
	const labels: Record<string, string> = {
		'beta.kubernetes.io/arch': 'amd64',
		'beta.kubernetes.io/os': 'linux',
		'kubernetes.io/arch': 'amd64',
		'kubernetes.io/hostname': spec.name,
		'kubernetes.io/os': 'linux',
	};
	if (spec.controlPlane) {
		labels['node-role.kubernetes.io/control-plane'] = '';
		labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
	}
	const condition = (type: string, status: string, reason: string, message: string) => ({
		lastHeartbeatTime: now,
		lastTransitionTime: now,
		message,
		reason,
		status,
		type,
	});
	const id = hexDigest(spec.name);
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: systemMeta(cluster, spec.name, undefined, {
			annotations: {
				'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
				'node.alpha.kubernetes.io/ttl': '0',
				'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
			},
			labels,
		}),
		spec: {
			podCIDR: spec.podCIDR,
			podCIDRs: [spec.podCIDR],
			providerID: `kind://docker/kind/${spec.name}`,
			...(spec.controlPlane ? {taints: [{...CONTROL_PLANE_TAINT}]} : {}),
		},
		status: {
			addresses: [
				{address: spec.internalIP, type: 'InternalIP'},
				{address: spec.name, type: 'Hostname'},
			],
			allocatable: {...CAPACITY},
			capacity: {...CAPACITY},
			conditions: [
				condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
				condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
				condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
				condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
			],
			daemonEndpoints: {kubeletEndpoint: {Port: 10250}},
			nodeInfo: {
				architecture: 'amd64',
				bootID: `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`,
				containerRuntimeVersion: 'containerd://2.1.3',
				kernelVersion: '6.8.0-60-generic',
				kubeProxyVersion: KUBERNETES_VERSION,
				kubeletVersion: KUBERNETES_VERSION,
				machineID: id.slice(32, 64),
				operatingSystem: 'linux',
				osImage: 'Debian GNU/Linux 12 (bookworm)',
				systemUUID: `${id.slice(0, 8)}-${id.slice(40, 44)}-${id.slice(44, 48)}-${id.slice(48, 52)}-${id.slice(52, 64)}`,
			},
		},
	};
}
