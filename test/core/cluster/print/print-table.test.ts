import {describe, expect, it} from 'vitest';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {printGetAll, printTable} from '../../../../src/core/cluster/print/print-table.js';
import {typeForKind} from '../../../../src/core/cluster/resource-types.js';
import {at, DAY, HOUR, MINUTE, pod, runningStatus, SECOND, service} from './fixtures.js';

const NOW = 10 * DAY + 5 * MINUTE;

const kubernetes = service('kubernetes', 0, {
	type: 'ClusterIP',
	clusterIP: '10.96.0.1',
	clusterIPs: ['10.96.0.1'],
	ports: [{name: 'https', port: 443, protocol: 'TCP', targetPort: 6443}],
}, {loadBalancer: {}}, {component: 'apiserver', provider: 'kubernetes'});
const hostnames = service('hostnames', NOW - 2 * MINUTE, {
	type: 'NodePort',
	clusterIP: '10.105.31.214',
	clusterIPs: ['10.105.31.214'],
	selector: {app: 'hostnames'},
	ports: [{port: 80, protocol: 'TCP', targetPort: 9376, nodePort: 30080}],
});
const db = service('db', NOW - 9 * SECOND, {type: 'ExternalName', externalName: 'db.example.com'});

describe('kubectl get services', () => {
	it('prints the -o wide example of the semantics spec', () => {
		expect(printTable('Service', [db, hostnames, kubernetes], {now: NOW, wide: true})).toBe(
			'NAME         TYPE           CLUSTER-IP      EXTERNAL-IP      PORT(S)        AGE   SELECTOR\n' +
				'db           ExternalName   <none>          db.example.com   <none>         9s    <none>\n' +
				'hostnames    NodePort       10.105.31.214   <none>           80:30080/TCP   2m    app=hostnames\n' +
				'kubernetes   ClusterIP      10.96.0.1       <none>           443/TCP        10d   <none>\n',
		);
	});

	it('shows <pending>, LB addresses (cut unless wide), headless None and external IPs', () => {
		const pending = service('lb', NOW - 5 * SECOND, {type: 'LoadBalancer', clusterIPs: ['10.96.7.7'], ports: [{port: 80, protocol: 'TCP', nodePort: 31000}]});
		const assigned = service('lb2', NOW - 5 * SECOND, {type: 'LoadBalancer', clusterIPs: ['10.96.7.8'], ports: [{port: 80, protocol: 'TCP', nodePort: 31001}]}, {
			loadBalancer: {ingress: [{ip: '172.18.255.201', ipMode: 'VIP'}, {ip: '172.18.255.200', ipMode: 'VIP'}]},
		});
		const headless = service('db-headless', NOW - 5 * SECOND, {type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], selector: {app: 'db'}});
		const external = service('ext', NOW - 5 * SECOND, {type: 'ClusterIP', clusterIPs: ['10.96.7.9'], externalIPs: ['10.0.0.5'], ports: [{port: 80, protocol: 'TCP'}, {port: 53, protocol: 'UDP'}]});
		expect(printTable('Service', [pending, assigned, headless, external], {now: NOW})).toBe(
			'NAME          TYPE           CLUSTER-IP   EXTERNAL-IP        PORT(S)         AGE\n' +
				'lb            LoadBalancer   10.96.7.7    <pending>          80:31000/TCP    5s\n' +
				'lb2           LoadBalancer   10.96.7.8    172.18.255.20...   80:31001/TCP    5s\n' +
				'db-headless   ClusterIP      None         <none>             <none>          5s\n' +
				'ext           ClusterIP      10.96.7.9    10.0.0.5           80/TCP,53/UDP   5s\n',
		);
		expect(printTable('Service', [assigned], {now: NOW, wide: true, noHeaders: true})).toBe(
			'lb2   LoadBalancer   10.96.7.8   172.18.255.200,172.18.255.201   80:31001/TCP   5s    <none>\n',
		);
	});

	it('adds NAMESPACE with -A, label columns with -L and LABELS with --show-labels', () => {
		expect(printTable('Service', [kubernetes], {now: NOW, allNamespaces: true, showLabels: true, labelColumns: ['app.kubernetes.io/component', 'provider']})).toBe(
			'NAMESPACE   NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE   COMPONENT   PROVIDER     LABELS\n' +
				'default     kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10d               kubernetes   component=apiserver,provider=kubernetes\n',
		);
	});
});

function endpoints(name: string, subsets: unknown[] | undefined): KubeObject {
	return {apiVersion: 'v1', kind: 'Endpoints', metadata: {name, namespace: 'default', creationTimestamp: at(NOW - 2 * MINUTE)}, ...(subsets ? {subsets} : {})};
}

describe('kubectl get endpoints', () => {
	it('lists ready addresses per port, at most 3, then "+ N more..."', () => {
		const addresses = ['10.244.1.11', '10.244.1.12', '10.244.1.9', '10.244.2.11', '10.244.2.9'].map(ip => ({ip}));
		const busy = endpoints('hostnames', [{addresses, ports: [{port: 9376, protocol: 'TCP'}]}]);
		const notReady = endpoints('slow', [{notReadyAddresses: [{ip: '10.244.1.20'}], ports: [{port: 80, protocol: 'TCP'}]}]);
		const none = endpoints('typo', undefined);
		const headless = endpoints('bare', [{addresses: [{ip: '10.244.1.30'}]}]);
		expect(printTable('Endpoints', [headless, busy, notReady, none], {now: NOW})).toBe(
			'NAME        ENDPOINTS                                                       AGE\n' +
				'bare        10.244.1.30                                                     2m\n' +
				'hostnames   10.244.1.11:9376,10.244.1.12:9376,10.244.1.9:9376 + 2 more...   2m\n' +
				'slow                                                                        2m\n' +
				'typo        <none>                                                          2m\n',
		);
	});
});

describe('kubectl get endpointslices', () => {
	it('prints the placeholder slice with <unset> ports and endpoints', () => {
		const placeholder: KubeObject = {
			apiVersion: 'discovery.k8s.io/v1',
			kind: 'EndpointSlice',
			metadata: {name: 'web-8xk2p', namespace: 'default', creationTimestamp: at(NOW - 5 * SECOND), labels: {'kubernetes.io/service-name': 'web'}},
			addressType: 'IPv4',
			endpoints: null,
			ports: null,
		};
		expect(printTable('EndpointSlice', [placeholder], {now: NOW})).toBe(
			'NAME        ADDRESSTYPE   PORTS     ENDPOINTS   AGE\n' + 'web-8xk2p   IPv4          <unset>   <unset>     5s\n',
		);
	});

	it('lists every address, ready or not, and target ports', () => {
		const slice: KubeObject = {
			apiVersion: 'discovery.k8s.io/v1',
			kind: 'EndpointSlice',
			metadata: {name: 'hostnames-abcde', namespace: 'default', creationTimestamp: at(NOW - 5 * SECOND)},
			addressType: 'IPv4',
			ports: [{name: '', port: 9376, protocol: 'TCP'}],
			endpoints: ['10.244.1.11', '10.244.1.12', '10.244.2.11', '10.244.2.12'].map((ip, i) => ({addresses: [ip], conditions: {ready: i !== 0}})),
		};
		expect(printTable('EndpointSlice', [slice], {now: NOW, noHeaders: true})).toBe(
			'hostnames-abcde   IPv4   9376   10.244.1.11,10.244.1.12,10.244.2.11 + 1 more...   5s\n',
		);
	});
});

describe('kubectl get pods', () => {
	it('shows READY, STATUS, RESTARTS and the wide columns', () => {
		const running = pod('web-7d4b9c6f5d-x2k9p', NOW - 5 * MINUTE);
		const failingProbe = pod('web-7d4b9c6f5d-abcde', NOW - 5 * MINUTE, {status: runningStatus('10.244.2.7', NOW - 5 * MINUTE, false)});
		const creating = pod('web-7d4b9c6f5d-zzzzz', NOW - 3 * SECOND, {
			status: {
				phase: 'Pending',
				containerStatuses: [{name: 'web', image: 'nginx:1.27', imageID: '', ready: false, restartCount: 0, state: {waiting: {reason: 'ContainerCreating'}}}],
			},
		});
		const pending = pod('big', NOW - 3 * SECOND, {spec: {nodeName: undefined}, status: {phase: 'Pending'}});
		expect(printTable('Pod', [running, failingProbe, creating, pending], {now: NOW, wide: true})).toBe(
			'NAME                   READY   STATUS              RESTARTS   AGE   IP           NODE          NOMINATED NODE   READINESS GATES\n' +
				'web-7d4b9c6f5d-x2k9p   1/1     Running             0          5m    10.244.1.5   kind-worker   <none>           <none>\n' +
				'web-7d4b9c6f5d-abcde   0/1     Running             0          5m    10.244.2.7   kind-worker   <none>           <none>\n' +
				'web-7d4b9c6f5d-zzzzz   0/1     ContainerCreating   0          3s    <none>       kind-worker   <none>           <none>\n' +
				'big                    0/1     Pending             0          3s    <none>       <none>        <none>           <none>\n',
		);
	});

	it('prints restarts with the time since the last one, init progress and Terminating', () => {
		const status = runningStatus('10.244.1.5', NOW - 3 * HOUR) as {containerStatuses: Record<string, unknown>[]};
		status.containerStatuses[0].restartCount = 2;
		status.containerStatuses[0].lastState = {terminated: {exitCode: 1, reason: 'Error', finishedAt: at(NOW - 94 * MINUTE)}};
		const restarted = pod('crashy', NOW - 3 * HOUR, {status});
		const init = pod('init', NOW - 10 * SECOND, {
			spec: {initContainers: [{name: 'setup', image: 'busybox'}]},
			status: {
				phase: 'Pending',
				initContainerStatuses: [{name: 'setup', ready: false, restartCount: 0, image: 'busybox', imageID: '', state: {running: {startedAt: at(NOW - 5 * SECOND)}}}],
				containerStatuses: [{name: 'web', ready: false, restartCount: 0, image: 'nginx', imageID: '', state: {waiting: {reason: 'PodInitializing'}}}],
			},
		});
		const terminating = pod('going', NOW - HOUR, {metadata: {deletionTimestamp: at(NOW)}});
		expect(printTable('Pod', [restarted, init, terminating], {now: NOW})).toBe(
			'NAME     READY   STATUS        RESTARTS      AGE\n' +
				'crashy   1/1     Running       2 (94m ago)   3h\n' +
				'init     0/1     Init:0/1      0             10s\n' +
				'going    1/1     Terminating   0             60m\n',
		);
	});
});

const template = {metadata: {labels: {app: 'web'}}, spec: {containers: [{name: 'web', image: 'nginx:1.27'}]}};

describe('kubectl get workloads', () => {
	it('prints deployments, replicasets and statefulsets', () => {
		const deployment: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {name: 'web', namespace: 'default', creationTimestamp: at(NOW - 5 * MINUTE)},
			spec: {replicas: 3, selector: {matchLabels: {app: 'web'}}, template},
			status: {replicas: 3, readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2},
		};
		expect(printTable('Deployment', [deployment], {now: NOW, wide: true})).toBe(
			'NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES       SELECTOR\n' +
				'web    2/3     3            2           5m    web          nginx:1.27   app=web\n',
		);
		const replicaSet: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'ReplicaSet',
			metadata: {name: 'web-7d4b9c6f5d', namespace: 'default', creationTimestamp: at(NOW - 5 * MINUTE)},
			spec: {replicas: 3, selector: {matchLabels: {app: 'web', 'pod-template-hash': '7d4b9c6f5d'}}, template},
			status: {replicas: 3, readyReplicas: 3},
		};
		expect(printTable('ReplicaSet', [replicaSet], {now: NOW})).toBe(
			'NAME             DESIRED   CURRENT   READY   AGE\n' + 'web-7d4b9c6f5d   3         3         3       5m\n',
		);
		const statefulSet: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'StatefulSet',
			metadata: {name: 'db', namespace: 'default', creationTimestamp: at(NOW - 5 * MINUTE)},
			spec: {replicas: 2, selector: {matchLabels: {app: 'db'}}, template},
			status: {replicas: 1},
		};
		expect(printTable('StatefulSet', [statefulSet], {now: NOW})).toBe('NAME   READY   AGE\ndb     0/2     5m\n');
	});
});

describe('kubectl get nodes, namespaces, ingresses and more', () => {
	const node = (name: string, ip: string, controlPlane: boolean): KubeObject => ({
		apiVersion: 'v1',
		kind: 'Node',
		metadata: {name, creationTimestamp: at(0), labels: controlPlane ? {'node-role.kubernetes.io/control-plane': ''} : {}},
		status: {
			conditions: [{type: 'Ready', status: 'True'}],
			addresses: [{type: 'InternalIP', address: ip}, {type: 'Hostname', address: name}],
			nodeInfo: {kubeletVersion: 'v1.34.0', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.8.0-45-generic', containerRuntimeVersion: 'containerd://2.1.3'},
		},
	});

	it('prints nodes with roles and, wide, their addresses and system info', () => {
		expect(printTable('Node', [node('kind-control-plane', '172.18.0.2', true), node('kind-worker', '172.18.0.3', false)], {now: NOW, wide: true, allNamespaces: true})).toBe(
			'NAME                 STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME\n' +
				'kind-control-plane   Ready    control-plane   10d   v1.34.0   172.18.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-45-generic   containerd://2.1.3\n' +
				'kind-worker          Ready    <none>          10d   v1.34.0   172.18.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-45-generic   containerd://2.1.3\n',
		);
	});

	it('prints namespaces', () => {
		const ns: KubeObject = {apiVersion: 'v1', kind: 'Namespace', metadata: {name: 'default', creationTimestamp: at(0)}, status: {phase: 'Active'}};
		expect(printTable('Namespace', [ns], {now: NOW})).toBe('NAME      STATUS   AGE\ndefault   Active   10d\n');
	});

	it('prints ingresses (HOSTS * when none, PORTS 80, 443 with TLS) and ingress classes', () => {
		const plain: KubeObject = {
			apiVersion: 'networking.k8s.io/v1',
			kind: 'Ingress',
			metadata: {name: 'web', namespace: 'default', creationTimestamp: at(NOW - 30 * SECOND)},
			spec: {ingressClassName: 'nginx', rules: [{http: {paths: []}}]},
			status: {loadBalancer: {ingress: [{ip: '172.18.255.200'}]}},
		};
		const tls: KubeObject = {
			apiVersion: 'networking.k8s.io/v1',
			kind: 'Ingress',
			metadata: {name: 'shop', namespace: 'default', creationTimestamp: at(NOW - 30 * SECOND)},
			spec: {rules: [{host: 'shop.example.com'}, {host: 'api.example.com'}], tls: [{hosts: ['shop.example.com'], secretName: 'shop-tls'}]},
			status: {loadBalancer: {}},
		};
		expect(printTable('Ingress', [plain, tls], {now: NOW})).toBe(
			'NAME   CLASS    HOSTS                              ADDRESS          PORTS     AGE\n' +
				'web    nginx    *                                  172.18.255.200   80        30s\n' +
				'shop   <none>   shop.example.com,api.example.com                    80, 443   30s\n',
		);
		const ingressClass: KubeObject = {apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: {name: 'nginx', creationTimestamp: at(NOW - MINUTE)}, spec: {controller: 'k8s.io/ingress-nginx'}};
		expect(printTable('IngressClass', [ingressClass], {now: NOW})).toBe(
			'NAME    CONTROLLER             PARAMETERS   AGE\n' + 'nginx   k8s.io/ingress-nginx   <none>       60s\n',
		);
	});

	it('prints events, configmaps, secrets, service accounts and kinds without a printer', () => {
		const event: KubeObject = {
			apiVersion: 'v1',
			kind: 'Event',
			metadata: {name: 'web.1', namespace: 'default', creationTimestamp: at(NOW - MINUTE)},
			involvedObject: {kind: 'Pod', name: 'web-7d4b9c6f5d-x2k9p', namespace: 'default'},
			reason: 'Scheduled',
			message: 'Successfully assigned default/web-7d4b9c6f5d-x2k9p to kind-worker',
			type: 'Normal',
			firstTimestamp: at(NOW - MINUTE),
			lastTimestamp: at(NOW - MINUTE),
			count: 1,
		};
		expect(printTable('Event', [event], {now: NOW})).toBe(
			'LAST SEEN   TYPE     REASON      OBJECT                     MESSAGE\n' +
				'60s         Normal   Scheduled   pod/web-7d4b9c6f5d-x2k9p   Successfully assigned default/web-7d4b9c6f5d-x2k9p to kind-worker\n',
		);
		const cm: KubeObject = {apiVersion: 'v1', kind: 'ConfigMap', metadata: {name: 'kube-root-ca.crt', namespace: 'default', creationTimestamp: at(0)}, data: {'ca.crt': 'x'}};
		expect(printTable('ConfigMap', [cm], {now: NOW})).toBe('NAME               DATA   AGE\nkube-root-ca.crt   1      10d\n');
		const secret: KubeObject = {apiVersion: 'v1', kind: 'Secret', metadata: {name: 'tls', namespace: 'default', creationTimestamp: at(0)}, type: 'kubernetes.io/tls', data: {'tls.crt': 'a', 'tls.key': 'b'}};
		expect(printTable('Secret', [secret], {now: NOW})).toBe('NAME   TYPE                DATA   AGE\ntls    kubernetes.io/tls   2      10d\n');
		const sa: KubeObject = {apiVersion: 'v1', kind: 'ServiceAccount', metadata: {name: 'default', namespace: 'default', creationTimestamp: at(0)}};
		expect(printTable('ServiceAccount', [sa], {now: NOW})).toBe('NAME      SECRETS   AGE\ndefault   0         10d\n');
		const widget: KubeObject = {apiVersion: 'example.com/v1', kind: 'Widget', metadata: {name: 'kind-worker', namespace: 'default', creationTimestamp: at(0)}};
		expect(printTable('Widget', [widget], {now: NOW})).toBe('NAME          AGE\nkind-worker   10d\n');
	});
});

describe('kubectl get all', () => {
	it('prints one block per kind with kind-prefixed names, separated by blank lines', () => {
		const deployment: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {name: 'web', namespace: 'default', creationTimestamp: at(NOW - 5 * MINUTE)},
			spec: {replicas: 1, selector: {matchLabels: {app: 'web'}}, template},
			status: {replicas: 1, readyReplicas: 1, updatedReplicas: 1, availableReplicas: 1},
		};
		const output = printGetAll(
			[
				{resource: 'Pod', objects: [pod('web-7d4b9c6f5d-x2k9p', NOW - 5 * MINUTE)]},
				{resource: typeForKind('Service')!, objects: [kubernetes]},
				{resource: 'DaemonSet', objects: []},
				{resource: 'Deployment', objects: [deployment]},
			],
			{now: NOW},
		);
		expect(output).toBe(
			'NAME                       READY   STATUS    RESTARTS   AGE\n' +
				'pod/web-7d4b9c6f5d-x2k9p   1/1     Running   0          5m\n' +
				'\n' +
				'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
				'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10d\n' +
				'\n' +
				'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\n' +
				'deployment.apps/web   1/1     1            1           5m\n',
		);
	});
});
