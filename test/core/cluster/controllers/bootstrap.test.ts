import {describe, expect, it} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {Endpoints, KubeObject, Node, Pod, Service} from '../../../../src/core/cluster/kube-object.js';
import {SimClock} from '../../../../src/core/cluster/sim-clock.js';
import {settle} from '../../../../src/core/cluster/controllers/settle.js';

const cluster = createCluster({seed: 7});
const peek = <T extends KubeObject>(kind: string, ns: string | undefined, name: string) => cluster.store.peek<T>(kind, ns, name)!;

describe('a fresh kind cluster', () => {
	it('has three nodes, the control plane tainted NoSchedule', () => {
		const nodes = cluster.store.view<Node & KubeObject>('Node');
		expect(nodes.map(n => n.metadata.name)).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
		expect(nodes[0].spec?.taints).toEqual([{effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane'}]);
		expect(nodes[1].spec?.taints).toBeUndefined();
		expect(nodes[0].metadata.labels?.['node-role.kubernetes.io/control-plane']).toBe('');
		expect(nodes.map(n => n.status?.addresses?.[0].address)).toEqual(['172.18.0.2', '172.18.0.3', '172.18.0.4']);
		expect(nodes.map(n => n.spec?.podCIDR)).toEqual(['10.244.0.0/24', '10.244.1.0/24', '10.244.2.0/24']);
		const info = nodes[1].status?.nodeInfo;
		expect([info?.kubeletVersion, info?.containerRuntimeVersion, info?.osImage]).toEqual(['v1.34.0', 'containerd://2.1.3', 'Debian GNU/Linux 12 (bookworm)']);
		expect(nodes[2].status?.conditions?.find(c => c.type === 'Ready')).toMatchObject({status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status'});
	});

	it('has the five namespaces, each Active with a default ServiceAccount and kube-root-ca.crt', () => {
		const names = cluster.store.view('Namespace').map(ns => ns.metadata.name);
		expect(names).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage']);
		for (const name of names) {
			expect((peek('Namespace', undefined, name).status as {phase: string}).phase).toBe('Active');
			expect(cluster.store.has('ServiceAccount', name, 'default')).toBe(true);
			expect(cluster.store.has('ConfigMap', name, 'kube-root-ca.crt')).toBe(true);
		}
	});

	it('serves the kubernetes Service at 10.96.0.1 backed by the API server 172.18.0.2:6443', () => {
		const svc = peek<Service & KubeObject>('Service', 'default', 'kubernetes');
		expect(svc.spec?.clusterIP).toBe('10.96.0.1');
		expect(svc.spec?.ports).toEqual([{name: 'https', port: 443, protocol: 'TCP', targetPort: 6443}]);
		expect(svc.metadata.labels).toEqual({component: 'apiserver', provider: 'kubernetes'});
		const endpoints = peek<Endpoints & KubeObject>('Endpoints', 'default', 'kubernetes');
		expect(endpoints.subsets).toEqual([{addresses: [{ip: '172.18.0.2'}], ports: [{name: 'https', port: 6443, protocol: 'TCP'}]}]);
		const slice = peek('EndpointSlice', 'default', 'kubernetes');
		expect(slice.endpoints).toEqual([{addresses: ['172.18.0.2'], conditions: {ready: true}}]);
	});

	it('serves kube-dns at 10.96.0.10 from two CoreDNS pods on the control plane', () => {
		const svc = peek<Service & KubeObject>('Service', 'kube-system', 'kube-dns');
		expect(svc.spec?.clusterIP).toBe('10.96.0.10');
		expect(svc.spec?.ports?.map(p => `${p.port}/${p.protocol}`)).toEqual(['53/UDP', '53/TCP', '9153/TCP']);
		const coredns = cluster.store.view<Pod & KubeObject>('Pod', 'kube-system').filter(p => p.metadata.name.startsWith('coredns-'));
		expect(coredns).toHaveLength(2);
		expect(coredns.map(p => p.metadata.name)).toEqual(coredns.map(() => expect.stringMatching(/^coredns-[bcdfghjklmnpqrstvwxz2456789]{9,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/)));
		expect(coredns.map(p => p.spec?.nodeName)).toEqual(['kind-control-plane', 'kind-control-plane']);
		const endpoints = peek<Endpoints & KubeObject>('Endpoints', 'kube-system', 'kube-dns');
		expect(endpoints.subsets?.[0].addresses?.map(a => a.ip)).toEqual(['10.244.0.2', '10.244.0.3']);
		expect(endpoints.subsets?.[0].ports?.map(p => `${p.name}:${p.port}/${p.protocol}`)).toEqual(['dns:53/UDP', 'dns-tcp:53/TCP', 'metrics:9153/TCP']);
	});

	it('runs kube-proxy and kindnet on every node with the node IP, and the static pods on the control plane', () => {
		const pods = cluster.store.view<Pod & KubeObject>('Pod', 'kube-system');
		const proxies = pods.filter(p => p.metadata.name.startsWith('kube-proxy-'));
		expect(proxies.map(p => p.status?.podIP).sort()).toEqual(['172.18.0.2', '172.18.0.3', '172.18.0.4']);
		expect(pods.filter(p => p.metadata.name.startsWith('kindnet-'))).toHaveLength(3);
		for (const component of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
			const pod = peek<Pod & KubeObject>('Pod', 'kube-system', `${component}-kind-control-plane`);
			expect([pod.status?.phase, pod.status?.podIP, pod.spec?.hostNetwork]).toEqual(['Running', '172.18.0.2', true]);
		}
		expect(pods.every(p => p.status?.phase === 'Running')).toBe(true);
		const provisioner = cluster.store.view<Pod & KubeObject>('Pod', 'local-path-storage');
		expect(provisioner.map(p => p.status?.phase)).toEqual(['Running']);
	});

	it('brings a deleted control-plane mirror pod straight back', () => {
		const fresh = createCluster({seed: 7});
		const before = fresh.store.peek('Pod', 'kube-system', 'kube-apiserver-kind-control-plane')!;
		fresh.store.remove('Pod', 'kube-system', 'kube-apiserver-kind-control-plane');
		settle(fresh);
		const after = fresh.store.peek<Pod & KubeObject>('Pod', 'kube-system', 'kube-apiserver-kind-control-plane')!;
		expect(after.metadata.uid).not.toBe(before.metadata.uid);
		expect(after.metadata.creationTimestamp).toBe(fresh.clock.timestamp());
		expect([after.status?.phase, after.status?.podIP]).toEqual(['Running', '172.18.0.2']);
	});

	it('dates system objects minutes before the simulation starts', () => {
		const created = SimClock.toSimMs(peek('Service', 'kube-system', 'kube-dns').metadata.creationTimestamp!);
		expect(created).toBeLessThanOrEqual(-240_000);
		const worker = SimClock.toSimMs(peek('Node', undefined, 'kind-worker').metadata.creationTimestamp!);
		expect(worker).toBeLessThan(0);
		expect(cluster.clock.now()).toBe(0);
	});

	it('has the default StorageClass standard and the kubernetes ServiceCIDR', () => {
		const sc = peek('StorageClass', undefined, 'standard');
		expect(sc.metadata.annotations?.['storageclass.kubernetes.io/is-default-class']).toBe('true');
		expect(sc.provisioner).toBe('rancher.io/local-path');
		expect(peek('ServiceCIDR', undefined, 'kubernetes').spec).toEqual({cidrs: ['10.96.0.0/12']});
	});

	it('is the same for the same seed', () => {
		const a = createCluster({seed: 3});
		const b = createCluster({seed: 3});
		const dump = (c: typeof a) => JSON.stringify(c.store.kindsStored().map(kind => c.store.view(kind)));
		expect(dump(a)).toBe(dump(b));
		expect(dump(a)).not.toBe(dump(createCluster({seed: 4})));
	});
});
