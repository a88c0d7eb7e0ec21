/**
 * The Service failure truth table (docs/simulation.md, "Network"): what a request does, per Service state and per vantage point
 * (laptop, a node via ssh, `kubectl exec`, a throwaway `kubectl run --rm -it` pod).
 */
import {describe, expect, test} from 'vitest';
import {applyHere, outputOf, outputs, REFUSED, run, TIMEOUT, UNRESOLVED} from './script.js';

const HOSTNAMES = 'kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=3 -- /agnhost serve-hostname\n';
const NODEPORT_SVC = 'kubectl create service nodeport hostnames --tcp=80:9376 --node-port=30080\n';
const CLIENT = 'kubectl run client --image=curlimages/curl -- sleep 1d\n';
const POD_NAME = /^hostnames-[a-z0-9]{8,10}-[a-z0-9]{5}\n$/;

/** Services that each have zero usable endpoints, one per reason in §7's first row. */
const NO_ENDPOINTS = `${HOSTNAMES}${CLIENT}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: nomatch
spec:
  type: NodePort
  selector:
    app: hostname
  ports:
  - port: 80
    targetPort: 9376
    nodePort: 30081
---
apiVersion: v1
kind: Service
metadata:
  name: badname
spec:
  selector:
    app: hostnames
  ports:
  - port: 80
    targetPort: http
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: unready
spec:
  replicas: 2
  selector:
    matchLabels: {app: unready}
  template:
    metadata:
      labels: {app: unready}
    spec:
      containers:
      - name: web
        image: nginx
        readinessProbe:
          httpGet: {path: /healthz, port: 8080}
---
apiVersion: v1
kind: Service
metadata:
  name: unready
spec:
  selector:
    app: unready
  ports:
  - port: 80`)}kubectl create deployment zero --image=nginx --replicas=0
kubectl expose deployment zero --port=80 --type=LoadBalancer
sleep 2
`;

describe('§7 row 1: zero usable endpoints ⇒ REJECT ⇒ curl exit 7 at once', () => {
	const {transcript} = run(`${NO_ENDPOINTS}kubectl get endpoints
kubectl exec client -- curl nomatch
kubectl exec client -- curl badname
kubectl exec client -- curl unready
kubectl exec client -- curl zero
curl 172.18.0.3:30081
curl 172.18.255.200
ssh kind-worker
curl 127.0.0.1:30081
exit
`);

	test('get endpoints shows why: no match, unresolved name and scaled to 0 are <none>; not-ready pods leave an empty cell', () => {
		const table = outputOf(transcript, 'kubectl get endpoints');
		expect(table).toMatch(/^badname\s+<none>\s+\d+s$/m);
		expect(table).toMatch(/^nomatch\s+<none>\s+\d+s$/m);
		expect(table).toMatch(/^zero\s+<none>\s+\d+s$/m);
		expect(table).toMatch(/^unready {3,}\d+s$/m);
	});

	test.each([
		['kubectl exec client -- curl nomatch', 'nomatch'],
		['kubectl exec client -- curl badname', 'badname'],
		['kubectl exec client -- curl unready', 'unready'],
		['kubectl exec client -- curl zero', 'zero'],
	])('from a pod, via the ClusterIP: %s', (command, host) => {
		expect(outputOf(transcript, command)).toBe(`${REFUSED(host, 80)}command terminated with exit code 7\n`);
	});

	test('from the laptop, via a NodePort and via the LoadBalancer IP', () => {
		expect(outputOf(transcript, 'curl 172.18.0.3:30081')).toBe(REFUSED('172.18.0.3', 30081));
		expect(outputOf(transcript, 'curl 172.18.255.200')).toBe(REFUSED('172.18.255.200', 80));
	});

	test('from a node, via 127.0.0.1:nodePort', () => {
		expect(outputOf(transcript, 'curl 127.0.0.1:30081')).toBe(REFUSED('127.0.0.1', 30081));
	});
});

describe('§7 row 2: an endpoint exists but nothing listens on targetPort ⇒ RST ⇒ exit 7', () => {
	const {transcript} = run(`${HOSTNAMES}${CLIENT}kubectl expose deployment hostnames --port=80
kubectl get endpoints hostnames
kubectl exec client -- curl hostnames
kubectl exec client -- curl -s hostnames
`);

	test('the endpoints use port 80 (targetPort defaults to port) and curl is refused', () => {
		expect(outputOf(transcript, 'kubectl get endpoints hostnames')).toMatch(/^hostnames\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\s+\d+s$/m);
		expect(outputOf(transcript, 'kubectl exec client -- curl hostnames')).toBe(`${REFUSED('hostnames', 80)}command terminated with exit code 7\n`);
		expect(outputOf(transcript, 'kubectl exec client -- curl -s hostnames')).toBe('command terminated with exit code 7\n');
	});
});

describe('§7 rows 3 and 4: traffic policies Local drop what has no local endpoint', () => {
	const {transcript} = run(`kubectl create deployment web --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=1 -- /agnhost serve-hostname
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 9376
    nodePort: 30080
---
apiVersion: v1
kind: Service
metadata:
  name: itp
spec:
  internalTrafficPolicy: Local
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 9376`)}kubectl get pods -l app=web -o jsonpath={.items[0].spec.nodeName}
${applyHere(`apiVersion: v1
kind: Pod
metadata:
  name: near
spec:
  nodeName: kind-worker
  containers:
  - name: curl
    image: curlimages/curl
    command: [sleep, 1d]
---
apiVersion: v1
kind: Pod
metadata:
  name: far
spec:
  nodeName: kind-worker2
  containers:
  - name: curl
    image: curlimages/curl
    command: [sleep, 1d]`)}curl -s 172.18.0.3:30080
curl -m 5 172.18.0.4:30080
curl -m 5 172.18.0.2:30080
kubectl exec far -- curl -s 172.18.0.4:30080
ssh kind-control-plane
curl -s 172.18.0.2:30080
exit
kubectl exec near -- curl -s itp
kubectl exec far -- curl -m 5 itp
kubectl exec far -- curl -s web
`);

	test('the only pod runs on kind-worker (so the rest of the table holds)', () => {
		expect(outputOf(transcript, 'kubectl get pods -l app=web -o jsonpath={.items[0].spec.nodeName}')).toBe('kind-worker\n');
	});

	test('ETP Local from outside: the node with the pod answers, the others drop (exit 28)', () => {
		expect(outputOf(transcript, 'curl -s 172.18.0.3:30080')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
		expect(outputOf(transcript, 'curl -m 5 172.18.0.4:30080')).toMatch(TIMEOUT('172.18.0.4', 30080));
		expect(outputOf(transcript, 'curl -m 5 172.18.0.2:30080')).toMatch(TIMEOUT('172.18.0.2', 30080));
	});

	test('ETP Local from inside (a pod, a node): every node forwards', () => {
		expect(outputOf(transcript, 'kubectl exec far -- curl -s 172.18.0.4:30080')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
		expect(outputOf(transcript, 'curl -s 172.18.0.2:30080')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
	});

	test('ITP Local: a client on the pod\'s node succeeds, one on another node times out', () => {
		expect(outputOf(transcript, 'kubectl exec near -- curl -s itp')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
		const far = outputOf(transcript, 'kubectl exec far -- curl -m 5 itp').split('\n');
		expect(`${far[0]}\n`).toMatch(TIMEOUT('itp', 80));
		expect(far[1]).toBe('command terminated with exit code 28');
		expect(outputOf(transcript, 'kubectl exec far -- curl -s web')).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\n$/);
	});
});

describe('§7 rows 5-8: outside the cluster, unlisted ports, names, ping', () => {
	const {transcript} = run(`${HOSTNAMES}${NODEPORT_SVC}${CLIENT}kubectl get svc hostnames -o jsonpath={.spec.clusterIP}
kubectl get pods -l app=hostnames -o jsonpath={.items[0].status.podIP}
curl -m 5 10.96.0.1:443
curl -m 5 10.244.1.2:9376
kubectl exec client -- curl -m 5 hostnames:81
curl hostnames
curl hostnames.default.svc.cluster.local
ssh kind-worker
curl hostnames
exit
kubectl exec client -- curl hostnames.dev
kubectl exec client -- ping -c 3 10.96.0.10
ping -c 3 10.96.0.1
`);

	test('the ClusterIP and a pod IP from the laptop time out', () => {
		expect(outputOf(transcript, 'curl -m 5 10.96.0.1:443')).toMatch(TIMEOUT('10.96.0.1', 443));
		expect(outputOf(transcript, 'curl -m 5 10.244.1.2:9376')).toMatch(TIMEOUT('10.244.1.2', 9376));
	});

	test('a port the Service does not define is blackholed (exit 28)', () => {
		const lines = outputOf(transcript, 'kubectl exec client -- curl -m 5 hostnames:81').split('\n');
		expect(`${lines[0]}\n`).toMatch(TIMEOUT('hostnames', 81));
		expect(lines[1]).toBe('command terminated with exit code 28');
	});

	test('cluster names do not resolve on the laptop, on a node, or in the wrong namespace', () => {
		expect(outputOf(transcript, 'curl hostnames')).toBe(UNRESOLVED('hostnames'));
		expect(outputOf(transcript, 'curl hostnames.default.svc.cluster.local')).toBe(UNRESOLVED('hostnames.default.svc.cluster.local'));
		expect(outputOf(transcript, 'curl hostnames', 1)).toBe(UNRESOLVED('hostnames'));
		expect(outputOf(transcript, 'kubectl exec client -- curl hostnames.dev')).toBe(`${UNRESOLVED('hostnames.dev')}command terminated with exit code 6\n`);
	});

	test('ping of a ClusterIP loses every packet, from a pod and from the laptop', () => {
		expect(outputOf(transcript, 'kubectl exec client -- ping -c 3 10.96.0.10')).toContain('3 packets transmitted, 0 packets received, 100% packet loss\n');
		expect(outputOf(transcript, 'ping -c 3 10.96.0.1')).toContain('100% packet loss');
	});
});

describe('§7 success paths', () => {
	const {transcript} = run(`${HOSTNAMES}${NODEPORT_SVC}${CLIENT}kubectl exec client -- curl -s hostnames
kubectl exec client -- curl -s hostnames.default.svc.cluster.local:80
curl -s 172.18.0.2:30080
curl -s 172.18.0.3:30080
curl -s 172.18.0.4:30080
ssh kind-worker2
curl -s 127.0.0.1:30080
exit
kubectl run tmp --rm -it --image=curlimages/curl -- sh
curl -s hostnames
curl -s 172.18.0.2:30080
exit
kubectl create deployment lb --image=nginx
kubectl expose deployment lb --port=80 --type=LoadBalancer
kubectl get svc lb
curl -m 5 172.18.255.200
sleep 2
kubectl get svc lb
curl -s 172.18.255.200
`);

	test.each([
		'kubectl exec client -- curl -s hostnames',
		'kubectl exec client -- curl -s hostnames.default.svc.cluster.local:80',
		'curl -s 172.18.0.2:30080',
		'curl -s 172.18.0.3:30080',
		'curl -s 172.18.0.4:30080',
		'curl -s 127.0.0.1:30080',
		'curl -s hostnames',
	])('%s answers with a backend pod\'s name', command => {
		expect(outputOf(transcript, command)).toMatch(POD_NAME);
	});

	test('a throwaway pod reaches the NodePort of the control-plane node too', () => {
		expect(outputs(transcript).filter(block => block.command === 'curl -s 172.18.0.2:30080').map(block => block.output)).toEqual([expect.stringMatching(POD_NAME), expect.stringMatching(POD_NAME)]);
	});

	test('the LoadBalancer IP appears after `sleep 2` and then serves from the laptop', () => {
		expect(outputOf(transcript, 'kubectl get svc lb')).toMatch(/^lb\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+<pending>\s+80:3\d{4}\/TCP\s+0s\n$/m);
		// Nobody owns the address yet: ARP fails and the laptop's kernel reports the host unreachable.
		expect(outputOf(transcript, 'curl -m 5 172.18.255.200')).toMatch(/^curl: \(7\) Failed to connect to 172\.18\.255\.200 port 80 after \d+ ms: Couldn't connect to server\n$/);
		expect(outputOf(transcript, 'kubectl get svc lb', 1)).toMatch(/^lb\s+LoadBalancer\s+10\.\d+\.\d+\.\d+\s+172\.18\.255\.200\s+80:3\d{4}\/TCP\s+\d+s\n$/m);
		expect(outputOf(transcript, 'curl -s 172.18.255.200')).toContain('<title>Welcome to nginx!</title>');
	});

	test('the ClusterIP spreads connections over all three pods', () => {
		const script = `${HOSTNAMES}kubectl expose deployment hostnames --port=80 --target-port=9376\n${CLIENT}${'kubectl exec client -- curl -s hostnames\n'.repeat(30)}`;
		const names = new Set(outputs(run(script).transcript).filter(block => block.command.startsWith('kubectl exec')).map(block => block.output));
		expect(names.size).toBe(3);
	});
});

describe('§7 session affinity ClientIP', () => {
	const affinity = `${HOSTNAMES}${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: sticky
spec:
  sessionAffinity: ClientIP
  selector:
    app: hostnames
  ports:
  - port: 80
    targetPort: 9376`)}kubectl run a --image=curlimages/curl -- sleep 1d
kubectl run b --image=curlimages/curl -- sleep 1d
kubectl get svc sticky -o jsonpath={.spec.sessionAffinityConfig.clientIP.timeoutSeconds}
${'kubectl exec a -- curl -s sticky\n'.repeat(10)}${'kubectl exec b -- curl -s sticky\n'.repeat(10)}`;

	test('the default timeout is 10800 s and one client always reaches the same pod', () => {
		const {transcript} = run(affinity);
		expect(outputOf(transcript, 'kubectl get svc sticky -o jsonpath={.spec.sessionAffinityConfig.clientIP.timeoutSeconds}')).toBe('10800\n');
		for (const client of ['a', 'b']) {
			const answers = outputs(transcript).filter(block => block.command === `kubectl exec ${client} -- curl -s sticky`).map(block => block.output);
			expect(answers).toHaveLength(10);
			expect(answers[0]).toMatch(POD_NAME);
			expect(new Set(answers).size).toBe(1);
		}
	});

	test('without affinity the same client lands on several pods', () => {
		const {transcript} = run(affinity.replace('  sessionAffinity: ClientIP\n', ''));
		const answers = outputs(transcript).filter(block => block.command === 'kubectl exec a -- curl -s sticky').map(block => block.output);
		expect(new Set(answers).size).toBeGreaterThan(1);
	});

	test('when the sticky pod goes away a new one is chosen', () => {
		const {transcript} = run(affinity);
		const first = outputOf(transcript, 'kubectl exec a -- curl -s sticky').trim();
		const again = run(`${affinity}kubectl delete pod ${first}\nkubectl exec a -- curl -s sticky\n`).transcript;
		const blocks = outputs(again);
		expect(blocks[blocks.length - 2].output).toBe(`pod "${first}" deleted from default namespace\n`);
		const after = blocks[blocks.length - 1].output;
		expect(after).toMatch(POD_NAME);
		expect(after.trim()).not.toBe(first);
	});
});

describe('§7 source IP seen by the backend', () => {
	const {transcript} = run(`kubectl create deployment echo --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -- /agnhost netexec --http-port=8080
${applyHere(`apiVersion: v1
kind: Service
metadata:
  name: cluster
spec:
  type: NodePort
  selector: {app: echo}
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30080
---
apiVersion: v1
kind: Service
metadata:
  name: local
spec:
  type: NodePort
  externalTrafficPolicy: Local
  selector: {app: echo}
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 30081`)}kubectl get pods -l app=echo -o jsonpath={.items[0].spec.nodeName}
curl -s 172.18.0.4:30080/clientip
curl -s 172.18.0.3:30081/clientip
${CLIENT}kubectl get pod client -o jsonpath={.status.podIP}
kubectl exec client -- curl -s cluster/clientip
`);

	test('ETP Cluster: SNAT to the node the laptop reached; ETP Local: the laptop\'s own address; pod to ClusterIP: the pod IP', () => {
		expect(outputOf(transcript, 'kubectl get pods -l app=echo -o jsonpath={.items[0].spec.nodeName}')).toBe('kind-worker\n');
		expect(outputOf(transcript, 'curl -s 172.18.0.4:30080/clientip')).toMatch(/^172\.18\.0\.4:\d+\n$/);
		expect(outputOf(transcript, 'curl -s 172.18.0.3:30081/clientip')).toMatch(/^172\.18\.0\.1:\d+\n$/);
		const podIP = outputOf(transcript, 'kubectl get pod client -o jsonpath={.status.podIP}').trim();
		expect(outputOf(transcript, 'kubectl exec client -- curl -s cluster/clientip')).toMatch(new RegExp(`^${podIP.replaceAll('.', '\\.')}:\\d+\\n$`));
	});
});

describe('§7 vantage points: a node and a throwaway pod', () => {
	const setup = `${HOSTNAMES}${NODEPORT_SVC}kubectl create service loadbalancer empty --tcp=80:80
sleep 2
kubectl get svc hostnames -o jsonpath={.spec.clusterIP}
kubectl get pods -l app=hostnames -o jsonpath={.items[0].status.podIP}
`;
	const first = run(setup).transcript;
	const clusterIP = outputOf(first, 'kubectl get svc hostnames -o jsonpath={.spec.clusterIP}').trim();
	const podIP = outputOf(first, 'kubectl get pods -l app=hostnames -o jsonpath={.items[0].status.podIP}').trim();
	const {transcript} = run(`${setup}ssh kind-worker
curl -s ${clusterIP}
curl -s ${podIP}:9376
curl -s 127.0.0.1:30080
curl 172.18.255.200
nslookup hostnames
exit
kubectl run tmp --rm -it --image=curlimages/curl -- sh
curl empty
curl -s ${clusterIP}
curl -s ${podIP}:9376
curl -s localhost:80
exit
`);

	test('a node reaches the ClusterIP, pod IPs and 127.0.0.1:nodePort, but does not resolve Service names', () => {
		expect(outputOf(transcript, `curl -s ${clusterIP}`)).toMatch(POD_NAME);
		expect(outputOf(transcript, `curl -s ${podIP}:9376`)).toMatch(POD_NAME);
		expect(outputOf(transcript, 'curl -s 127.0.0.1:30080')).toMatch(POD_NAME);
		expect(outputOf(transcript, 'nslookup hostnames')).toMatch(/\*\* server can't find hostnames: NXDOMAIN\n/);
	});

	test('a node reaching a LoadBalancer IP without endpoints is refused', () => {
		expect(outputOf(transcript, 'curl 172.18.255.200')).toBe(REFUSED('172.18.255.200', 80));
	});

	test('a throwaway pod: ClusterIP and pod IP answer, no endpoints is refused, localhost is its own', () => {
		expect(outputOf(transcript, 'curl empty')).toBe(REFUSED('empty', 80));
		expect(outputOf(transcript, `curl -s ${clusterIP}`, 1)).toMatch(POD_NAME);
		expect(outputOf(transcript, `curl -s ${podIP}:9376`, 1)).toMatch(POD_NAME);
		expect(outputOf(transcript, 'curl -s localhost:80')).toBe('');
		expect(outputOf(transcript, 'exit', 1)).toBe("Session ended, resume using 'kubectl attach tmp -c tmp -i -t' command when the pod is running\npod \"tmp\" deleted from default namespace\n");
	});
});

describe('§7 curl 8 texts', () => {
	const {transcript} = run(`kubectl create service clusterip web --tcp=80\n${CLIENT}kubectl exec client -- curl -v web
kubectl exec client -- curl -sS -m 2 web:81
kubectl exec client -- curl --connect-timeout 3 web:81
`);

	test('-v shows the refused connect before the error line', () => {
		const out = outputOf(transcript, 'kubectl exec client -- curl -v web');
		expect(out).toMatch(/^\* Host web:80 was resolved\.\n/);
		expect(out).toMatch(/\* connect to 10\.\d+\.\d+\.\d+ port 80 failed: Connection refused\n/);
		expect(out).toMatch(/curl: \(7\) Failed to connect to web port 80 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n$/);
	});

	test('-m and --connect-timeout end a dropped connection after about N seconds with exit 28', () => {
		expect(outputOf(transcript, 'kubectl exec client -- curl -sS -m 2 web:81')).toMatch(/^curl: \(28\) Failed to connect to web port 81 after 20\d\d ms: Timeout was reached\ncommand terminated with exit code 28\n$/);
		expect(outputOf(transcript, 'kubectl exec client -- curl --connect-timeout 3 web:81')).toMatch(/^curl: \(28\) Failed to connect to web port 81 after 30\d\d ms: Timeout was reached\ncommand terminated with exit code 28\n$/);
	});
});
