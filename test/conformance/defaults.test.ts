/**
 * §1-§2 and §4: the fresh cluster, Service defaulting, and what allocation keeps or hands out,
 * as `kubectl` shows them.
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, run} from './script.js';

describe('§2 the fresh kind cluster', () => {
	const {transcript} = run(`kubectl get nodes -o custom-columns=NAME:.metadata.name,IP:.status.addresses[0].address,CIDR:.spec.podCIDR,TAINTS:.spec.taints[*].effect
kubectl get ns
kubectl get svc -A
kubectl get servicecidr
kubectl get ipaddresses
`);

	test('three nodes, the control plane tainted, one /24 each', () => {
		expect(outputOf(transcript, 'kubectl get nodes -o custom-columns=NAME:.metadata.name,IP:.status.addresses[0].address,CIDR:.spec.podCIDR,TAINTS:.spec.taints[*].effect')).toBe(`NAME                 IP           CIDR            TAINTS
kind-control-plane   172.18.0.2   10.244.0.0/24   NoSchedule
kind-worker          172.18.0.3   10.244.1.0/24   <none>
kind-worker2         172.18.0.4   10.244.2.0/24   <none>
`);
	});

	test('the four standard namespaces exist', () => {
		const names = outputOf(transcript, 'kubectl get ns').split('\n').slice(1).map(line => line.split(/\s+/)[0]);
		expect(names).toEqual(expect.arrayContaining(['default', 'kube-node-lease', 'kube-public', 'kube-system']));
	});

	test('kubernetes and kube-dns at their fixed addresses, in the 10.96.0.0/12 ServiceCIDR', () => {
		expect(outputOf(transcript, 'kubectl get svc -A')).toMatch(/^default\s+kubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+5m\nkube-system\s+kube-dns\s+ClusterIP\s+10\.96\.0\.10\s+<none>\s+53\/UDP,53\/TCP,9153\/TCP\s+5m\n$/m);
		expect(outputOf(transcript, 'kubectl get servicecidr')).toMatch(/^kubernetes\s+10\.96\.0\.0\/12\s+5m$/m);
		expect(outputOf(transcript, 'kubectl get ipaddresses')).toMatch(/^10\.96\.0\.1\s+services\/default\/kubernetes\n10\.96\.0\.10\s+services\/kube-system\/kube-dns\n$/m);
	});
});

describe('§2 Service defaults', () => {
	const jsonpath = '{.spec.type} {.spec.sessionAffinity} {.spec.ipFamilyPolicy} {.spec.ipFamilies} {.spec.internalTrafficPolicy} {.spec.externalTrafficPolicy} {.spec.ports[0].protocol} {.spec.ports[0].targetPort}';
	const show = (name: string) => `kubectl get svc ${name} -o jsonpath='${jsonpath}'`;
	const svc = (name: string, spec: string) => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
${spec}`);
	const {transcript} = run(`${svc('plain', '  ports:\n  - port: 80')}${svc('np', '  type: NodePort\n  ports:\n  - port: 8080')}${svc('headless', '  clusterIP: None\n  selector:\n    app: x\n  ports:\n  - port: 80')}${svc('bare', '  clusterIP: None\n  ports:\n  - port: 80')}${svc('ext', '  type: ExternalName\n  externalName: db.example.com')}${show('plain')}
${show('np')}
${show('headless')}
${show('bare')}
${show('ext')}
`);

	test.each([
		['plain', 'ClusterIP None SingleStack ["IPv4"] Cluster  TCP 80'],
		['np', 'NodePort None SingleStack ["IPv4"] Cluster Cluster TCP 8080'],
		['headless', 'ClusterIP None SingleStack ["IPv4"] Cluster  TCP 80'],
		['bare', 'ClusterIP None RequireDualStack ["IPv4","IPv6"] Cluster  TCP 80'],
		['ext', 'ExternalName None      '],
	])('%s', (name, expected) => {
		expect(outputOf(transcript, show(name))).toBe(`${expected}\n`);
	});
});

describe('§4 allocation', () => {
	const twoPorts = (type: string, first: string, second: string) => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: ${type}
  ports:
  - name: ${first}
    port: ${first === 'http' ? 80 : 443}
  - name: ${second}
    port: ${second === 'http' ? 80 : 443}`);

	test('re-applying keeps the clusterIP and each port\'s nodePort (matched by name)', () => {
		const {transcript} = run(`${twoPorts('NodePort', 'http', 'https')}kubectl get svc web -o jsonpath='{.spec.clusterIP}/{.spec.ports[?(@.name=="http")].nodePort}/{.spec.ports[?(@.name=="https")].nodePort}'
${twoPorts('NodePort', 'https', 'http')}kubectl get svc web -o jsonpath='{.spec.clusterIP}/{.spec.ports[?(@.name=="http")].nodePort}/{.spec.ports[?(@.name=="https")].nodePort}'
`);
		const command = `kubectl get svc web -o jsonpath='{.spec.clusterIP}/{.spec.ports[?(@.name=="http")].nodePort}/{.spec.ports[?(@.name=="https")].nodePort}'`;
		const before = outputOf(transcript, command);
		expect(before).toMatch(/^10\.\d+\.\d+\.\d+\/3\d{4}\/3\d{4}\n$/);
		expect(outputOf(transcript, command, 1)).toBe(before);
		expect(outputOf(transcript, 'kubectl apply -f - <<EOF', 1)).toBe('service/web configured\n');
	});

	test('switching to ClusterIP frees the nodePorts for another Service', () => {
		const {transcript} = run(`kubectl create service nodeport a --tcp=80 --node-port=30080
kubectl patch svc a -p '{"spec":{"type":"ClusterIP","ports":[{"port":80,"nodePort":null}]}}'
kubectl get svc a
kubectl create service nodeport b --tcp=80 --node-port=30080
`);
		expect(outputOf(transcript, 'kubectl get svc a')).toMatch(/^a\s+ClusterIP\s+10\.\S+\s+<none>\s+80\/TCP\s+0s$/m);
		expect(outputOf(transcript, 'kubectl create service nodeport b --tcp=80 --node-port=30080')).toBe('service/b created\n');
	});

	test('a deleted Service frees its clusterIP for a static request', () => {
		const svc = (name: string) => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: 10.96.0.50
  ports:
  - port: 80`);
		const {transcript} = run(`${svc('a')}kubectl delete svc a\n${svc('b')}`);
		expect(outputOf(transcript, 'kubectl apply -f - <<EOF', 1)).toBe('service/b created\n');
	});

	test('LoadBalancer: nodePorts unless allocateLoadBalancerNodePorts is false; ETP Local adds a healthCheckNodePort', () => {
		const lb = (name: string, extra: string) => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  type: LoadBalancer
${extra}  ports:
  - port: 80`);
		const {transcript} = run(`${lb('plain', '')}${lb('nonp', '  allocateLoadBalancerNodePorts: false\n')}${lb('local', '  externalTrafficPolicy: Local\n')}sleep 2
kubectl get svc
kubectl get svc local -o jsonpath={.spec.healthCheckNodePort}
`);
		const table = outputOf(transcript, 'kubectl get svc');
		expect(table).toMatch(/^plain\s+LoadBalancer\s+\S+\s+172\.18\.255\.\d+\s+80:3\d{4}\/TCP\s+2s$/m);
		expect(table).toMatch(/^nonp\s+LoadBalancer\s+\S+\s+172\.18\.255\.\d+\s+80\/TCP\s+2s$/m);
		expect(outputOf(transcript, 'kubectl get svc local -o jsonpath={.spec.healthCheckNodePort}')).toMatch(/^3\d{4}\n$/);
		const addresses = [...table.matchAll(/172\.18\.255\.(\d+)/g)].map(match => Number(match[1])).sort();
		expect(addresses).toEqual([200, 201, 202]);
	});

	test('ClusterIPs come from the upper band of 10.96.0.0/12, never the static lower 256', () => {
		const {transcript} = run(`${Array.from({length: 12}, (_, i) => `kubectl create service clusterip s${i} --tcp=80\n`).join('')}kubectl get svc -o jsonpath={.items[*].spec.clusterIP}\n`);
		const ips = outputOf(transcript, 'kubectl get svc -o jsonpath={.items[*].spec.clusterIP}').trim().split(' ').filter(ip => ip !== '10.96.0.1');
		expect(ips).toHaveLength(12);
		for (const ip of ips) {
			const [, b, c] = ip.split('.').map(Number);
			expect(b >= 96 && b <= 111).toBe(true);
			expect(b === 96 && c === 0).toBe(false);
		}
	});
});
