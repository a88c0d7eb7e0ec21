import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {podTemplateHash} from '../../../../src/core/cluster/controllers/pod-template-hash.js';
import type {Deployment, KubeObject, ReplicaSet} from '../../../../src/core/cluster/kube-object.js';
import {advanceTime} from '../../../../src/core/cluster/controllers/settle.js';
import {apply, deployment, eventMessages, podsOf, remove} from './helpers.js';

const SUFFIX = '[bcdfghjklmnpqrstvwxz2456789]';

describe('Deployment → ReplicaSet → Pods', () => {
	it('creates <deploy>-<hash> and pods <rs>-<5 chars> on the workers only, spread evenly', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 3}));
		const [rs] = cluster.store.view<ReplicaSet & KubeObject>('ReplicaSet', 'default');
		expect(rs.metadata.name).toMatch(new RegExp(`^web-${SUFFIX}{9,10}$`));
		const hash = rs.metadata.labels?.['pod-template-hash'];
		expect(rs.metadata.name).toBe(`web-${hash}`);
		expect(rs.metadata.ownerReferences?.[0]).toMatchObject({kind: 'Deployment', name: 'web', controller: true});
		const pods = podsOf(cluster, 'web');
		expect(pods).toHaveLength(3);
		for (const pod of pods) {
			expect(pod.metadata.name).toMatch(new RegExp(`^web-${hash}-${SUFFIX}{5}$`));
			expect(pod.metadata.labels).toEqual({app: 'web', 'pod-template-hash': hash});
			expect(pod.status?.phase).toBe('Running');
		}
		const byNode = pods.map(p => `${p.spec?.nodeName} ${p.status?.podIP}`).sort();
		expect(byNode).toEqual(['kind-worker 10.244.1.2', 'kind-worker 10.244.1.3', 'kind-worker2 10.244.2.2']);
	});

	it('records the events kubectl describe shows, with real texts', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		const rs = cluster.store.view('ReplicaSet', 'default')[0].metadata.name;
		const pods = podsOf(cluster, 'web').map(p => p.metadata.name);
		expect(eventMessages(cluster, 'ScalingReplicaSet')).toEqual([`Scaled up replica set ${rs} from 0 to 2`]);
		expect(eventMessages(cluster, 'SuccessfulCreate').sort()).toEqual(pods.map(p => `Created pod: ${p}`).sort());
		expect(eventMessages(cluster, 'Scheduled').sort()).toEqual(
			podsOf(cluster, 'web').map(p => `Successfully assigned default/${p.metadata.name} to ${p.spec?.nodeName}`).sort(),
		);
		expect(eventMessages(cluster, 'Pulling')).toContain('Pulling image "nginx:1.27"');
		expect(eventMessages(cluster, 'Pulled').some(m => /^Successfully pulled image "nginx:1\.27" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/.test(m))).toBe(true);
		expect(eventMessages(cluster, 'Created')).toEqual(['Created container: web', 'Created container: web']);
		expect(eventMessages(cluster, 'Started')).toEqual(['Started container web', 'Started container web']);
		const started = cluster.store.view('Event', 'default').find(e => e.reason === 'Started')!;
		expect(started.source).toMatchObject({component: 'kubelet'});
		expect((started.involvedObject as {fieldPath: string}).fieldPath).toBe('spec.containers{web}');
	});

	it('forgets events after an hour, as the API server does', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web'));
		expect(eventMessages(cluster, 'ScalingReplicaSet')).toHaveLength(1);
		expect(cluster.store.count('Event', 'kube-system')).toBeGreaterThan(0);
		advanceTime(cluster, 3_599_000);
		expect(eventMessages(cluster, 'ScalingReplicaSet')).toHaveLength(1);
		advanceTime(cluster, 1_000);
		expect(cluster.store.count('Event', 'default')).toBe(0);
		expect(cluster.store.count('Event', 'kube-system')).toBe(0);
	});

	it('fills the pod status like the kubelet', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web'));
		const [pod] = podsOf(cluster, 'web');
		const status = pod.status!;
		expect(status.conditions?.map(c => `${c.type}=${c.status}`)).toEqual([
			'PodReadyToStartContainers=True', 'Initialized=True', 'Ready=True', 'ContainersReady=True', 'PodScheduled=True',
		]);
		const container = status.containerStatuses![0];
		expect(container).toMatchObject({name: 'web', ready: true, started: true, restartCount: 0, image: 'docker.io/library/nginx:1.27'});
		expect(container.containerID).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
		expect(container.imageID).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
		expect(status.hostIP).toBe('172.18.0.3');
		const volume = pod.spec?.volumes?.[0];
		expect(volume?.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
		expect(volume?.projected?.sources?.[1].configMap?.name).toBe('kube-root-ca.crt');
		expect(pod.spec?.containers[0].volumeMounts).toEqual([{mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume?.name, readOnly: true}]);
		expect([pod.spec?.serviceAccountName, pod.spec?.restartPolicy, pod.spec?.dnsPolicy]).toEqual(['default', 'Always', 'ClusterFirst']);
		expect(status.startTime).toBe(cluster.clock.timestamp());
	});

	it('writes the Deployment status, conditions and revision', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 3}));
		const deploy = cluster.store.peek<Deployment & KubeObject>('Deployment', 'default', 'web')!;
		const rs = cluster.store.view('ReplicaSet', 'default')[0].metadata.name;
		expect(deploy.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
		expect(deploy.status).toMatchObject({replicas: 3, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3, observedGeneration: 1});
		expect(deploy.status?.conditions?.map(c => [c.type, c.status, c.reason, c.message])).toEqual([
			['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
			['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rs}" has successfully progressed.`],
		]);
	});

	it('replaces a deleted pod with a new name and a new IP', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		const [victim, survivor] = podsOf(cluster, 'web');
		remove(cluster, 'Pod', 'default', victim.metadata.name);
		const after = podsOf(cluster, 'web');
		expect(after).toHaveLength(2);
		const replacement = after.find(p => p.metadata.name !== survivor.metadata.name)!;
		expect(replacement.metadata.name).not.toBe(victim.metadata.name);
		expect(replacement.status?.podIP).not.toBe(victim.status?.podIP);
		expect(replacement.status?.podIP).not.toBe(survivor.status?.podIP);
	});

	it('orphans a pod relabelled out of the selector and starts a replacement', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		const [pod] = podsOf(cluster, 'web');
		apply(cluster, {...pod, metadata: {...pod.metadata, labels: {app: 'debug'}}} as KubeObject);
		const pods = podsOf(cluster, 'web');
		expect(pods).toHaveLength(3);
		const orphan = pods.find(p => p.metadata.name === pod.metadata.name)!;
		expect([orphan.metadata.ownerReferences, orphan.status?.phase]).toEqual([undefined, 'Running']);
		expect(pods.filter(p => p.metadata.labels?.app === 'web')).toHaveLength(2);

		// Labelled back, it is adopted again and the ReplicaSet is one pod over: the newest goes.
		apply(cluster, {...orphan, metadata: {...orphan.metadata, labels: {...pod.metadata.labels}}} as KubeObject);
		const final = podsOf(cluster, 'web');
		expect(final).toHaveLength(2);
		expect(final.map(p => p.metadata.name)).toContain(pod.metadata.name);
		expect(final.every(p => p.metadata.ownerReferences?.[0].kind === 'ReplicaSet')).toBe(true);
	});

	it('scales up and down, removing the newest pods first', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		const first = podsOf(cluster, 'web').map(p => p.metadata.name).sort();
		apply(cluster, deployment('web', {replicas: 5}));
		expect(podsOf(cluster, 'web')).toHaveLength(5);
		apply(cluster, deployment('web', {replicas: 2}));
		expect(podsOf(cluster, 'web').map(p => p.metadata.name).sort()).toEqual(first);
		const rs = cluster.store.view('ReplicaSet', 'default')[0].metadata.name;
		expect(eventMessages(cluster, 'ScalingReplicaSet')).toEqual([
			`Scaled up replica set ${rs} from 0 to 2`,
			`Scaled up replica set ${rs} from 2 to 5`,
			`Scaled down replica set ${rs} from 5 to 2`,
		]);
		apply(cluster, deployment('web', {replicas: 0}));
		expect(podsOf(cluster, 'web')).toHaveLength(0);
	});

	it('rolls out a template change through a new ReplicaSet and scales the old one to 0', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 2}));
		const oldRs = cluster.store.view('ReplicaSet', 'default')[0].metadata.name;
		apply(cluster, deployment('web', {replicas: 2, image: 'nginx:1.28'}));
		const sets = cluster.store.view<ReplicaSet & KubeObject>('ReplicaSet', 'default');
		expect(sets).toHaveLength(2);
		const newRs = sets.find(rs => rs.metadata.name !== oldRs)!;
		expect(sets.find(rs => rs.metadata.name === oldRs)?.spec?.replicas).toBe(0);
		expect(newRs.spec?.replicas).toBe(2);
		expect(newRs.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
		expect(podsOf(cluster, 'web').every(p => p.metadata.name.startsWith(`${newRs.metadata.name}-`))).toBe(true);
		const deploy = cluster.store.peek('Deployment', 'default', 'web')!;
		expect(deploy.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
	});

	it('copies change-cause to the ReplicaSet and holds the rollout while paused', () => {
		const cluster = createCluster({seed: 1});
		const web = deployment('web', {replicas: 2});
		web.metadata.annotations = {'kubernetes.io/change-cause': 'first'};
		apply(cluster, web);
		const [rs] = cluster.store.view('ReplicaSet', 'default');
		expect(rs.metadata.annotations?.['kubernetes.io/change-cause']).toBe('first');
		const paused = deployment('web', {replicas: 3, image: 'nginx:1.28'});
		(paused.spec as {paused?: boolean}).paused = true;
		apply(cluster, paused);
		expect(cluster.store.view('ReplicaSet', 'default').map(r => r.metadata.name)).toEqual([rs.metadata.name]);
		expect(podsOf(cluster, 'web')).toHaveLength(3);
		(paused.spec as {paused?: boolean}).paused = false;
		apply(cluster, paused);
		expect(cluster.store.view('ReplicaSet', 'default')).toHaveLength(2);
	});

	it('hashes pod templates like SafeEncodeString of FNV-32a', () => {
		const hash = podTemplateHash({metadata: {labels: {app: 'web'}}, spec: {containers: [{name: 'web', image: 'nginx'}]}});
		expect(hash).toMatch(/^[456789bcdf]{9,10}$/);
		expect(podTemplateHash({spec: {b: 1, a: 2}})).toBe(podTemplateHash({spec: {a: 2, b: 1}}));
	});
});

describe('scheduler', () => {
	it('leaves a pod Pending with FailedScheduling when no node fits', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('gpu', {podSpec: {nodeSelector: {disktype: 'ssd'}}}));
		const [pod] = podsOf(cluster, 'gpu');
		const message =
			"0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
		expect(pod.status?.phase).toBe('Pending');
		expect(pod.spec?.nodeName).toBeUndefined();
		expect(pod.status?.conditions).toEqual([expect.objectContaining({type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message})]);
		expect(eventMessages(cluster, 'FailedScheduling')).toEqual([message]);
		const ev = cluster.store.view('Event', 'default').find(e => e.reason === 'FailedScheduling')!;
		expect([ev.type, (ev.source as {component: string}).component]).toEqual(['Warning', 'default-scheduler']);
	});

	it('schedules the pending pod once a node gets the label', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('gpu', {podSpec: {nodeSelector: {disktype: 'ssd'}}}));
		const node = cluster.store.peek('Node', undefined, 'kind-worker2')!;
		apply(cluster, {...node, metadata: {...node.metadata, labels: {...node.metadata.labels, disktype: 'ssd'}}} as KubeObject);
		const [pod] = podsOf(cluster, 'gpu');
		expect([pod.spec?.nodeName, pod.status?.phase]).toEqual(['kind-worker2', 'Running']);
	});

	it('uses the control plane only for pods that tolerate its taint', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('cp', {podSpec: {nodeName: 'kind-control-plane'}}));
		expect(podsOf(cluster, 'cp')[0].spec?.nodeName).toBe('kind-control-plane');
		apply(cluster, deployment('tol', {podSpec: {nodeSelector: {'kubernetes.io/hostname': 'kind-control-plane'}, tolerations: [{key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule'}]}}));
		const [pod] = podsOf(cluster, 'tol');
		expect([pod.spec?.nodeName, pod.status?.podIP?.startsWith('10.244.0.')]).toEqual(['kind-control-plane', true]);
	});
});

describe('StatefulSet', () => {
	it('creates <sts>-0..N-1 with hostname, subdomain and the pod-name labels', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, {
			apiVersion: 'apps/v1',
			kind: 'StatefulSet',
			metadata: {name: 'db', namespace: 'default'},
			spec: {
				replicas: 3,
				serviceName: 'db',
				selector: {matchLabels: {app: 'db'}},
				template: {metadata: {labels: {app: 'db'}}, spec: {containers: [{name: 'redis', image: 'redis:7', ports: [{containerPort: 6379}]}]}},
			},
		});
		const pods = podsOf(cluster, 'db');
		expect(pods.map(p => p.metadata.name)).toEqual(['db-0', 'db-1', 'db-2']);
		for (const [index, pod] of pods.entries()) {
			expect([pod.spec?.hostname, pod.spec?.subdomain]).toEqual([`db-${index}`, 'db']);
			expect(pod.metadata.labels?.['statefulset.kubernetes.io/pod-name']).toBe(`db-${index}`);
			expect(pod.metadata.labels?.['apps.kubernetes.io/pod-index']).toBe(String(index));
		}
		expect(eventMessages(cluster, 'SuccessfulCreate')).toContain('create Pod db-0 in StatefulSet db successful');
		apply(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'db', namespace: 'default'}, spec: {clusterIP: 'None', selector: {app: 'db'}, ports: [{port: 6379, protocol: 'TCP', targetPort: 6379}]}});
		const endpoints = cluster.store.peek('Endpoints', 'default', 'db')!;
		const addresses = (endpoints.subsets as Array<{addresses: Array<{hostname: string}>}>)[0].addresses;
		expect(addresses.map(a => a.hostname).sort()).toEqual(['db-0', 'db-1', 'db-2']);
		const deletedName = 'db-1';
		remove(cluster, 'Pod', 'default', deletedName);
		expect(podsOf(cluster, 'db').map(p => p.metadata.name)).toEqual(['db-0', 'db-1', 'db-2']);
		apply(cluster, {...cluster.store.get('StatefulSet', 'default', 'db')!, spec: {...(cluster.store.peek('StatefulSet', 'default', 'db')!.spec as object), replicas: 1}} as KubeObject);
		expect(podsOf(cluster, 'db').map(p => p.metadata.name)).toEqual(['db-0']);
	});
});

describe('garbage collection', () => {
	it('deleting a Deployment removes its ReplicaSets and pods', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, deployment('web', {replicas: 3}));
		remove(cluster, 'Deployment', 'default', 'web');
		expect(cluster.store.count('ReplicaSet', 'default')).toBe(0);
		expect(podsOf(cluster, 'web')).toHaveLength(0);
	});

	it('deleting a Namespace removes everything in it', () => {
		const cluster = createCluster({seed: 1});
		apply(cluster, {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'shop'}});
		expect(cluster.store.has('ServiceAccount', 'shop', 'default')).toBe(true);
		apply(cluster, deployment('cart', {namespace: 'shop', replicas: 2}));
		apply(cluster, {apiVersion: 'v1', kind: 'Service', metadata: {name: 'cart', namespace: 'shop'}, spec: {selector: {app: 'cart'}, ports: [{port: 80, protocol: 'TCP', targetPort: 80}]}});
		expect(cluster.store.count('Pod', 'shop')).toBe(2);
		remove(cluster, 'Namespace', undefined, 'shop');
		for (const kind of ['Pod', 'Deployment', 'ReplicaSet', 'Service', 'EndpointSlice', 'Endpoints', 'ConfigMap', 'ServiceAccount', 'Event']) {
			expect(cluster.store.count(kind, 'shop')).toBe(0);
		}
	});
});

describe('determinism', () => {
	it('gives the same names and IPs for the same seed', () => {
		const run = (seed: number) => {
			const cluster = createCluster({seed});
			apply(cluster, deployment('web', {replicas: 4}));
			remove(cluster, 'Pod', 'default', podsOf(cluster, 'web')[0].metadata.name);
			return podsOf(cluster, 'web').map(p => `${p.metadata.name} ${p.status?.podIP}`);
		};
		expect(run(5)).toEqual(run(5));
		expect(run(5)).not.toEqual(run(6));
	});
});
