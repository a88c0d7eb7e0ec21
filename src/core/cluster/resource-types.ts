/**
 * The built-in kinds a fresh kind cluster (v1.34) serves, as kubectl discovers them. kubectl uses
 * this to map `svc`, `services`, `service.v1` … to a kind; the API server uses `simulated` to
 * decide whether an object gets behaviour or is only stored.
 */
export interface ResourceType {
	kind: string;
	group: string; // '' for the core group
	version: string;
	resource: string; // plural, as in `kubectl get services`
	singular: string;
	shortNames: readonly string[];
	namespaced: boolean;
	simulated: boolean;
}

const t = (
	kind: string,
	group: string,
	version: string,
	resource: string,
	shortNames: string[],
	namespaced: boolean,
	simulated = false,
): ResourceType => ({kind, group, version, resource, singular: kind.toLowerCase(), shortNames, namespaced, simulated});

export const RESOURCE_TYPES: readonly ResourceType[] = [
	t('Binding', '', 'v1', 'bindings', [], true),
	t('ComponentStatus', '', 'v1', 'componentstatuses', ['cs'], false),
	t('Namespace', '', 'v1', 'namespaces', ['ns'], false, true),
	t('Node', '', 'v1', 'nodes', ['no'], false, true),
	t('Pod', '', 'v1', 'pods', ['po'], true, true),
	t('Service', '', 'v1', 'services', ['svc'], true, true),
	t('Endpoints', '', 'v1', 'endpoints', ['ep'], true, true),
	t('Event', '', 'v1', 'events', ['ev'], true, true),
	t('ServiceAccount', '', 'v1', 'serviceaccounts', ['sa'], true),
	t('ConfigMap', '', 'v1', 'configmaps', ['cm'], true),
	t('Secret', '', 'v1', 'secrets', [], true),
	t('PersistentVolumeClaim', '', 'v1', 'persistentvolumeclaims', ['pvc'], true),
	t('PersistentVolume', '', 'v1', 'persistentvolumes', ['pv'], false),
	t('LimitRange', '', 'v1', 'limitranges', ['limits'], true),
	t('ResourceQuota', '', 'v1', 'resourcequotas', ['quota'], true),
	t('ReplicationController', '', 'v1', 'replicationcontrollers', ['rc'], true),
	t('PodTemplate', '', 'v1', 'podtemplates', [], true),
	t('Deployment', 'apps', 'v1', 'deployments', ['deploy'], true, true),
	t('ReplicaSet', 'apps', 'v1', 'replicasets', ['rs'], true, true),
	t('StatefulSet', 'apps', 'v1', 'statefulsets', ['sts'], true, true),
	t('DaemonSet', 'apps', 'v1', 'daemonsets', ['ds'], true),
	t('ControllerRevision', 'apps', 'v1', 'controllerrevisions', [], true),
	t('Job', 'batch', 'v1', 'jobs', [], true),
	t('CronJob', 'batch', 'v1', 'cronjobs', ['cj'], true),
	t('EndpointSlice', 'discovery.k8s.io', 'v1', 'endpointslices', [], true, true),
	t('Ingress', 'networking.k8s.io', 'v1', 'ingresses', ['ing'], true, true),
	t('IngressClass', 'networking.k8s.io', 'v1', 'ingressclasses', [], false, true),
	t('NetworkPolicy', 'networking.k8s.io', 'v1', 'networkpolicies', ['netpol'], true),
	t('ServiceCIDR', 'networking.k8s.io', 'v1', 'servicecidrs', [], false),
	t('IPAddress', 'networking.k8s.io', 'v1', 'ipaddresses', ['ip'], false),
	t('HorizontalPodAutoscaler', 'autoscaling', 'v2', 'horizontalpodautoscalers', ['hpa'], true),
	t('PodDisruptionBudget', 'policy', 'v1', 'poddisruptionbudgets', ['pdb'], true),
	t('Role', 'rbac.authorization.k8s.io', 'v1', 'roles', [], true),
	t('RoleBinding', 'rbac.authorization.k8s.io', 'v1', 'rolebindings', [], true),
	t('ClusterRole', 'rbac.authorization.k8s.io', 'v1', 'clusterroles', [], false),
	t('ClusterRoleBinding', 'rbac.authorization.k8s.io', 'v1', 'clusterrolebindings', [], false),
	t('StorageClass', 'storage.k8s.io', 'v1', 'storageclasses', ['sc'], false),
	t('PriorityClass', 'scheduling.k8s.io', 'v1', 'priorityclasses', ['pc'], false),
	t('Lease', 'coordination.k8s.io', 'v1', 'leases', [], true),
	t('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', 'validatingwebhookconfigurations', [], false),
	// the rest of what a kind v1.34 API server serves: stored as written, nothing acts on them
	t('MutatingWebhookConfiguration', 'admissionregistration.k8s.io', 'v1', 'mutatingwebhookconfigurations', [], false),
	t('ValidatingAdmissionPolicy', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicies', [], false),
	t('ValidatingAdmissionPolicyBinding', 'admissionregistration.k8s.io', 'v1', 'validatingadmissionpolicybindings', [], false),
	t('APIService', 'apiregistration.k8s.io', 'v1', 'apiservices', [], false),
	t('SelfSubjectReview', 'authentication.k8s.io', 'v1', 'selfsubjectreviews', [], false),
	t('TokenReview', 'authentication.k8s.io', 'v1', 'tokenreviews', [], false),
	t('LocalSubjectAccessReview', 'authorization.k8s.io', 'v1', 'localsubjectaccessreviews', [], true),
	t('SelfSubjectAccessReview', 'authorization.k8s.io', 'v1', 'selfsubjectaccessreviews', [], false),
	t('SelfSubjectRulesReview', 'authorization.k8s.io', 'v1', 'selfsubjectrulesreviews', [], false),
	t('SubjectAccessReview', 'authorization.k8s.io', 'v1', 'subjectaccessreviews', [], false),
	t('CertificateSigningRequest', 'certificates.k8s.io', 'v1', 'certificatesigningrequests', ['csr'], false),
	t('FlowSchema', 'flowcontrol.apiserver.k8s.io', 'v1', 'flowschemas', [], false),
	t('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io', 'v1', 'prioritylevelconfigurations', [], false),
	t('RuntimeClass', 'node.k8s.io', 'v1', 'runtimeclasses', [], false),
	t('DeviceClass', 'resource.k8s.io', 'v1', 'deviceclasses', [], false),
	t('ResourceClaim', 'resource.k8s.io', 'v1', 'resourceclaims', [], true),
	t('ResourceClaimTemplate', 'resource.k8s.io', 'v1', 'resourceclaimtemplates', [], true),
	t('ResourceSlice', 'resource.k8s.io', 'v1', 'resourceslices', [], false),
	t('CSIDriver', 'storage.k8s.io', 'v1', 'csidrivers', [], false),
	t('CSINode', 'storage.k8s.io', 'v1', 'csinodes', [], false),
	t('CSIStorageCapacity', 'storage.k8s.io', 'v1', 'csistoragecapacities', [], true),
	t('VolumeAttachment', 'storage.k8s.io', 'v1', 'volumeattachments', [], false),
	t('VolumeAttributesClass', 'storage.k8s.io', 'v1', 'volumeattributesclasses', ['vac'], false),
	t('CustomResourceDefinition', 'apiextensions.k8s.io', 'v1', 'customresourcedefinitions', ['crd', 'crds'], false),
];

/** `apps/v1` for Deployment, `v1` for Service. */
export function apiVersionOf(type: ResourceType): string {
	return type.group ? `${type.group}/${type.version}` : type.version;
}

/** The type an object's `apiVersion` + `kind` name, or undefined (kubectl: "no matches for kind"). */
export function typeForObject(apiVersion: string, kind: string): ResourceType | undefined {
	const [group, version] = apiVersion.includes('/') ? apiVersion.split('/', 2) : ['', apiVersion];
	return RESOURCE_TYPES.find(type => type.kind === kind && type.group === group && type.version === version);
}

export function typeForKind(kind: string): ResourceType | undefined {
	return RESOURCE_TYPES.find(type => type.kind === kind);
}

/**
 * What kubectl accepts on its command line: plural, singular, short name or kind, optionally
 * qualified by group (`deployments.apps`, `ingresses.networking.k8s.io`), case-insensitively.
 */
export function typeForName(name: string): ResourceType | undefined {
	const lower = name.toLowerCase();
	const dot = lower.indexOf('.');
	const base = dot === -1 ? lower : lower.slice(0, dot);
	const group = dot === -1 ? undefined : lower.slice(dot + 1);
	return RESOURCE_TYPES.find(
		type =>
			(type.resource === base || type.singular === base || type.shortNames.includes(base)) &&
			(group === undefined || type.group === group || `${type.version}.${type.group}`.replace(/^v1\.$/, 'v1') === group),
	);
}

/** `service`, `deployment.apps`, `ingress.networking.k8s.io` — the prefix in `service/web created`. */
export function qualifiedSingular(type: ResourceType): string {
	return type.group ? `${type.singular}.${type.group}` : type.singular;
}

/** `services`, `deployments.apps` — used in NotFound messages: `services "web" not found`. */
export function qualifiedResource(type: ResourceType): string {
	return type.group ? `${type.resource}.${type.group}` : type.resource;
}
