import {describe as group, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {describe, describeMany} from '../../../../src/core/cluster/print/describe/describe.js';
import {at, MINUTE, pod} from './fixtures.js';

const web = pod('web-7d4b9c6f5d-x2k9p', 0, {
	labels: {app: 'web', 'pod-template-hash': '7d4b9c6f5d'},
	metadata: {uid: 'u1', ownerReferences: [{apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d4b9c6f5d', uid: 'rs1', controller: true}]},
	spec: {
		serviceAccountName: 'default',
		priority: 0,
		containers: [
			{
				name: 'web',
				image: 'nginx:1.27',
				ports: [{containerPort: 8080, protocol: 'TCP'}],
				readinessProbe: {httpGet: {path: '/healthz', port: 8080, scheme: 'HTTP'}, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3},
				env: [{name: 'MODE', value: 'demo'}],
				volumeMounts: [{name: 'kube-api-access-5x2kq', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true}],
			},
		],
		volumes: [
			{
				name: 'kube-api-access-5x2kq',
				projected: {sources: [{serviceAccountToken: {expirationSeconds: 3607, path: 'token'}}, {configMap: {name: 'kube-root-ca.crt', items: []}}, {downwardAPI: {items: []}}]},
			},
		],
		tolerations: [
			{key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
			{key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300},
		],
	},
});

const event = (name: string, reason: string, component: string, message: string, ms: number): KubeObject => ({
	apiVersion: 'v1',
	kind: 'Event',
	metadata: {name, namespace: 'default'},
	involvedObject: {kind: 'Pod', name: web.metadata.name, namespace: 'default', uid: 'u1'},
	reason,
	message,
	type: 'Normal',
	source: {component},
	firstTimestamp: at(ms),
	lastTimestamp: at(ms),
	count: 1,
});

const WEB_DESCRIBED = `Name:             web-7d4b9c6f5d-x2k9p
Namespace:        default
Priority:         0
Service Account:  default
Node:             kind-worker/172.18.0.3
Start Time:       Thu, 01 Jan 2026 00:00:02 +0000
Labels:           app=web
                  pod-template-hash=7d4b9c6f5d
Annotations:      <none>
Status:           Running
IP:               10.244.1.5
IPs:
  IP:           10.244.1.5
Controlled By:  ReplicaSet/web-7d4b9c6f5d
Containers:
  web:
    Container ID:   containerd://1234
    Image:          nginx:1.27
    Image ID:       docker.io/library/nginx@sha256:abc
    Port:           8080/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Thu, 01 Jan 2026 00:00:02 +0000
    Ready:          True
    Restart Count:  0
    Readiness:      http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3
    Environment:
      MODE:  demo
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-5x2kq (ro)
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:
  kube-api-access-5x2kq:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    Optional:                false
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  5m     default-scheduler  Successfully assigned default/web-7d4b9c6f5d-x2k9p to kind-worker
  Normal  Pulled     4m59s  kubelet            Container image "nginx:1.27" already present on machine
`;

group('kubectl describe pod', () => {
	it('prints the full layout with containers, probe, conditions, volumes, tolerations and events', () => {
		const events = [
			event('e2', 'Pulled', 'kubelet', 'Container image "nginx:1.27" already present on machine', 1000),
			event('e1', 'Scheduled', 'default-scheduler', 'Successfully assigned default/web-7d4b9c6f5d-x2k9p to kind-worker', 0),
		];
		expect(describe(web, {events}, 5 * MINUTE)).toBe(WEB_DESCRIBED);
	});

	it('shows a pending, unscheduled pod and a waiting container', () => {
		const pending = pod('big', 0, {
			spec: {nodeName: undefined, containers: [{name: 'big', image: 'nginx', resources: {requests: {cpu: '64'}}}]},
			status: {phase: 'Pending', conditions: [{type: 'PodScheduled', status: 'False'}]},
		});
		const text = describe(pending, {events: []}, MINUTE);
		expect(text).toContain('Node:             <none>\n');
		expect(text).toContain('IPs:              <none>\n');
		expect(text).toContain('    Requests:\n      cpu:        64\n');
		expect(text).toContain('Volumes:         <none>\nQoS Class:       Burstable\n');
		expect(text.endsWith('Events:          <none>\n')).toBe(true);
	});

	it('resolves downward-API environment variables from the pod', () => {
		const withEnv = pod('env', 0, {
			spec: {
				containers: [
					{
						name: 'web',
						image: 'nginx',
						env: [
							{name: 'POD_NAME', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'metadata.name'}}},
							{name: 'POD_IP', valueFrom: {fieldRef: {apiVersion: 'v1', fieldPath: 'status.podIP'}}},
							{name: 'PASSWORD', valueFrom: {secretKeyRef: {name: 'db', key: 'password'}}},
						],
					},
				],
			},
		});
		expect(describe(withEnv, {}, MINUTE)).toContain(
			'    Environment:\n' +
				"      POD_NAME:  env (v1:metadata.name)\n" +
				'      POD_IP:    10.244.1.5 (v1:status.podIP)\n' +
				"      PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false\n",
		);
	});

	it('separates several descriptions by two blank lines', () => {
		const a = pod('a', 0);
		const b = pod('b', 0);
		const text = describeMany([a, b], () => ({showEvents: false}), MINUTE);
		expect(text).toContain('Tolerations:                  <none>\n\n\nName:             b\n');
		expect(text).not.toContain('Events:');
	});
});
