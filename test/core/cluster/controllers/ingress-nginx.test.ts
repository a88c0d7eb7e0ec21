import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import type {Ingress, KubeObject, Service} from '../../../../src/core/cluster/kube-object.js';
import {apply, podsOf, ready} from './helpers.js';

const ingress = (name: string, className?: string): KubeObject => ({
	apiVersion: 'networking.k8s.io/v1',
	kind: 'Ingress',
	metadata: {name, namespace: 'default'},
	spec: {
		...(className ? {ingressClassName: className} : {}),
		rules: [{http: {paths: [{path: '/', pathType: 'Prefix', backend: {service: {name: 'web', port: {number: 80}}}}]}}],
	},
});
const DEPLOY_YAML = 'https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.14.0/deploy/static/provider/cloud/deploy.yaml';

/** `kubectl apply -f <the cloud deploy.yaml>` in a shell on the cluster: the lines it prints. */
function installIngressNginx(cluster: ReturnType<typeof createCluster>): string[] {
	const shell = createShell({cluster, readFile: () => undefined});
	return outputText(shell.run(`kubectl apply -f ${DEPLOY_YAML}`)).trimEnd().split('\n');
}

const addressOf = (cluster: ReturnType<typeof createCluster>, name: string) =>
	cluster.store.peek<Ingress & KubeObject>('Ingress', 'default', name)?.status?.loadBalancer?.ingress;

describe('ingress-nginx', () => {
	it('prints what kubectl apply prints for the cloud deploy.yaml', () => {
		const cluster = createCluster({seed: 1});
		expect(installIngressNginx(cluster)).toEqual([
			'namespace/ingress-nginx created',
			'serviceaccount/ingress-nginx created',
			'serviceaccount/ingress-nginx-admission created',
			'role.rbac.authorization.k8s.io/ingress-nginx created',
			'role.rbac.authorization.k8s.io/ingress-nginx-admission created',
			'clusterrole.rbac.authorization.k8s.io/ingress-nginx created',
			'clusterrole.rbac.authorization.k8s.io/ingress-nginx-admission created',
			'rolebinding.rbac.authorization.k8s.io/ingress-nginx created',
			'rolebinding.rbac.authorization.k8s.io/ingress-nginx-admission created',
			'clusterrolebinding.rbac.authorization.k8s.io/ingress-nginx created',
			'clusterrolebinding.rbac.authorization.k8s.io/ingress-nginx-admission created',
			'configmap/ingress-nginx-controller created',
			'service/ingress-nginx-controller created',
			'service/ingress-nginx-controller-admission created',
			'deployment.apps/ingress-nginx-controller created',
			'job.batch/ingress-nginx-admission-create created',
			'job.batch/ingress-nginx-admission-patch created',
			'ingressclass.networking.k8s.io/nginx created',
			'validatingwebhookconfiguration.admissionregistration.k8s.io/ingress-nginx-admission created',
		]);
	});

	it('runs the controller behind a LoadBalancer Service with ETP Local and the nginx IngressClass', () => {
		const cluster = createCluster({seed: 1});
		installIngressNginx(cluster);
		const svc = cluster.store.peek<Service & KubeObject>('Service', 'ingress-nginx', 'ingress-nginx-controller')!;
		expect(svc.spec?.type).toBe('LoadBalancer');
		expect(svc.spec?.externalTrafficPolicy).toBe('Local');
		expect(svc.spec?.ports?.map(p => `${p.name} ${p.port}->${p.targetPort}`)).toEqual(['http 80->http', 'https 443->https']);
		expect(cluster.store.peek('Service', 'ingress-nginx', 'ingress-nginx-controller-admission')?.spec).toMatchObject({type: 'ClusterIP'});
		expect(cluster.store.peek('IngressClass', undefined, 'nginx')?.spec).toEqual({controller: 'k8s.io/ingress-nginx'});
		// the controller mounts the webhook certificate the admission-create Job's pod writes
		expect(podsOf(cluster, 'ingress-nginx-controller', 'ingress-nginx')[0].status?.phase).toBe('Pending');
		expect(cluster.store.view('Event', 'ingress-nginx').some(e => e.reason === 'FailedMount' && e.message === 'MountVolume.SetUp failed for volume "webhook-cert" : secret "ingress-nginx-admission" not found')).toBe(true);
		advanceTime(cluster, 1_000);
		expect(cluster.store.peek('Job', 'ingress-nginx', 'ingress-nginx-admission-create')?.status).toMatchObject({succeeded: 1, conditions: [{type: 'SuccessCriteriaMet'}, {type: 'Complete'}]});
		const [pod] = podsOf(cluster, 'ingress-nginx-controller', 'ingress-nginx');
		expect(pod.status?.phase).toBe('Running');
		expect(ready(pod)).toBe('False'); // readiness probe's initialDelaySeconds: 10
		advanceTime(cluster, 10_000);
		expect(ready(podsOf(cluster, 'ingress-nginx-controller', 'ingress-nginx')[0])).toBe('True');
		expect(cluster.store.peek<Service & KubeObject>('Service', 'ingress-nginx', 'ingress-nginx-controller')?.status?.loadBalancer?.ingress?.[0].ip).toBe('172.18.255.200');
	});

	it('publishes the LB address on Ingresses of class nginx once the controller is ready', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, ingress('early', 'nginx'));
		installIngressNginx(cluster);
		apply(cluster, ingress('other', 'nginx-example'));
		apply(cluster, ingress('classless'));
		expect(addressOf(cluster, 'early')).toBeUndefined();
		advanceTime(cluster, 11_000);
		expect(addressOf(cluster, 'early')).toEqual([{ip: '172.18.255.200'}]);
		apply(cluster, ingress('late', 'nginx'));
		expect(addressOf(cluster, 'late')).toEqual([{ip: '172.18.255.200'}]);
		expect(addressOf(cluster, 'other')).toBeUndefined();
		expect(addressOf(cluster, 'classless')).toBeUndefined();
	});

	it('says unchanged when installed twice', () => {
		const cluster = createCluster({seed: 1});
		installIngressNginx(cluster);
		const again = installIngressNginx(cluster);
		expect(again.at(-1)).toBe('validatingwebhookconfiguration.admissionregistration.k8s.io/ingress-nginx-admission unchanged');
		expect(podsOf(cluster, 'ingress-nginx-controller', 'ingress-nginx')).toHaveLength(1);
	});

	it('never gets an address without a cloud', () => {
		const cluster = createCluster({seed: 1, cloud: 'none'});
		installIngressNginx(cluster);
		apply(cluster, ingress('web', 'nginx'));
		advanceTime(cluster, 60_000);
		expect(addressOf(cluster, 'web')).toBeUndefined();
	});
});

describe('applying the ingress-nginx manifest by its URL', () => {
	it('reports an object the API server refuses as failed, in kubectl layout, not unchanged', () => {
		const cluster = createCluster({seed: 1});
		const shell = createShell({cluster, readFile: () => undefined});
		shell.run('kubectl create namespace ingress-nginx');
		shell.run('kubectl create deployment ingress-nginx-controller --image=nginx -n ingress-nginx');
		const result = shell.run(`kubectl apply -f ${DEPLOY_YAML}`);
		const lines = outputText(result).trimEnd().split('\n');
		expect(lines).toContain('namespace/ingress-nginx configured');
		expect(lines).toContain('ingressclass.networking.k8s.io/nginx created');
		expect(lines.filter(line => line.startsWith('deployment.apps/'))).toEqual([]);
		expect(lines.at(-1)).toBe(
			'The Deployment "ingress-nginx-controller" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"ingress-nginx-controller","app.kubernetes.io/component":"controller","app.kubernetes.io/instance":"ingress-nginx","app.kubernetes.io/name":"ingress-nginx"}}: field is immutable',
		);
		expect(result.exitCode).toBe(1);
	});
});
