import {B, I, L, S, list, stringMap, strings, struct} from './field-shape.js';
import {localObjectReference, objectMeta, resourceList} from './known-fields-meta.js';

/** PodSpec and everything under it (containers, probes, volumes, security contexts). */

const keyRef = (name: string) => struct(name, {name: S, key: S, optional: B});

const envVar = struct('EnvVar', {
	name: S,
	value: S,
	valueFrom: struct('EnvVarSource', {
		fieldRef: struct('ObjectFieldSelector', {apiVersion: S, fieldPath: S}),
		resourceFieldRef: struct('ResourceFieldSelector', {containerName: S, resource: S, divisor: 'quantity'}),
		configMapKeyRef: keyRef('ConfigMapKeySelector'),
		secretKeyRef: keyRef('SecretKeySelector'),
		fileKeyRef: struct('FileKeySelector', {volumeName: S, path: S, key: S, optional: B}),
	}),
});

const envFrom = struct('EnvFromSource', {
	prefix: S,
	configMapRef: struct('ConfigMapEnvSource', {name: S, optional: B}),
	secretRef: struct('SecretEnvSource', {name: S, optional: B}),
});

const httpGet = struct('HTTPGetAction', {
	path: S,
	port: 'intOrString',
	host: S,
	scheme: S,
	httpHeaders: list(struct('HTTPHeader', {name: S, value: S})),
});
const tcpSocket = struct('TCPSocketAction', {port: 'intOrString', host: S});
const exec = struct('ExecAction', {command: strings});

const probe = struct('Probe', {
	exec,
	httpGet,
	tcpSocket,
	grpc: struct('GRPCAction', {port: I, service: S}),
	initialDelaySeconds: I,
	timeoutSeconds: I,
	periodSeconds: I,
	successThreshold: I,
	failureThreshold: I,
	terminationGracePeriodSeconds: L,
});

const lifecycleHandler = struct('LifecycleHandler', {exec, httpGet, tcpSocket, sleep: struct('SleepAction', {seconds: L})});

const seLinuxOptions = struct('SELinuxOptions', {user: S, role: S, type: S, level: S});
const profile = (name: string) => struct(name, {type: S, localhostProfile: S});
const windowsOptions = struct('WindowsSecurityContextOptions', {
	gmsaCredentialSpecName: S,
	gmsaCredentialSpec: S,
	runAsUserName: S,
	hostProcess: B,
});

const securityContext = struct('SecurityContext', {
	capabilities: struct('Capabilities', {add: strings, drop: strings}),
	privileged: B,
	seLinuxOptions,
	windowsOptions,
	runAsUser: L,
	runAsGroup: L,
	runAsNonRoot: B,
	readOnlyRootFilesystem: B,
	allowPrivilegeEscalation: B,
	procMount: S,
	seccompProfile: profile('SeccompProfile'),
	appArmorProfile: profile('AppArmorProfile'),
});

const podSecurityContext = struct('PodSecurityContext', {
	seLinuxOptions,
	windowsOptions,
	runAsUser: L,
	runAsGroup: L,
	runAsNonRoot: B,
	supplementalGroups: list(L),
	supplementalGroupsPolicy: S,
	fsGroup: L,
	sysctls: list(struct('Sysctl', {name: S, value: S})),
	fsGroupChangePolicy: S,
	seccompProfile: profile('SeccompProfile'),
	appArmorProfile: profile('AppArmorProfile'),
	seLinuxChangePolicy: S,
});

const resources = struct('ResourceRequirements', {
	limits: resourceList,
	requests: resourceList,
	claims: list(struct('ResourceClaim', {name: S, request: S})),
});

export const container = struct('Container', {
	name: S,
	image: S,
	command: strings,
	args: strings,
	workingDir: S,
	ports: list(struct('ContainerPort', {name: S, hostPort: I, containerPort: I, protocol: S, hostIP: S})),
	envFrom: list(envFrom),
	env: list(envVar),
	resources,
	resizePolicy: list(struct('ContainerResizePolicy', {resourceName: S, restartPolicy: S})),
	restartPolicy: S,
	restartPolicyRules: list('any'),
	volumeMounts: list(
		struct('VolumeMount', {
			name: S,
			readOnly: B,
			recursiveReadOnly: S,
			mountPath: S,
			subPath: S,
			mountPropagation: S,
			subPathExpr: S,
		}),
	),
	volumeDevices: list(struct('VolumeDevice', {name: S, devicePath: S})),
	livenessProbe: probe,
	readinessProbe: probe,
	startupProbe: probe,
	lifecycle: struct('Lifecycle', {postStart: lifecycleHandler, preStop: lifecycleHandler, stopSignal: S}),
	terminationMessagePath: S,
	terminationMessagePolicy: S,
	imagePullPolicy: S,
	securityContext,
	stdin: B,
	stdinOnce: B,
	tty: B,
});

const keyToPath = list(struct('KeyToPath', {key: S, path: S, mode: I}));

const volume = struct('Volume', {
	name: S,
	hostPath: struct('HostPathVolumeSource', {path: S, type: S}),
	emptyDir: struct('EmptyDirVolumeSource', {medium: S, sizeLimit: 'quantity'}),
	secret: struct('SecretVolumeSource', {secretName: S, items: keyToPath, defaultMode: I, optional: B}),
	configMap: struct('ConfigMapVolumeSource', {name: S, items: keyToPath, defaultMode: I, optional: B}),
	persistentVolumeClaim: struct('PersistentVolumeClaimVolumeSource', {claimName: S, readOnly: B}),
	projected: struct('ProjectedVolumeSource', {sources: list('any'), defaultMode: I}),
	downwardAPI: struct('DownwardAPIVolumeSource', {items: list('any'), defaultMode: I}),
	nfs: struct('NFSVolumeSource', {server: S, path: S, readOnly: B}),
	image: struct('ImageVolumeSource', {reference: S, pullPolicy: S}),
	csi: 'any',
	ephemeral: 'any',
	iscsi: 'any',
	gcePersistentDisk: 'any',
	awsElasticBlockStore: 'any',
	azureDisk: 'any',
	azureFile: 'any',
	cephfs: 'any',
	rbd: 'any',
	fc: 'any',
	gitRepo: 'any',
});

const toleration = struct('Toleration', {key: S, operator: S, value: S, effect: S, tolerationSeconds: L});

export const podSpec = struct('PodSpec', {
	volumes: list(volume),
	initContainers: list(container),
	containers: list(container),
	ephemeralContainers: list('any'),
	restartPolicy: S,
	terminationGracePeriodSeconds: L,
	activeDeadlineSeconds: L,
	dnsPolicy: S,
	nodeSelector: stringMap,
	serviceAccountName: S,
	serviceAccount: S,
	automountServiceAccountToken: B,
	nodeName: S,
	hostNetwork: B,
	hostPID: B,
	hostIPC: B,
	shareProcessNamespace: B,
	securityContext: podSecurityContext,
	imagePullSecrets: list(localObjectReference),
	hostname: S,
	subdomain: S,
	affinity: struct('Affinity', {nodeAffinity: 'any', podAffinity: 'any', podAntiAffinity: 'any'}),
	schedulerName: S,
	tolerations: list(toleration),
	hostAliases: list(struct('HostAlias', {ip: S, hostnames: strings})),
	priorityClassName: S,
	priority: I,
	dnsConfig: struct('PodDNSConfig', {
		nameservers: strings,
		searches: strings,
		options: list(struct('PodDNSConfigOption', {name: S, value: S})),
	}),
	readinessGates: list(struct('PodReadinessGate', {conditionType: S})),
	runtimeClassName: S,
	enableServiceLinks: B,
	preemptionPolicy: S,
	overhead: resourceList,
	topologySpreadConstraints: list('any'),
	setHostnameAsFQDN: B,
	os: struct('PodOS', {name: S}),
	hostUsers: B,
	schedulingGates: list(struct('PodSchedulingGate', {name: S})),
	resourceClaims: list('any'),
	resources,
	hostnameOverride: S,
});

export const podTemplateSpec = struct('PodTemplateSpec', {metadata: objectMeta, spec: podSpec});
