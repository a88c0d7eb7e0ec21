/**
 * §8: each classic misconception, shown by the script a learner would type to test it.
 */
import {describe, expect, test} from 'vitest';
import {applyHere, lastOutput, outputOf, outputs, REFUSED, run, TIMEOUT, UNRESOLVED} from './script.js';

const AGNHOST = 'registry.k8s.io/e2e-test-images/agnhost:2.39';
const HOSTNAMES = `kubectl create deployment hostnames --image=${AGNHOST} --replicas=3 -- /agnhost serve-hostname\n`;
const CLIENT = 'kubectl run client --image=curlimages/curl -- sleep 1d\n';
const POD_NAME = /^hostnames-[a-z0-9]+-[a-z0-9]{5}\n$/;
const exec = (text: string, code: number) => `${text}command terminated with exit code ${code}\n`;

describe('§8 misconceptions', () => {
	test('1. the ClusterIP is not a machine: no ping, unlisted ports time out, only the Service port answers', () => {
		const {transcript} = run(`${HOSTNAMES}kubectl expose deployment hostnames --port=80 --target-port=9376\n${CLIENT}kubectl exec client -- ping -c 3 hostnames
kubectl exec client -- curl -m 5 hostnames:22
kubectl exec client -- curl -s hostnames:80
`);
		const ping = outputOf(transcript, 'kubectl exec client -- ping -c 3 hostnames');
		expect(ping).toMatch(/^PING hostnames \(10\.\d+\.\d+\.\d+\): 56 data bytes\n/);
		expect(ping).toContain('3 packets transmitted, 0 packets received, 100% packet loss\n');
		expect(ping).toMatch(/command terminated with exit code 1\n$/);
		const lines = outputOf(transcript, 'kubectl exec client -- curl -m 5 hostnames:22').split('\n');
		expect(`${lines[0]}\n`).toMatch(TIMEOUT('hostnames', 22));
		expect(outputOf(transcript, 'kubectl exec client -- curl -s hostnames:80')).toMatch(POD_NAME);
	});

	test('2. the laptop cannot reach a ClusterIP, but it can reach the NodePort', () => {
		const setup = `${HOSTNAMES}kubectl create service nodeport hostnames --tcp=80:9376 --node-port=30080\n`;
		// Same seed, same cluster: the first run tells the learner which ClusterIP to try.
		const ip = lastOutput(`${setup}kubectl get svc hostnames -o jsonpath={.spec.clusterIP}\n`).trim();
		const {transcript} = run(`${setup}curl -m 10 ${ip}\ncurl -s 172.18.0.3:30080\n`);
		expect(outputOf(transcript, `curl -m 10 ${ip}`)).toMatch(TIMEOUT(ip, 80));
		expect(outputOf(transcript, 'curl -s 172.18.0.3:30080')).toMatch(POD_NAME);
	});

	test('3. DNS resolves although there is no endpoint; curl then fails at once with exit 7', () => {
		const {transcript} = run(`kubectl create service clusterip web --tcp=80\n${CLIENT}kubectl exec client -- nslookup web
kubectl exec client -- curl web
kubectl get endpoints web
kubectl get endpointslices -l kubernetes.io/service-name=web
`);
		expect(outputOf(transcript, 'kubectl exec client -- nslookup web')).toMatch(/Name:\tweb\.default\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n/);
		expect(outputOf(transcript, 'kubectl exec client -- curl web')).toBe(exec(REFUSED('web', 80), 7));
		expect(outputOf(transcript, 'kubectl get endpoints web')).toMatch(/^web\s+<none>\s+\d+s\n$/m);
		expect(outputOf(transcript, 'kubectl get endpointslices -l kubernetes.io/service-name=web')).toMatch(/^web-[a-z0-9]{5}\s+IPv4\s+<unset>\s+<unset>\s+\d+s\n$/m);
	});

	test('4. targetPort defaults to port, not to the container port', () => {
		const {transcript} = run(`${HOSTNAMES}${CLIENT}kubectl expose deployment hostnames --port=80
kubectl get svc hostnames -o jsonpath={.spec.ports[0].targetPort}
kubectl get endpoints hostnames
kubectl exec client -- curl hostnames
`);
		expect(outputOf(transcript, 'kubectl get svc hostnames -o jsonpath={.spec.ports[0].targetPort}')).toBe('80\n');
		expect(outputOf(transcript, 'kubectl get endpoints hostnames')).toMatch(/10\.244\.\d+\.\d+:80,/);
		expect(outputOf(transcript, 'kubectl exec client -- curl hostnames')).toBe(exec(REFUSED('hostnames', 80), 7));
	});

	test('5. numeric targetPorts need no containerPort; a named one needs a matching port name', () => {
		const {transcript} = run(`${HOSTNAMES}${CLIENT}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: numeric
spec:
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: 9376
---
apiVersion: v1
kind: Service
metadata:
  name: named
spec:
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: htpp`)}kubectl get deploy hostnames -o jsonpath={.spec.template.spec.containers[0].ports}
kubectl exec client -- curl -s numeric
kubectl get endpoints named
kubectl exec client -- curl named
`);
		expect(outputOf(transcript, 'kubectl get deploy hostnames -o jsonpath={.spec.template.spec.containers[0].ports}')).toBe('');
		expect(outputOf(transcript, 'kubectl exec client -- curl -s numeric')).toMatch(POD_NAME);
		expect(outputOf(transcript, 'kubectl get endpoints named')).toMatch(/^named\s+<none>\s+\d+s\n$/m);
		expect(outputOf(transcript, 'kubectl exec client -- curl named')).toBe(exec(REFUSED('named', 80), 7));
	});

	test('5b. a named targetPort is resolved per pod: pods without that port name get a port-less slice', () => {
		const {transcript} = run(`kubectl create deployment web --image=nginx --replicas=2\n${applyHere(`apiVersion: v1
kind: Pod
metadata:
  name: named
  labels: {app: web}
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - name: http
      containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: byname
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: http`)}kubectl get pod named -o jsonpath={.status.podIP}
kubectl get endpoints byname
kubectl get endpointslices -l kubernetes.io/service-name=byname
`);
		const ip = outputOf(transcript, 'kubectl get pod named -o jsonpath={.status.podIP}').trim();
		expect(outputOf(transcript, 'kubectl get endpoints byname')).toMatch(new RegExp(`^byname\\s+${ip.replaceAll('.', '\\.')}:80\\s+\\d+s$`, 'm'));
		const slices = outputOf(transcript, 'kubectl get endpointslices -l kubernetes.io/service-name=byname');
		expect(slices).toMatch(new RegExp(`^byname-[a-z0-9]{5}\\s+IPv4\\s+80\\s+${ip.replaceAll('.', '\\.')}\\s+\\d+s$`, 'm'));
		expect(slices).toMatch(/^byname-[a-z0-9]{5}\s+IPv4\s+<unset>\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+\s+\d+s$/m);
	});

	test('6. selectors match Pod labels in the Service\'s namespace, silently', () => {
		const {transcript} = run(`${HOSTNAMES}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: typo
spec:
  selector: {app: hostname}
  ports:
  - port: 80
    targetPort: 9376`)}kubectl create namespace other
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: elsewhere
  namespace: other
spec:
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: 9376`)}kubectl get endpoints typo
kubectl get endpoints elsewhere -n other
`);
		const blocks = outputs(transcript).filter(block => block.command.startsWith('kubectl apply'));
		expect(blocks.map(block => block.output)).toEqual(['service/typo created\n', 'service/elsewhere created\n']);
		expect(outputOf(transcript, 'kubectl get endpoints typo')).toMatch(/^typo\s+<none>\s+\d+s\n$/m);
		expect(outputOf(transcript, 'kubectl get endpoints elsewhere -n other')).toMatch(/^elsewhere\s+<none>\s+\d+s\n$/m);
	});

	test('7. Running is not serving: 0/1 pods are hidden by endpoints, listed by endpointslices', () => {
		const {transcript} = run(`${applyHere(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
        readinessProbe:
          httpGet: {path: /, port: 8080}`)}kubectl expose deployment web --port=80
kubectl get pods
kubectl get endpoints web
kubectl get endpointslices -l kubernetes.io/service-name=web
`);
		const pods = outputOf(transcript, 'kubectl get pods').split('\n').filter(line => line.startsWith('web-'));
		expect(pods).toHaveLength(2);
		for (const line of pods) expect(line).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\s+0\/1\s+Running\s+0\s+\d+s$/);
		expect(outputOf(transcript, 'kubectl get endpoints web')).toMatch(/^web {3,}\d+s\n$/m);
		expect(outputOf(transcript, 'kubectl get endpointslices -l kubernetes.io/service-name=web')).toMatch(/^web-[a-z0-9]{5}\s+IPv4\s+80\s+10\.244\.\d+\.\d+,10\.244\.\d+\.\d+\s+\d+s\n$/m);
	});

	test('8. a NodePort answers on every node, even the control plane, with ETP Cluster', () => {
		const {transcript} = run(`kubectl create deployment hostnames --image=${AGNHOST} --replicas=1 -- /agnhost serve-hostname
kubectl create service nodeport hostnames --tcp=80:9376 --node-port=30080
kubectl get pods -o wide
curl -s 172.18.0.2:30080
curl -s 172.18.0.3:30080
curl -s 172.18.0.4:30080
`);
		expect(outputOf(transcript, 'kubectl get pods -o wide').match(/kind-worker2?\s/g)).toHaveLength(1);
		for (const ip of ['172.18.0.2', '172.18.0.3', '172.18.0.4']) expect(outputOf(transcript, `curl -s ${ip}:30080`)).toMatch(POD_NAME);
	});

	test('9. nodePorts come from 30000-32767, one pool for the whole cluster', () => {
		const {transcript} = run(`kubectl create service nodeport a --tcp=80 --node-port=80
kubectl create service nodeport b --tcp=80 --node-port=30080
kubectl create namespace other
kubectl create service nodeport c --tcp=80 --node-port=30080 -n other
`);
		expect(outputOf(transcript, 'kubectl create service nodeport a --tcp=80 --node-port=80')).toBe('error: failed to create NodePort service: Service "a" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
		expect(outputOf(transcript, 'kubectl create service nodeport b --tcp=80 --node-port=30080')).toBe('service/b created\n');
		expect(outputOf(transcript, 'kubectl create service nodeport c --tcp=80 --node-port=30080 -n other')).toBe('error: failed to create NodePort service: Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
	});

	test('10. <pending> only means no load-balancer controller; ClusterIP and NodePort work', () => {
		const script = `${HOSTNAMES}${CLIENT}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: hostnames
spec:
  type: LoadBalancer
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: 9376
    nodePort: 30080`)}sleep 60
kubectl get svc hostnames
kubectl exec client -- curl -s hostnames
curl -s 172.18.0.4:30080
`;
		const {transcript} = run(script, {cloud: 'none'});
		expect(outputOf(transcript, 'kubectl get svc hostnames')).toMatch(/^hostnames\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+<pending>\s+80:30080\/TCP\s+60s\n$/m);
		expect(outputOf(transcript, 'kubectl exec client -- curl -s hostnames')).toMatch(POD_NAME);
		expect(outputOf(transcript, 'curl -s 172.18.0.4:30080')).toMatch(POD_NAME);
	});

	test('11. a headless Service neither balances nor remaps ports', () => {
		const {transcript} = run(`${HOSTNAMES}${CLIENT}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: headless
spec:
  clusterIP: None
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: 9376`)}kubectl get svc headless
kubectl exec client -- nslookup headless
kubectl exec client -- curl headless
kubectl exec client -- curl -s headless:9376
kubectl scale deployment hostnames --replicas=0
kubectl exec client -- nslookup headless
`);
		expect(outputOf(transcript, 'kubectl get svc headless')).toMatch(/^headless\s+ClusterIP\s+None\s+<none>\s+80\/TCP\s+\d+s\n$/m);
		expect(outputOf(transcript, 'kubectl exec client -- nslookup headless').match(/Address: 10\.244\.\d+\.\d+/g)).toHaveLength(3);
		expect(outputOf(transcript, 'kubectl exec client -- curl headless')).toBe(exec(REFUSED('headless', 80), 7));
		expect(outputOf(transcript, 'kubectl exec client -- curl -s headless:9376')).toMatch(POD_NAME);
		expect(outputOf(transcript, 'kubectl exec client -- nslookup headless', 1)).toMatch(/\*\* server can't find headless(\.default\.svc\.cluster\.local)?: NXDOMAIN\n/);
	});

	test('12. ExternalName is only a CNAME: no port remapping, and an IP-looking name never resolves', () => {
		const {transcript} = run(`${CLIENT}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: ext
spec:
  type: ExternalName
  externalName: example.com
  ports:
  - port: 8080
    targetPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: ipname
spec:
  type: ExternalName
  externalName: 10.0.0.1`)}kubectl get svc
kubectl exec client -- nslookup ext
kubectl exec client -- curl -m 5 ext:8080
kubectl exec client -- curl ipname
`);
		expect(outputOf(transcript, 'kubectl apply -f - <<EOF')).toBe('service/ext created\nservice/ipname created\n');
		expect(outputOf(transcript, 'kubectl get svc')).toMatch(/^ext\s+ExternalName\s+<none>\s+example\.com\s+8080\/TCP\s+\d+s\n/m);
		expect(outputOf(transcript, 'kubectl exec client -- nslookup ext')).toContain('ext.default.svc.cluster.local\tcanonical name = example.com\n');
		const lines = outputOf(transcript, 'kubectl exec client -- curl -m 5 ext:8080').split('\n');
		expect(`${lines[0]}\n`).toMatch(TIMEOUT('ext', 8080));
		expect(outputOf(transcript, 'kubectl exec client -- curl ipname')).toBe(exec(UNRESOLVED('ipname'), 6));
	});

	test('13. short names only work in the same namespace; nodes and the laptop resolve none', () => {
		const {transcript} = run(`kubectl create namespace prod
kubectl create deployment web -n prod --image=${AGNHOST} -- /agnhost serve-hostname
kubectl create service clusterip web -n prod --tcp=80:9376
${CLIENT}kubectl exec client -- curl web
kubectl exec client -- curl -s web.prod
ssh kind-worker
curl web.prod.svc.cluster.local
exit
curl web.prod
`);
		expect(outputOf(transcript, 'kubectl exec client -- curl web')).toBe(exec(UNRESOLVED('web'), 6));
		expect(outputOf(transcript, 'kubectl exec client -- curl -s web.prod')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
		expect(outputOf(transcript, 'curl web.prod.svc.cluster.local')).toBe(UNRESOLVED('web.prod.svc.cluster.local'));
		expect(outputOf(transcript, 'curl web.prod')).toBe(UNRESOLVED('web.prod'));
	});

	test('14. Services pick at random (not round-robin); stickiness needs sessionAffinity ClientIP', () => {
		const script = (affinity: string) => `${HOSTNAMES}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: hostnames
spec:
  sessionAffinity: ${affinity}
  selector: {app: hostnames}
  ports:
  - port: 80
    targetPort: 9376`)}${CLIENT}${'kubectl exec client -- curl -s hostnames\n'.repeat(24)}`;
		const answers = (affinity: string) => outputs(run(script(affinity)).transcript).filter(block => block.command.startsWith('kubectl exec')).map(block => block.output);
		const random = answers('None');
		expect(new Set(random).size).toBe(3);
		const roundRobin = random.every((answer, index) => index < 3 || answer === random[index - 3]);
		expect(roundRobin).toBe(false);
		expect(new Set(answers('ClientIP')).size).toBe(1);
	});

	test('15. clusterIP is immutable, must be in the service CIDR and free; multi-port Services name every port', () => {
		const svc = (ip: string, name = 'web') => applyHere(`apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  clusterIP: ${ip}
  ports:
  - port: 80`);
		const {transcript} = run(`${svc('10.96.100.100')}${svc('10.96.200.200')}${svc('192.168.1.10', 'other')}${svc('10.96.0.10', 'dns')}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: multi
spec:
  ports:
  - port: 80
  - port: 443`)}`);
		expect(outputs(transcript).map(block => block.output)).toEqual([
			'service/web created\n',
			'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.200.200"]: may not change once set\n',
			'The Service "other" is invalid: spec.clusterIPs: Invalid value: ["192.168.1.10"]: failed to allocate IP 192.168.1.10: the provided network does not match the current range\n',
			'The Service "dns" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.10"]: failed to allocate IP 10.96.0.10: provided IP is already allocated\n',
			'The Service "multi" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value\n',
		]);
	});
});
