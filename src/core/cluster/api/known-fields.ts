import {B, I, S, list, stringMap, strings, struct, type StructShape} from './field-shape.js';
import {condition, labelSelector, objectReference, typeMeta, typedLocalObjectReference} from './known-fields-meta.js';
import {podSpec, podTemplateSpec} from './known-fields-pod.js';

/**
 * The field table per simulated kind. Kinds not listed here (ServiceAccount, ConfigMap, …) are
 * stored as given: only their metadata is checked.
 */

const servicePort = struct('ServicePort', {name: S, protocol: S, appProtocol: S, port: I, targetPort: 'intOrString', nodePort: I});

const service = struct('Service', {
	...typeMeta,
	spec: struct('ServiceSpec', {
		ports: list(servicePort),
		selector: stringMap,
		clusterIP: S,
		clusterIPs: strings,
		type: S,
		externalIPs: strings,
		sessionAffinity: S,
		loadBalancerIP: S,
		loadBalancerSourceRanges: strings,
		externalName: S,
		externalTrafficPolicy: S,
		healthCheckNodePort: I,
		publishNotReadyAddresses: B,
		sessionAffinityConfig: struct('SessionAffinityConfig', {clientIP: struct('ClientIPConfig', {timeoutSeconds: I})}),
		ipFamilies: strings,
		ipFamilyPolicy: S,
		allocateLoadBalancerNodePorts: B,
		loadBalancerClass: S,
		internalTrafficPolicy: S,
		trafficDistribution: S,
	}),
	status: struct('ServiceStatus', {
		loadBalancer: struct('LoadBalancerStatus', {
			ingress: list(
				struct('LoadBalancerIngress', {
					ip: S,
					hostname: S,
					ipMode: S,
					ports: list(struct('PortStatus', {port: I, protocol: S, error: S})),
				}),
			),
		}),
		conditions: list(condition),
	}),
});

const pod = struct('Pod', {...typeMeta, spec: podSpec, status: 'any'});

const rollingUpdate = struct('RollingUpdateDeployment', {maxUnavailable: 'intOrString', maxSurge: 'intOrString'});

const deployment = struct('Deployment', {
	...typeMeta,
	spec: struct('DeploymentSpec', {
		replicas: I,
		selector: labelSelector,
		template: podTemplateSpec,
		strategy: struct('DeploymentStrategy', {type: S, rollingUpdate}),
		minReadySeconds: I,
		revisionHistoryLimit: I,
		paused: B,
		progressDeadlineSeconds: I,
	}),
	status: 'any',
});

const replicaSet = struct('ReplicaSet', {
	...typeMeta,
	spec: struct('ReplicaSetSpec', {replicas: I, minReadySeconds: I, selector: labelSelector, template: podTemplateSpec}),
	status: 'any',
});

const statefulSet = struct('StatefulSet', {
	...typeMeta,
	spec: struct('StatefulSetSpec', {
		replicas: I,
		selector: labelSelector,
		template: podTemplateSpec,
		volumeClaimTemplates: list('any'),
		serviceName: S,
		podManagementPolicy: S,
		updateStrategy: struct('StatefulSetUpdateStrategy', {
			type: S,
			rollingUpdate: struct('RollingUpdateStatefulSetStrategy', {partition: I, maxUnavailable: 'intOrString'}),
		}),
		revisionHistoryLimit: I,
		minReadySeconds: I,
		persistentVolumeClaimRetentionPolicy: struct('StatefulSetPersistentVolumeClaimRetentionPolicy', {whenDeleted: S, whenScaled: S}),
		ordinals: struct('StatefulSetOrdinals', {start: I}),
	}),
	status: 'any',
});

const ingressBackend = struct('IngressBackend', {
	service: struct('IngressServiceBackend', {name: S, port: struct('ServiceBackendPort', {name: S, number: I})}),
	resource: typedLocalObjectReference,
});

const ingress = struct('Ingress', {
	...typeMeta,
	spec: struct('IngressSpec', {
		ingressClassName: S,
		defaultBackend: ingressBackend,
		tls: list(struct('IngressTLS', {hosts: strings, secretName: S})),
		rules: list(
			struct('IngressRule', {
				host: S,
				http: struct('HTTPIngressRuleValue', {
					paths: list(struct('HTTPIngressPath', {path: S, pathType: S, backend: ingressBackend})),
				}),
			}),
		),
	}),
	status: 'any',
});

const ingressClass = struct('IngressClass', {
	...typeMeta,
	spec: struct('IngressClassSpec', {
		controller: S,
		parameters: struct('IngressClassParametersReference', {apiGroup: S, kind: S, name: S, scope: S, namespace: S}),
	}),
});

const networkPolicyPeer = struct('NetworkPolicyPeer', {
	podSelector: labelSelector,
	namespaceSelector: labelSelector,
	ipBlock: struct('IPBlock', {cidr: S, except: strings}),
});
const networkPolicyPorts = list(struct('NetworkPolicyPort', {protocol: S, port: 'intOrString', endPort: I}));

const networkPolicy = struct('NetworkPolicy', {
	...typeMeta,
	spec: struct('NetworkPolicySpec', {
		podSelector: labelSelector,
		ingress: list(struct('NetworkPolicyIngressRule', {ports: networkPolicyPorts, from: list(networkPolicyPeer)})),
		egress: list(struct('NetworkPolicyEgressRule', {ports: networkPolicyPorts, to: list(networkPolicyPeer)})),
		policyTypes: strings,
	}),
});

const namespace = struct('Namespace', {...typeMeta, spec: struct('NamespaceSpec', {finalizers: strings}), status: 'any'});

const endpointSlice = struct('EndpointSlice', {
	...typeMeta,
	addressType: S,
	endpoints: list(
		struct('Endpoint', {
			addresses: strings,
			conditions: struct('EndpointConditions', {ready: B, serving: B, terminating: B}),
			hostname: S,
			targetRef: objectReference,
			deprecatedTopology: stringMap,
			nodeName: S,
			zone: S,
			hints: 'any',
		}),
	),
	ports: list(struct('EndpointPort', {name: S, protocol: S, port: I, appProtocol: S})),
});

const endpointAddress = struct('EndpointAddress', {ip: S, hostname: S, nodeName: S, targetRef: objectReference});

const endpoints = struct('Endpoints', {
	...typeMeta,
	subsets: list(
		struct('EndpointSubset', {
			addresses: list(endpointAddress),
			notReadyAddresses: list(endpointAddress),
			ports: list(struct('EndpointPort', {name: S, port: I, protocol: S, appProtocol: S})),
		}),
	),
});

const SHAPES: Record<string, StructShape> = {
	Service: service,
	Pod: pod,
	Deployment: deployment,
	ReplicaSet: replicaSet,
	StatefulSet: statefulSet,
	Ingress: ingress,
	IngressClass: ingressClass,
	NetworkPolicy: networkPolicy,
	Namespace: namespace,
	EndpointSlice: endpointSlice,
	Endpoints: endpoints,
};

/** The shape to decode a kind with; unknown kinds get an open shape that checks only metadata. */
export function shapeForKind(kind: string): StructShape | undefined {
	return SHAPES[kind];
}

export const openObjectShape = (kind: string): StructShape => struct(kind, {...typeMeta});
