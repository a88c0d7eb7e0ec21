/**
 * The checks that send traffic: they go through the simulated network exactly as the learner's
 * curl and nslookup do, and explain failures with what the network decided.
 */
import {describe, expect, test} from 'vitest';
import type {Cluster} from '../../../src/core/cluster/cluster.js';
import {createCluster} from '../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../src/core/cluster/kube-object.js';
import {runScript} from '../../../src/core/cluster/shell/batch.js';
import {createShell} from '../../../src/core/cluster/shell/shell.js';
import {runCheck} from '../../../src/core/lessons/check-task.js';
import {runCommands} from '../../../src/core/lessons/task-sandbox.js';
import type {TaskCheck} from '../../../src/core/lessons/task.js';

const noFiles = () => undefined;

const CLIENT = `kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: client
spec:
  containers:
    - name: client
      image: nicolaka/netshoot
      command: ["sleep", "infinity"]
EOF
`;

function sandbox(script: string, cloud: 'kind' | 'none' = 'kind'): Cluster {
	const cluster = createCluster({seed: 3, cloud});
	const ran = runCommands(createShell({cluster, readFile: noFiles}), script);
	if (ran.exitCode !== 0) throw new Error(ran.output);
	return cluster;
}

function clusterIP(cluster: Cluster, name: string): string {
	const service = cluster.store.peek<KubeObject & {spec: {clusterIP: string}}>('Service', 'default', name);
	return service?.spec.clusterIP ?? '';
}

const reach = (fields: Partial<Extract<TaskCheck, {kind: 'reach'}>>): TaskCheck => ({
	kind: 'reach',
	from: {kind: 'laptop'},
	url: 'http://172.18.0.3:30080/',
	namespace: 'default',
	service: 'web',
	...fields,
});
const fromClient = {kind: 'pod', namespace: 'default', pod: 'client'} as const;

describe('reach check', () => {
	test('a curl from the laptop reaches a pod of web through a NodePort on any node', () => {
		const cluster = sandbox('kubectl create deployment web --image=nginx --replicas=2\nkubectl create service nodeport web --tcp=80:80 --node-port=30080\n');
		expect(runCheck(cluster, reach({}))).toEqual({label: 'curl from your laptop to http://172.18.0.3:30080/ reaches a pod of web', passed: true});
		expect(runCheck(cluster, reach({url: 'http://172.18.0.2:30080/'})).passed).toBe(true);
	});

	test('a selector typo: refused, and the reason is the selector that matches nothing', () => {
		const cluster = sandbox('kubectl create deployment web --image=nginx\nkubectl create service nodeport wbe --tcp=80:80 --node-port=30080\n');
		expect(runCheck(cluster, reach({service: 'wbe'})).why).toBe(
			'curl from your laptop to 172.18.0.3:30080 was refused: Service wbe has no endpoints: its selector app=wbe matches no pods',
		);
	});

	test('a ClusterIP from the laptop times out, with where the packet was lost', () => {
		const cluster = sandbox('kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80\n');
		const ip = clusterIP(cluster, 'web');
		expect(runCheck(cluster, reach({url: `http://${ip}/`})).why).toBe(
			`curl from your laptop to ${ip}:80 timed out: laptop: ${ip} is in the service network 10.96.0.0/12, which exists only in the nodes' iptables rules: the laptop has no route there, so the packet is lost (use a NodePort or LoadBalancer from outside)`,
		);
		expect(runCheck(cluster, reach({url: 'http://{clusterIP:web}/'})).passed).toBe(false);
	});

	test('the laptop cannot resolve Service names; a pod can', () => {
		const cluster = sandbox(`kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80\n${CLIENT}`);
		expect(runCheck(cluster, reach({url: 'http://web/'})).why).toBe(
			"curl from your laptop could not resolve web: your laptop does not use the cluster's DNS; only pods resolve Service names",
		);
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://web/'}))).toEqual({label: 'curl from pod client to http://web/ reaches a pod of web', passed: true});
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://web.default.svc.cluster.local/'})).passed).toBe(true);
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://shop/', service: 'shop'})).why).toBe(
			'curl from pod client could not resolve shop: There is no Service shop in namespace default',
		);
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://web.shop/'})).why).toBe(
			'curl from pod client could not resolve web.shop: There is no Service web in namespace shop (there is one in namespace default; add -n shop or fix the namespace)',
		);
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://nothing.example.org/', service: undefined})).why).toBe(
			'curl from pod client could not resolve nothing.example.org: the name nothing.example.org has no DNS records',
		);
	});

	test('a targetPort nobody listens on is refused by the pod', () => {
		const cluster = sandbox(`kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80 --target-port=8080\n${CLIENT}`);
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://web/'})).why).toMatch(
			/^curl from pod client to web:80 was refused: pod default\/web-[a-z0-9]+-[a-z0-9]+: nothing listens on 10\.244\.\d+\.\d+:8080 in the pod/,
		);
	});

	test('an answer from a pod the Service does not select does not count', () => {
		const cluster = sandbox(
			'kubectl create deployment web --image=nginx\nkubectl create deployment api --image=nginx\nkubectl expose deployment api --port=80\nkubectl create service nodeport web --tcp=80:80 --node-port=30080\n',
		);
		expect(runCheck(cluster, reach({service: 'api'})).why).toMatch(
			/^curl from your laptop to http:\/\/172\.18\.0\.3:30080\/ was answered by pod web-[a-z0-9]+-[a-z0-9]+ \(namespace default\), but Service api selects app=api in namespace default$/,
		);
	});

	test('externalTrafficPolicy Local: a node without a local pod drops outside traffic', () => {
		const cluster = sandbox(
			`kubectl create deployment web --image=nginx\nkubectl create service nodeport web --tcp=80:80 --node-port=30080\nkubectl patch service web -p '{"spec":{"externalTrafficPolicy":"Local"}}'\n`,
		);
		expect(runCheck(cluster, reach({url: 'http://172.18.0.2:30080/'})).why).toMatch(/^curl from your laptop to 172\.18\.0\.2:30080 timed out: /);
	});

	test('a LoadBalancer address placeholder waits for the cloud, and names the pending state', () => {
		const script = 'kubectl create deployment shop --image=nginx\nkubectl expose deployment shop --type=LoadBalancer --port=80\nsleep 2\n';
		const none = sandbox(script, 'none');
		expect(runCheck(none, reach({url: 'http://{lbIP:shop}/', service: 'shop'})).why).toBe(
			'Service shop shows EXTERNAL-IP <pending>: no load balancer address has been assigned yet',
		);
		expect(runCheck(none, reach({url: 'http://172.18.0.4:{nodePort:shop}/', service: 'shop'})).passed).toBe(true);
		const kind = sandbox(script);
		expect(runCheck(kind, reach({url: 'http://{lbIP:shop}/', service: 'shop'}))).toEqual({label: 'curl from your laptop to http://<EXTERNAL-IP of shop>/ reaches a pod of shop', passed: true});
	});

	test('via: how the request travelled, not only that it arrived', () => {
		const cluster = sandbox(`kubectl create deployment web --image=nginx\nkubectl expose deployment web --type=LoadBalancer --port=80\nsleep 2\n${CLIENT}`);
		expect(runCheck(cluster, reach({url: 'http://172.18.0.3:{nodePort:web}/', via: 'NodePort'}))).toEqual({
			label: 'curl from your laptop to http://172.18.0.3:<nodePort of web>/ reaches a pod of web through a NodePort',
			passed: true,
		});
		expect(runCheck(cluster, reach({url: 'http://{lbIP:web}/', via: 'NodePort'})).why).toBe(
			'curl from your laptop to http://172.18.255.200/ was answered, but it travelled through a LoadBalancer IP, not a NodePort',
		);
		const podIP = cluster.store.view<KubeObject & {status: {podIP: string}}>('Pod', 'default').find(pod => pod.metadata.name.startsWith('web-'))?.status.podIP;
		expect(runCheck(cluster, reach({from: fromClient, url: `http://${podIP}/`, via: 'ClusterIP'})).why).toBe(
			`curl from pod client to http://${podIP}/ was answered, but it travelled straight to its address, without a Service, not its ClusterIP`,
		);
	});

	test('a request from a pod that does not exist', () => {
		const cluster = sandbox('kubectl create deployment web --image=nginx\n');
		expect(runCheck(cluster, reach({from: fromClient, url: 'http://web/'})).why).toBe('There is no pod client in namespace default to run the request from');
	});

	test('checking never changes what the learner sees next', () => {
		const lines = [
			'kubectl create deployment web --image=nginx --replicas=3',
			'kubectl create service nodeport web --tcp=80:80 --node-port=30080',
			'curl -s http://172.18.0.3:30080/',
			'curl -s http://172.18.0.3:30080/',
			'kubectl get pods',
		];
		const plain = runScript(lines.join('\n') + '\n', {seed: 5, readFile: noFiles}).transcript;
		const cluster = createCluster({seed: 5});
		const shell = createShell({cluster, readFile: noFiles});
		let checked = '';
		for (const line of lines) {
			checked += runCommands(shell, line).output;
			runCheck(cluster, reach({}));
			runCheck(cluster, {kind: 'dns', from: {kind: 'laptop'}, name: 'web', service: 'web', namespace: 'default', expect: 'service-ip'});
		}
		expect(checked).toBe(plain);
	});
});

describe('dns check', () => {
	const dns = (fields: Partial<Extract<TaskCheck, {kind: 'dns'}>>): TaskCheck => ({
		kind: 'dns',
		from: fromClient,
		name: 'web',
		service: 'web',
		namespace: 'default',
		expect: 'service-ip',
		...fields,
	});

	test('a Service name resolves to its ClusterIP from a pod, not from the laptop', () => {
		const cluster = sandbox(`kubectl create deployment web --image=nginx\nkubectl expose deployment web --port=80\n${CLIENT}`);
		expect(runCheck(cluster, dns({}))).toEqual({label: "web resolves from pod client to the Service's ClusterIP", passed: true});
		expect(runCheck(cluster, dns({from: {kind: 'laptop'}})).why).toBe(
			"web from your laptop does not resolve: your laptop does not use the cluster's DNS; only pods resolve Service names",
		);
		const ip = clusterIP(cluster, 'web');
		expect(runCheck(cluster, dns({expect: 'pod-ips'})).why).toBe(`web from pod client resolves to ${ip}, the ClusterIP of Service web: it is not headless (clusterIP: None)`);
		expect(runCheck(cluster, dns({expect: 'cname'})).why).toBe(`web from pod client resolves to ${ip}, not a CNAME: Service web is ClusterIP, not ExternalName`);
	});

	test('a headless Service resolves to its ready pods, and to nothing without them', () => {
		const cluster = sandbox(`kubectl create deployment web --image=nginx --replicas=2\nkubectl expose deployment web --name=peers --cluster-ip=None --port=80\n${CLIENT}`);
		const check = dns({name: 'peers', service: 'peers', expect: 'pod-ips'});
		expect(runCheck(cluster, check).passed).toBe(true);
		runCommands(createShell({cluster, readFile: noFiles}), 'kubectl scale deployment web --replicas=0\n');
		expect(runCheck(cluster, check).why).toBe('peers from pod client does not resolve: Service peers has no endpoints: its selector app=web matches no pods');
	});

	test('an ExternalName answers with a CNAME', () => {
		const cluster = sandbox(`kubectl create service externalname db --external-name db.example.com\n${CLIENT}`);
		expect(runCheck(cluster, dns({name: 'db', service: 'db', expect: 'cname'}))).toEqual({
			label: "db resolves from pod client to a CNAME to the Service's external name",
			passed: true,
		});
	});
});
