/**
 * §5: what kubectl prints for Services, Endpoints and EndpointSlices, through the batch runner.
 * AGE cells follow the simulated clock; where a test does not care, they are normalised.
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, run} from './script.js';

const HOSTNAMES = 'kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=5 -- /agnhost serve-hostname\n';
const NODEPORT = applyHere(`apiVersion: v1
kind: Service
metadata:
  name: hostnames
  labels:
    app: hostnames
spec:
  type: NodePort
  selector:
    app: hostnames
  ports:
  - port: 80
    targetPort: 9376
    nodePort: 30080`);

/** kubectl's tab-writer (§5): every column but the last padded to its longest cell + 3. */
const table = (rows: string[][]) => {
	const widths = rows[0].map((_cell, column) => Math.max(...rows.map(row => row[column].length)) + 3);
	return rows.map(row => row.map((cell, column) => (column < row.length - 1 ? cell.padEnd(widths[column]) : cell)).join('')).map(line => `${line}\n`).join('');
};

describe('§5.1 kubectl get svc', () => {
	const {transcript} = run(`${HOSTNAMES}${NODEPORT}kubectl create service externalname db --external-name=db.example.com
kubectl create service clusterip headless --clusterip=None
kubectl create service loadbalancer lb --tcp=80:8080,443:8443
kubectl get svc -o wide
sleep 2
kubectl get svc lb
kubectl get svc -n kube-system kube-dns
`);

	test('-o wide: one row per Service sorted by name, with the SELECTOR column', () => {
		const out = outputOf(transcript, 'kubectl get svc -o wide');
		const lines = out.split('\n');
		expect(lines[0].split(/\s+/)).toEqual(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR']);
		expect(lines.slice(1, -1).map(line => line.split(/\s+/))).toEqual([
			['db', 'ExternalName', '<none>', 'db.example.com', '<none>', '0s', 'app=db'],
			['headless', 'ClusterIP', 'None', '<none>', '<none>', '0s', 'app=headless'],
			['hostnames', 'NodePort', expect.stringMatching(/^10\./), '<none>', '80:30080/TCP', '0s', 'app=hostnames'],
			['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '5m', '<none>'],
			['lb', 'LoadBalancer', expect.stringMatching(/^10\./), '<pending>', expect.stringMatching(/^80:3\d{4}\/TCP,443:3\d{4}\/TCP$/), '0s', 'app=lb'],
		]);
		// Every column but the last is padded to the longest cell + 3.
		expect(out).toBe(table(lines.slice(0, -1).map(line => line.split(/\s+/))));
	});

	test('after the cloud controller ran, the LoadBalancer shows its address', () => {
		const out = outputOf(transcript, 'kubectl get svc lb');
		const [, row] = out.split('\n');
		const [name, type, clusterIP, externalIP, ports, age] = row.split(/\s+/);
		expect({name, type, externalIP, age}).toEqual({name: 'lb', type: 'LoadBalancer', externalIP: '172.18.255.200', age: '2s'});
		expect(ports).toMatch(/^80:3\d{4}\/TCP,443:3\d{4}\/TCP$/);
		expect(out).toBe(table([['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'], [name, type, clusterIP, externalIP, ports, age]]));
	});

	test('kube-dns prints its three ports', () => {
		expect(outputOf(transcript, 'kubectl get svc -n kube-system kube-dns')).toBe('NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE\nkube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   5m2s\n');
	});
});

describe('§5.2 / §5.3 endpoints and endpointslices', () => {
	const {transcript} = run(`${HOSTNAMES}${NODEPORT}kubectl create service clusterip nomatch --tcp=80
kubectl get endpoints
kubectl get endpointslices
kubectl get pods -l app=hostnames -o jsonpath={.items[*].status.podIP}
kubectl get endpoints kubernetes
`);
	const ips = outputOf(transcript, 'kubectl get pods -l app=hostnames -o jsonpath={.items[*].status.podIP}').trim().split(' ').sort();

	test('get endpoints warns on stderr, lists 3 ready addresses sorted as strings and `+ N more...`', () => {
		const out = outputOf(transcript, 'kubectl get endpoints');
		expect(ips).toHaveLength(5);
		const first3 = ips.slice(0, 3).map(ip => `${ip}:9376`).join(',');
		expect(out).toBe(`Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n${table([
			['NAME', 'ENDPOINTS', 'AGE'],
			['hostnames', `${first3} + 2 more...`, '0s'],
			['kubernetes', '172.18.0.2:6443', '5m'],
			['nomatch', '<none>', '0s'],
		])}`);
	});

	test('get endpointslices lists target ports and addresses; the placeholder shows <unset>', () => {
		const out = outputOf(transcript, 'kubectl get endpointslices');
		const names = [...out.matchAll(/^((hostnames|nomatch)-[a-z0-9]{5}) /gm)].map(match => match[1]);
		expect(names).toHaveLength(2);
		expect(out).toBe(table([
			['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
			[names[0], 'IPv4', '9376', `${ips.slice(0, 3).join(',')} + 2 more...`, '0s'],
			['kubernetes', 'IPv4', '6443', '172.18.0.2', '5m'],
			[names[1], 'IPv4', '<unset>', '<unset>', '0s'],
		]));
	});

	test('a Service without selector has no Endpoints; a headless one without ports lists bare IPs', () => {
		const {transcript: out} = run(`kubectl create deployment many --image=nginx --replicas=4
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: manual
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: bare
spec:
  clusterIP: None
  selector:
    app: many`)}kubectl get endpoints manual
kubectl get endpoints bare
kubectl get pods -o jsonpath={.items[*].status.podIP}
`);
		expect(outputOf(out, 'kubectl get endpoints manual')).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nError from server (NotFound): endpoints "manual" not found\n');
		const podIPs = outputOf(out, 'kubectl get pods -o jsonpath={.items[*].status.podIP}').trim().split(' ').sort();
		expect(outputOf(out, 'kubectl get endpoints bare')).toContain(`\nbare   ${podIPs.slice(0, 3).join(',')} + 1 more...   0s\n`);
	});

	test('the kubernetes Endpoints point at the API server', () => {
		expect(outputOf(transcript, 'kubectl get endpoints kubernetes')).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nNAME         ENDPOINTS         AGE\nkubernetes   172.18.0.2:6443   5m\n');
	});
});

describe('§5.5 kubectl describe svc', () => {
	test('a NodePort Service, in the documented line order and label width 26', () => {
		const {transcript} = run(`${HOSTNAMES}${NODEPORT}kubectl get svc hostnames -o jsonpath={.spec.clusterIP}
kubectl get pods -l app=hostnames -o jsonpath={.items[*].status.podIP}
kubectl describe svc hostnames
`);
		const ip = outputOf(transcript, 'kubectl get svc hostnames -o jsonpath={.spec.clusterIP}').trim();
		const ips = outputOf(transcript, 'kubectl get pods -l app=hostnames -o jsonpath={.items[*].status.podIP}').trim().split(' ').sort();
		expect(outputOf(transcript, 'kubectl describe svc hostnames')).toBe(`Name:                     hostnames
Namespace:                default
Labels:                   app=hostnames
Annotations:              <none>
Selector:                 app=hostnames
Type:                     NodePort
IP Family Policy:         SingleStack
IP Families:              IPv4
IP:                       ${ip}
IPs:                      ${ip}
Port:                     <unset>  80/TCP
TargetPort:               9376/TCP
NodePort:                 <unset>  30080/TCP
Endpoints:                ${ips.slice(0, 3).map(address => `${address}:9376`).join(',')} + 2 more...
Session Affinity:         None
External Traffic Policy:  Cluster
Internal Traffic Policy:  Cluster
Events:                   <none>
`);
	});

	test('no ready endpoint leaves Endpoints empty; an ExternalName uses width 19', () => {
		const {transcript} = run(`kubectl create service clusterip nomatch --tcp=80
kubectl create service externalname db --external-name=db.example.com
kubectl describe svc nomatch
kubectl describe svc db
`);
		expect(outputOf(transcript, 'kubectl describe svc nomatch')).toMatch(/\nPort:                     80  80\/TCP\nTargetPort:               80\/TCP\nEndpoints:                \nSession Affinity:         None\nInternal Traffic Policy:  Cluster\nEvents:                   <none>\n$/);
		expect(outputOf(transcript, 'kubectl describe svc db')).toBe(`Name:              db
Namespace:         default
Labels:            app=db
Annotations:       <none>
Selector:          app=db
Type:              ExternalName
IP Families:       <none>
IP:                
IPs:               <none>
External Name:     db.example.com
Session Affinity:  None
Events:            <none>
`);
	});

	test('a LoadBalancer shows its ingress with (VIP)', () => {
		const {transcript} = run('kubectl create service loadbalancer lb --tcp=80\nsleep 2\nkubectl describe svc lb\n');
		expect(outputOf(transcript, 'kubectl describe svc lb')).toContain('\nLoadBalancer Ingress:     172.18.255.200 (VIP)\nPort:                     80  80/TCP\nTargetPort:               80/TCP\nNodePort:                 80  ');
	});
});

describe('§5.6 -o yaml', () => {
	const yaml = (transcript: string, name: string) => outputOf(transcript, `kubectl get svc ${name} -o yaml`)
		.replace(/resourceVersion: "\d+"/, 'resourceVersion: RV')
		.replace(/uid: [0-9a-f-]{36}/, 'uid: UID')
		.replace(/\b10\.\d+\.\d+\.\d+\b/g, 'IP');

	test('a ClusterIP Service created by kubectl create service', () => {
		const {transcript} = run('kubectl create service clusterip web --tcp=80:8080\nkubectl get svc web -o yaml\n');
		expect(yaml(transcript, 'web')).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: "2026-01-01T00:00:00Z"
  labels:
    app: web
  name: web
  namespace: default
  resourceVersion: RV
  uid: UID
spec:
  clusterIP: IP
  clusterIPs:
  - IP
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
`);
	});

	test('a NodePort Service applied from YAML keeps the last-applied annotation and adds externalTrafficPolicy', () => {
		const {transcript} = run(`${NODEPORT}kubectl get svc hostnames -o yaml\n`);
		expect(yaml(transcript, 'hostnames')).toBe(`apiVersion: v1
kind: Service
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"labels":{"app":"hostnames"},"name":"hostnames","namespace":"default"},"spec":{"ports":[{"nodePort":30080,"port":80,"targetPort":9376}],"selector":{"app":"hostnames"},"type":"NodePort"}}
  creationTimestamp: "2026-01-01T00:00:00Z"
  labels:
    app: hostnames
  name: hostnames
  namespace: default
  resourceVersion: RV
  uid: UID
spec:
  clusterIP: IP
  clusterIPs:
  - IP
  externalTrafficPolicy: Cluster
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - nodePort: 30080
    port: 80
    protocol: TCP
    targetPort: 9376
  selector:
    app: hostnames
  sessionAffinity: None
  type: NodePort
status:
  loadBalancer: {}
`);
	});

	test('a LoadBalancer Service: allocateLoadBalancerNodePorts, then the ingress once assigned', () => {
		const {transcript} = run('kubectl create service loadbalancer lb --tcp=80\nkubectl get svc lb -o yaml\nsleep 2\nkubectl get svc lb -o jsonpath={.status}\n');
		const before = yaml(transcript, 'lb');
		expect(before).toContain('\nspec:\n  allocateLoadBalancerNodePorts: true\n  clusterIP: IP\n');
		expect(before).toContain('\n  externalTrafficPolicy: Cluster\n  internalTrafficPolicy: Cluster\n');
		expect(before).toMatch(/\n {2}ports:\n {2}- name: "80"\n {4}nodePort: 3\d{4}\n {4}port: 80\n {4}protocol: TCP\n {4}targetPort: 80\n/);
		expect(before).toMatch(/\nstatus:\n {2}loadBalancer: \{\}\n$/);
		expect(outputOf(transcript, 'kubectl get svc lb -o jsonpath={.status}')).toBe('{"loadBalancer":{"ingress":[{"ip":"172.18.255.200","ipMode":"VIP"}]}}\n');
	});
});

describe('§5.7 mutation outputs', () => {
	test('created, unchanged, configured, deleted, and an empty list', () => {
		const svc = (port: number) => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: ${port}`);
		const {transcript} = run(`${svc(80)}${svc(80)}${svc(81)}kubectl delete svc web\nkubectl get svc web\nkubectl get deploy\nkubectl create deployment web --image=nginx\nkubectl scale deployment web --replicas=3\n`);
		expect(run(`${svc(80)}${svc(80)}${svc(81)}`).transcript.split('\n').filter(line => line.startsWith('service/'))).toEqual(['service/web created', 'service/web unchanged', 'service/web configured']);
		expect(outputOf(transcript, 'kubectl delete svc web')).toBe('service "web" deleted from default namespace\n');
		expect(outputOf(transcript, 'kubectl get svc web')).toBe('Error from server (NotFound): services "web" not found\n');
		expect(outputOf(transcript, 'kubectl get deploy')).toBe('No resources found in default namespace.\n');
		expect(outputOf(transcript, 'kubectl scale deployment web --replicas=3')).toBe('deployment.apps/web scaled\n');
	});

	test('expose prints `exposed`, and AGE follows the simulated clock', () => {
		const {transcript} = run('kubectl create deployment web --image=nginx --port=80\nkubectl expose deployment web\nsleep 125\nkubectl get svc web\nsleep 3600\nkubectl get svc web\n');
		expect(outputOf(transcript, 'kubectl expose deployment web')).toBe('service/web exposed\n');
		expect(outputOf(transcript, 'kubectl get svc web')).toMatch(/ {3}2m5s\n$/);
		expect(outputOf(transcript, 'kubectl get svc web', 1)).toMatch(/ {3}62m\n$/);
	});
});
