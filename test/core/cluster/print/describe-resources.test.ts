import {describe as group, expect, it} from 'vitest';
import {describe} from '../../../../src/core/cluster/print/describe/describe.js';
import {MINUTE} from './fixtures.js';
import * as f from './describe-fixtures.js';

const NOW = 5 * MINUTE;

// Expected texts follow kubectl v1.34's describe.go layouts (tabwriter padding 2, sections flushed before events).
const DEPLOYMENT = `Name:                   web
Namespace:              default
CreationTimestamp:      Thu, 01 Jan 2026 00:00:00 +0000
Labels:                 app=web
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=web
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=web
  Containers:
   web:
    Image:         nginx:1.27
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   web-7d4b9c6f5d (3/3 replicas created)
Events:
  Type    Reason             Age   From                   Message
  ----    ------             ----  ----                   -------
  Normal  ScalingReplicaSet  5m    deployment-controller  Scaled up replica set web-7d4b9c6f5d from 0 to 3
`;

const REPLICA_SET = `Name:           web-7d4b9c6f5d
Namespace:      default
Selector:       app=web,pod-template-hash=7d4b9c6f5d
Labels:         app=web
                pod-template-hash=7d4b9c6f5d
Annotations:    <none>
Controlled By:  Deployment/web
Replicas:       3 current / 3 desired
Pods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=web
           pod-template-hash=7d4b9c6f5d
  Containers:
   web:
    Image:         nginx:1.27
    Port:          80/TCP
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Events:            <none>
`;

const ENDPOINTS = `Name:         web
Namespace:    default
Labels:       app=web
Annotations:  <none>
Subsets:
  Addresses:          10.244.1.5,10.244.2.6
  NotReadyAddresses:  10.244.1.7
  Ports:
    Name     Port  Protocol
    ----     ----  --------
    <unset>  80    TCP

Events:  <none>
`;

const ENDPOINT_SLICE = `Name:         web-abcde
Namespace:    default
Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io
              kubernetes.io/service-name=web
Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2026-01-01T00:00:05Z
AddressType:  IPv4
Ports:
  Name  Port  Protocol
  ----  ----  --------
  http  80    TCP
Endpoints:
  - Addresses:  10.244.1.5
    Conditions:
      Ready:    true
    Hostname:   <unset>
    TargetRef:  Pod/web-7d4b9c6f5d-aaaaa
    NodeName:   kind-worker
    Zone:       <unset>
Events:         <none>
`;

const NAMESPACE = `Name:         default
Labels:       kubernetes.io/metadata.name=default
Annotations:  <none>
Status:       Active

No resource quota.

No LimitRange resource.
`;

const INGRESS = `Name:             web
Labels:           <none>
Namespace:        default
Address:          172.18.255.200
Ingress Class:    nginx
Default backend:  <default>
Rules:
  Host             Path  Backends
  ----             ----  --------
  web.example.com  
                   /      web:80 (10.244.1.5:80)
                   /api   api:8080 (<error: services "api" not found>)
Annotations:       <none>
Events:            <none>
`;

const NODE = `Name:               kind-worker
Roles:              <none>
Labels:             kubernetes.io/hostname=kind-worker
                    kubernetes.io/os=linux
Annotations:        node.alpha.kubernetes.io/ttl: 0
CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  <unset>
  AcquireTime:     <unset>
  RenewTime:       <unset>
Conditions:
  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message
  ----    ------  -----------------                 ------------------                ------         -------
  Ready   True    Thu, 01 Jan 2026 00:01:00 +0000   Thu, 01 Jan 2026 00:00:10 +0000   KubeletReady   kubelet is posting ready status
Addresses:
  InternalIP:  172.18.0.3
  Hostname:    kind-worker
Capacity:
  cpu:                8
  ephemeral-storage:  102626232Ki
  hugepages-2Mi:      0
  memory:             16318356Ki
  pods:               110
Allocatable:
  cpu:                8
  ephemeral-storage:  102626232Ki
  hugepages-2Mi:      0
  memory:             16318356Ki
  pods:               110
System Info:
  Machine ID:                 m
  System UUID:                s
  Boot ID:                    b
  Kernel Version:             6.8.0
  OS Image:                   Debian GNU/Linux 12 (bookworm)
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://2.1.3
  Kubelet Version:            v1.34.0
  Kube-Proxy Version:         
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
ProviderID:                   kind://docker/kind/kind-worker
Non-terminated Pods:          (2 in total)
  Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                    ------------  ----------  ---------------  -------------  ---
  kube-system                 kindnet-x               100m (1%)     100m (1%)   50Mi (0%)        50Mi (0%)      5m
  default                     web-7d4b9c6f5d-aaaaa    0 (0%)        0 (0%)      0 (0%)           0 (0%)         5m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests   Limits
  --------           --------   ------
  cpu                100m (1%)  100m (1%)
  memory             50Mi (0%)  50Mi (0%)
  ephemeral-storage  0 (0%)     0 (0%)
  hugepages-2Mi      0 (0%)     0 (0%)
Events:              <none>
`;

const STATEFUL_SET = `Name:               db
Namespace:          default
CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000
Selector:           app=db
Labels:             <none>
Annotations:        <none>
Replicas:           2 desired | 2 total
Update Strategy:    RollingUpdate
  Partition:        0
Pods Status:        1 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=db
  Containers:
   db:
    Image:         postgres:16
    Port:          5432/TCP (pg)
    Host Port:     0/TCP
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Volume Claims:     <none>
Events:            <none>
`;

const DAEMON_SET = `Name:           kube-proxy
Namespace:      kube-system
Selector:       k8s-app=kube-proxy
Node-Selector:  kubernetes.io/os=linux
Labels:         k8s-app=kube-proxy
Annotations:    deprecated.daemonset.template.generation: 1
Desired Number of Nodes Scheduled: 3
Current Number of Nodes Scheduled: 3
Number of Nodes Scheduled with Up-to-date Pods: 3
Number of Nodes Scheduled with Available Pods: 3
Number of Nodes Misscheduled: 0
Pods Status:  0 Running / 0 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  k8s-app=kube-proxy
  Containers:
   kube-proxy:
    Image:      registry.k8s.io/kube-proxy:v1.34.0
    Port:       <none>
    Host Port:  <none>
    Command:
      /usr/local/bin/kube-proxy
      --config=/var/lib/kube-proxy/config.conf
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  kubernetes.io/os=linux
  Tolerations:     op=Exists
Events:            <none>
`;

const JOB = `Name:         pi
Namespace:    default
Labels:       <none>
Annotations:  <none>
API Version:  batch/v1
Kind:         Job
Metadata:
  Creation Timestamp:  2026-01-01T00:00:00Z
Spec:
  Backoff Limit:  6
  Completions:    1
  Template:
    Spec:
      Containers:
        Image:  perl
        Name:   pi
Status:
  Succeeded:  1
Events:       <none>
`;

group('kubectl describe (workloads, endpoints, namespaces, ingresses, nodes)', () => {
	it('describes a deployment with its pod template, conditions, replica sets and events', () => {
		expect(describe(f.deployment, {replicaSets: [f.replicaSet], events: [f.deploymentEvent]}, NOW)).toBe(DEPLOYMENT);
	});

	it('describes a replica set with the status of the pods it controls', () => {
		expect(describe(f.replicaSet, {pods: [f.ownedPod]}, NOW)).toBe(REPLICA_SET);
	});

	it('describes endpoints with ready and not-ready addresses', () => {
		expect(describe(f.endpoints, {}, NOW)).toBe(ENDPOINTS);
	});

	it('describes an endpoint slice endpoint by endpoint', () => {
		expect(describe(f.endpointSlice, {}, NOW)).toBe(ENDPOINT_SLICE);
	});

	it('describes a namespace without quotas or limit ranges', () => {
		expect(describe(f.namespace, {}, NOW)).toBe(NAMESPACE);
	});

	it('describes an ingress with the endpoints behind each backend', () => {
		expect(describe(f.ingress, {services: [f.webService], endpointSlices: [f.endpointSlice]}, NOW)).toBe(INGRESS);
	});

	it('describes a node with its pods and allocated resources', () => {
		expect(describe(f.node, {pods: [f.kindnetPod, f.ownedPod]}, NOW)).toBe(NODE);
	});

	it('describes a stateful set with its update strategy and volume claims', () => {
		expect(describe(f.statefulSet, {pods: [f.statefulPod]}, NOW)).toBe(STATEFUL_SET);
	});

	it('describes a daemon set with its scheduling counts and pod template command', () => {
		expect(describe(f.daemonSet, {pods: []}, NOW)).toBe(DAEMON_SET);
	});

	it('falls back to the generic describer, listing fields with smart labels', () => {
		expect(describe(f.job, {}, NOW)).toBe(JOB);
	});
});
