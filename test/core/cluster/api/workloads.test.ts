import {parse} from 'yaml';
import {describe, expect, it} from 'vitest';
import {createObject} from '../../../../src/core/cluster/api/api-server.js';
import {pullPolicyFor} from '../../../../src/core/cluster/api/pod-defaults.js';
import {errorOf, manifest, newCluster, valueOf} from './api-test-helpers.js';

/** Deployments, ReplicaSets, StatefulSets and Pods: defaults and the checks learners hit. */

const deployment = (spec: string) => manifest(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n${spec}`);

const WEB = `
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports: [{containerPort: 80}]
        readinessProbe: {httpGet: {path: /, port: 80}}
`;

describe('Deployment defaults', () => {
	it('fills the spec as kubectl get deploy -o yaml shows it', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, deployment(WEB)));
		expect(created.metadata.generation).toBe(1);
		expect(created.spec).toEqual(
			parse(`
progressDeadlineSeconds: 600
replicas: 1
revisionHistoryLimit: 10
selector: {matchLabels: {app: web}}
strategy:
  rollingUpdate: {maxSurge: 25%, maxUnavailable: 25%}
  type: RollingUpdate
template:
  metadata: {labels: {app: web}}
  spec:
    containers:
    - image: nginx:1.27
      imagePullPolicy: IfNotPresent
      name: web
      ports:
      - containerPort: 80
        protocol: TCP
      readinessProbe:
        failureThreshold: 3
        httpGet: {path: /, port: 80, scheme: HTTP}
        periodSeconds: 10
        successThreshold: 1
        timeoutSeconds: 1
      resources: {}
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
    dnsPolicy: ClusterFirst
    restartPolicy: Always
    schedulerName: default-scheduler
    securityContext: {}
    terminationGracePeriodSeconds: 30
`),
		);
	});

	it('pulls :latest and untagged images Always, others IfNotPresent', () => {
		expect(pullPolicyFor('nginx')).toBe('Always');
		expect(pullPolicyFor('nginx:latest')).toBe('Always');
		expect(pullPolicyFor('localhost:5000/app')).toBe('Always');
		expect(pullPolicyFor('registry.k8s.io/e2e-test-images/agnhost:2.39')).toBe('IfNotPresent');
		expect(pullPolicyFor('busybox@sha256:abc')).toBe('IfNotPresent');
	});
});

describe('Deployment validation', () => {
	it('refuses a selector that does not match the template labels, printing them as JSON', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, deployment(WEB.replace('labels: {app: web}', 'labels: {app: x}'))))).toBe(
			'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
		);
	});

	it('requires a selector (and then the labels cannot match)', () => {
		const cluster = newCluster();
		const result = createObject(cluster, deployment(WEB.replace('  selector: {matchLabels: {app: web}}\n', '')));
		expect(result.ok ? [] : result.error.causes).toEqual([
			'spec.selector: Required value',
			'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
		]);
	});

	it('requires containers and an image', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, deployment('  selector: {matchLabels: {app: web}}\n  template: {metadata: {labels: {app: web}}, spec: {containers: []}}')))).toBe(
			'Deployment.apps "web" is invalid: spec.template.spec.containers: Required value',
		);
		expect(errorOf(createObject(cluster, deployment(WEB.replace('        image: nginx:1.27\n', ''))))).toBe(
			'Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value',
		);
	});

	it('checks container port names and numbers', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, deployment(WEB.replace('{containerPort: 80}', '{containerPort: 80, name: web_port}'))))).toBe(
			'Deployment.apps "web" is invalid: spec.template.spec.containers[0].ports[0].name: Invalid value: "web_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
		);
		expect(errorOf(createObject(cluster, deployment(WEB.replace('{containerPort: 80}', '{containerPort: 70000}'))))).toBe(
			'Deployment.apps "web" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
		);
	});

	it('only allows restartPolicy Always in a Deployment', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, deployment(WEB.replace('    spec:\n      containers:', '    spec:\n      restartPolicy: Never\n      containers:'))))).toBe(
			'Deployment.apps "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
		);
	});

	it('keeps the selector immutable', async () => {
		const {updateObject} = await import('../../../../src/core/cluster/api/api-server.js');
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, deployment(WEB)));
		const live = cluster.store.get('Deployment', 'default', 'web') ?? created;
		const changed = {...live, spec: {...(live.spec as object), selector: {matchLabels: {app: 'web', tier: 'x'}}}};
		expect(errorOf(updateObject(cluster, changed))).toContain('spec.selector: Invalid value: {"matchLabels":{"app":"web","tier":"x"}}: field is immutable');
	});
});

describe('ReplicaSets and StatefulSets', () => {
	it('defaults a StatefulSet', () => {
		const cluster = newCluster();
		const created = valueOf(createObject(cluster, manifest(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  serviceName: db\n${WEB}`)));
		expect(created.spec).toMatchObject({
			replicas: 1,
			podManagementPolicy: 'OrderedReady',
			updateStrategy: {type: 'RollingUpdate', rollingUpdate: {partition: 0}},
			revisionHistoryLimit: 10,
			persistentVolumeClaimRetentionPolicy: {whenDeleted: 'Retain', whenScaled: 'Retain'},
		});
	});

	it('refuses a ReplicaSet whose selector does not match', () => {
		const cluster = newCluster();
		const rs = manifest(`apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web}\nspec:\n${WEB.replace('labels: {app: web}', 'labels: {tier: nginx}')}`);
		expect(errorOf(createObject(cluster, rs))).toBe(
			'ReplicaSet.apps "web" is invalid: spec.template.metadata.labels: Invalid value: {"tier":"nginx"}: `selector` does not match template `labels`',
		);
	});
});

describe('Pods', () => {
	it('fill in admission defaults and start Pending', () => {
		const cluster = newCluster();
		const pod = valueOf(createObject(cluster, manifest('apiVersion: v1\nkind: Pod\nmetadata: {name: client}\nspec: {containers: [{name: c, image: busybox, command: [sleep, "3600"]}]}')));
		expect(pod.spec).toMatchObject({
			serviceAccountName: 'default',
			enableServiceLinks: true,
			priority: 0,
			dnsPolicy: 'ClusterFirst',
			restartPolicy: 'Always',
			tolerations: [
				{key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
				{key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
			],
		});
		expect((pod.spec as {containers: Array<{imagePullPolicy: string}>}).containers[0].imagePullPolicy).toBe('Always');
	});

	it('are validated', () => {
		const cluster = newCluster();
		expect(errorOf(createObject(cluster, manifest('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {restartPolicy: Sometimes, containers: [{name: c, image: nginx}]}')))).toBe(
			'Pod "p" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "Never", "OnFailure"',
		);
		expect(errorOf(createObject(cluster, manifest('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx, readinessProbe: {periodSeconds: 5}}]}')))).toBe(
			'Pod "p" is invalid: spec.containers[0].readinessProbe: Required value: must specify a handler type',
		);
	});
});

describe('Pod updates', () => {
	it('allow labelling a Pod the controllers wrote without defaults', async () => {
		const {updateObject} = await import('../../../../src/core/cluster/api/api-server.js');
		const cluster = newCluster();
		cluster.store.put({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'bare', namespace: 'default'}, spec: {containers: [{name: 'c', image: 'nginx'}]}});
		const live = cluster.store.get('Pod', 'default', 'bare');
		if (!live) throw new Error('pod missing');
		const labelled = valueOf(updateObject(cluster, {...live, metadata: {...live.metadata, labels: {app: 'web'}}}));
		expect(labelled.metadata.labels).toEqual({app: 'web'});
	});

	it('refuse changing anything but images in a Pod spec', async () => {
		const {updateObject} = await import('../../../../src/core/cluster/api/api-server.js');
		const cluster = newCluster();
		const pod = valueOf(createObject(cluster, manifest('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx}]}')));
		const live = cluster.store.get('Pod', 'default', 'p') ?? pod;
		const spec = live.spec as {containers: Array<Record<string, unknown>>};
		const withPort = {...live, spec: {...spec, containers: [{...spec.containers[0], ports: [{containerPort: 80}]}]}};
		expect(errorOf(updateObject(cluster, withPort))).toContain('Pod "p" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`');
		const newImage = {...live, spec: {...spec, containers: [{...spec.containers[0], image: 'nginx:1.27'}]}};
		expect(updateObject(cluster, newImage).ok).toBe(true);
	});
});
