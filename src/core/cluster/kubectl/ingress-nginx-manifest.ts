/**
 * `kubectl apply -f https://…/ingress-nginx/…/provider/cloud/deploy.yaml`: the ingress-nginx
 * project's cloud manifest (controller-v1.14 `deploy/static/provider/cloud/deploy.yaml`) is never
 * fetched; these are its objects, which kubectl applies one by one like those of any file
 * (docs/simulation.md, "Controllers"). The simulated controller is controllers/ingress-nginx.ts.
 */
import {INGRESS_NGINX_CONTROLLER, INGRESS_NGINX_NAMESPACE} from '../controllers/ingress-nginx.js';
import type {KubeObject} from '../kube-object.js';
import type {ManifestParse} from './manifest.js';

const VERSION = '1.14.0';
const CONTROLLER_IMAGE = `registry.k8s.io/ingress-nginx/controller:v${VERSION}@sha256:e4127065d0317bd11dc64c4dd38dcf7fb1c3d72e468110b4086e636dbaac943d`;
const CERTGEN_IMAGE = 'registry.k8s.io/ingress-nginx/kube-webhook-certgen:v1.6.4@sha256:bcfc926ed57831edf102d62c5c0e259572591df4796ef1420b87f9cf6092497f';

function labels(component?: string): Record<string, string> {
	return {
		'app.kubernetes.io/instance': 'ingress-nginx',
		'app.kubernetes.io/name': 'ingress-nginx',
		'app.kubernetes.io/part-of': 'ingress-nginx',
		'app.kubernetes.io/version': VERSION,
		...(component ? {'app.kubernetes.io/component': component} : {}),
	};
}

const selector = {
	'app.kubernetes.io/component': 'controller',
	'app.kubernetes.io/instance': 'ingress-nginx',
	'app.kubernetes.io/name': 'ingress-nginx',
};

function meta(name: string, component?: string, namespaced = true): KubeObject['metadata'] {
	return {name, ...(namespaced ? {namespace: INGRESS_NGINX_NAMESPACE} : {}), labels: labels(component)};
}

function rbac(kind: string, name: string, component: string, namespaced: boolean, body: Record<string, unknown>): KubeObject {
	return {apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: meta(name, component, namespaced), ...body};
}

function certgenJob(name: string, args: string[]): KubeObject {
	return {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: meta(name, 'admission-webhook'),
		spec: {
			template: {
				metadata: {labels: labels('admission-webhook'), name},
				spec: {
					containers: [{name: name.endsWith('create') ? 'create' : 'patch', image: CERTGEN_IMAGE, imagePullPolicy: 'IfNotPresent', args}],
					nodeSelector: {'kubernetes.io/os': 'linux'},
					restartPolicy: 'OnFailure',
					serviceAccountName: 'ingress-nginx-admission',
				},
			},
			ttlSecondsAfterFinished: 0,
		},
	};
}

/** The manifest's objects in file order. */
export function ingressNginxManifest(): KubeObject[] {
	const rules = [{apiGroups: [''], resources: ['configmaps', 'endpoints', 'nodes', 'pods', 'secrets', 'namespaces'], verbs: ['list', 'watch']}];
	return [
		{apiVersion: 'v1', kind: 'Namespace', metadata: {name: INGRESS_NGINX_NAMESPACE, labels: {'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx'}}},
		{apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('ingress-nginx', 'controller'), automountServiceAccountToken: true},
		{apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta('ingress-nginx-admission', 'admission-webhook')},
		rbac('Role', 'ingress-nginx', 'controller', true, {rules}),
		rbac('Role', 'ingress-nginx-admission', 'admission-webhook', true, {rules: [{apiGroups: [''], resources: ['secrets'], verbs: ['get', 'create']}]}),
		rbac('ClusterRole', 'ingress-nginx', 'controller', false, {rules}),
		rbac('ClusterRole', 'ingress-nginx-admission', 'admission-webhook', false, {rules: [{apiGroups: ['admissionregistration.k8s.io'], resources: ['validatingwebhookconfigurations'], verbs: ['get', 'update']}]}),
		rbac('RoleBinding', 'ingress-nginx', 'controller', true, {roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'ingress-nginx'}, subjects: [{kind: 'ServiceAccount', name: 'ingress-nginx', namespace: INGRESS_NGINX_NAMESPACE}]}),
		rbac('RoleBinding', 'ingress-nginx-admission', 'admission-webhook', true, {roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'ingress-nginx-admission'}, subjects: [{kind: 'ServiceAccount', name: 'ingress-nginx-admission', namespace: INGRESS_NGINX_NAMESPACE}]}),
		rbac('ClusterRoleBinding', 'ingress-nginx', 'controller', false, {roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'ingress-nginx'}, subjects: [{kind: 'ServiceAccount', name: 'ingress-nginx', namespace: INGRESS_NGINX_NAMESPACE}]}),
		rbac('ClusterRoleBinding', 'ingress-nginx-admission', 'admission-webhook', false, {roleRef: {apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'ingress-nginx-admission'}, subjects: [{kind: 'ServiceAccount', name: 'ingress-nginx-admission', namespace: INGRESS_NGINX_NAMESPACE}]}),
		{apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('ingress-nginx-controller', 'controller'), data: {}},
		{
			apiVersion: 'v1',
			kind: 'Service',
			metadata: meta('ingress-nginx-controller', 'controller'),
			spec: {
				externalTrafficPolicy: 'Local',
				ipFamilies: ['IPv4'],
				ipFamilyPolicy: 'SingleStack',
				ports: [
					{appProtocol: 'http', name: 'http', port: 80, protocol: 'TCP', targetPort: 'http'},
					{appProtocol: 'https', name: 'https', port: 443, protocol: 'TCP', targetPort: 'https'},
				],
				selector,
				type: 'LoadBalancer',
			},
		},
		{
			apiVersion: 'v1',
			kind: 'Service',
			metadata: meta('ingress-nginx-controller-admission', 'controller'),
			spec: {ports: [{appProtocol: 'https', name: 'https-webhook', port: 443, targetPort: 'webhook'}], selector, type: 'ClusterIP'},
		},
		{
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: meta('ingress-nginx-controller', 'controller'),
			spec: {
				minReadySeconds: 0,
				revisionHistoryLimit: 10,
				selector: {matchLabels: selector},
				strategy: {rollingUpdate: {maxUnavailable: 1}, type: 'RollingUpdate'},
				template: {
					metadata: {labels: labels('controller')},
					spec: {
						containers: [
							{
								args: [
									'/nginx-ingress-controller',
									'--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller',
									'--election-id=ingress-nginx-leader',
									'--controller-class=k8s.io/ingress-nginx',
									'--ingress-class=nginx',
									'--configmap=$(POD_NAMESPACE)/ingress-nginx-controller',
									'--validating-webhook=:8443',
									'--validating-webhook-certificate=/usr/local/certificates/cert',
									'--validating-webhook-key=/usr/local/certificates/key',
								],
								env: [
									{name: 'POD_NAME', valueFrom: {fieldRef: {fieldPath: 'metadata.name'}}},
									{name: 'POD_NAMESPACE', valueFrom: {fieldRef: {fieldPath: 'metadata.namespace'}}},
									{name: 'LD_PRELOAD', value: '/usr/local/lib/libmimalloc.so'},
								],
								image: CONTROLLER_IMAGE,
								imagePullPolicy: 'IfNotPresent',
								lifecycle: {preStop: {exec: {command: ['/wait-shutdown']}}},
								livenessProbe: {failureThreshold: 5, httpGet: {path: '/healthz', port: 10254, scheme: 'HTTP'}, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1},
								name: 'controller',
								ports: [
									{containerPort: 80, name: 'http', protocol: 'TCP'},
									{containerPort: 443, name: 'https', protocol: 'TCP'},
									{containerPort: 8443, name: 'webhook', protocol: 'TCP'},
								],
								readinessProbe: {failureThreshold: 3, httpGet: {path: '/healthz', port: 10254, scheme: 'HTTP'}, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1},
								resources: {requests: {cpu: '100m', memory: '90Mi'}},
								volumeMounts: [{mountPath: '/usr/local/certificates/', name: 'webhook-cert', readOnly: true}],
							},
						],
						dnsPolicy: 'ClusterFirst',
						nodeSelector: {'kubernetes.io/os': 'linux'},
						serviceAccountName: 'ingress-nginx',
						terminationGracePeriodSeconds: 300,
						volumes: [{name: 'webhook-cert', secret: {secretName: 'ingress-nginx-admission'}}],
					},
				},
			},
		},
		certgenJob('ingress-nginx-admission-create', ['create', '--host=ingress-nginx-controller-admission,ingress-nginx-controller-admission.$(POD_NAMESPACE).svc', '--namespace=$(POD_NAMESPACE)', '--secret-name=ingress-nginx-admission']),
		certgenJob('ingress-nginx-admission-patch', ['patch', '--webhook-name=ingress-nginx-admission', '--namespace=$(POD_NAMESPACE)', '--patch-mutating=false', '--secret-name=ingress-nginx-admission', '--patch-failure-policy=Fail']),
		{apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: meta('nginx', 'controller', false), spec: {controller: INGRESS_NGINX_CONTROLLER}},
		{
			apiVersion: 'admissionregistration.k8s.io/v1',
			kind: 'ValidatingWebhookConfiguration',
			metadata: meta('ingress-nginx-admission', 'admission-webhook', false),
			webhooks: [
				{
					admissionReviewVersions: ['v1'],
					clientConfig: {service: {name: 'ingress-nginx-controller-admission', namespace: INGRESS_NGINX_NAMESPACE, path: '/networking/v1/ingresses', port: 443}},
					failurePolicy: 'Fail',
					matchPolicy: 'Equivalent',
					name: 'validate.nginx.ingress.kubernetes.io',
					rules: [{apiGroups: ['networking.k8s.io'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['ingresses']}],
					sideEffects: 'None',
				},
			],
		},
	];
}

/** The manifest as if read from its URL: `source` names it in kubectl's messages. */
export function ingressNginxObjects(source: string): ManifestParse {
	return {objects: ingressNginxManifest().map(object => ({object, source})), errors: []};
}
