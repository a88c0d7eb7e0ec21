import {describe, expect, test} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

/** Each classic misconception about Services (docs/simulation.md) shown by a batch script, as a lesson would. */
const SETUP = `kubectl create deployment hostnames --image=registry.k8s.io/e2e-test-images/agnhost:2.39 --replicas=3 --port=9376 -- /agnhost serve-hostname
kubectl expose deployment hostnames --port=80 --target-port=9376
kubectl run client --image=curlimages/curl -- sleep 3600
sleep 2
`;

function transcript(script: string, cloud?: 'none'): string {
	return runScript(SETUP + script, {seed: 11, cloud, readFile: () => undefined}).transcript;
}

describe('the misconceptions, demonstrated in batch mode', () => {
	test('1. a ClusterIP is not a machine you can ping; unlisted ports time out', () => {
		const text = transcript('kubectl exec client -- ping -c 3 hostnames\nkubectl exec client -- curl -sS -m 5 http://hostnames:81\n');
		expect(text).toContain('3 packets transmitted, 0 packets received, 100% packet loss\n');
		expect(text).toMatch(/curl: \(28\) Failed to connect to hostnames port 81 after \d+ ms: Timeout was reached\ncommand terminated with exit code 28\n/);
	});

	test('2. the ClusterIP is not reachable from the laptop', () => {
		const text = transcript('curl -sS -m 3 http://10.96.0.1:443\n');
		expect(text).toMatch(/curl: \(28\) Failed to connect to 10\.96\.0\.1 port 443 after \d+ ms: Timeout was reached\n/);
	});

	test('3. DNS resolves a Service without endpoints; curl is refused at once', () => {
		const text = transcript('kubectl create service clusterip empty --tcp=80\nkubectl exec client -- nslookup empty\nkubectl exec client -- curl -sS http://empty\n');
		expect(text).toMatch(/Name:\tempty\.default\.svc\.cluster\.local\nAddress: 10\.\d+\.\d+\.\d+\n/);
		expect(text).toContain("curl: (7) Failed to connect to empty port 80 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n");
	});

	test('4. targetPort defaults to port, not to the containerPort', () => {
		const text = transcript('kubectl expose deployment hostnames --name=wrong --port=80\nkubectl get endpoints wrong\nkubectl exec client -- curl -sS http://wrong\n');
		expect(text).toMatch(/wrong\s+10\.244\.\d+\.\d+:80,/);
		expect(text).toContain("curl: (7) Failed to connect to wrong port 80 after 0 ms: Couldn't connect to server\n");
	});

	test('6. selectors match pod labels; a typo gives no endpoints and no error', () => {
		const text = transcript('kubectl create service clusterip typo --tcp=80:9376\nkubectl patch svc typo -p \'{"spec":{"selector":{"app":"hostname"}}}\'\nkubectl get endpoints typo\n');
		expect(text).toContain('service/typo patched\n');
		expect(text).toMatch(/\ntypo\s+<none>\s+\S+\n/);
	});

	test('9. nodePorts come from 30000-32767, one pool', () => {
		const text = transcript('kubectl create service nodeport np --tcp=80:9376 --node-port=80\nkubectl create service nodeport a --tcp=80:9376 --node-port=30080\nkubectl create service nodeport b --tcp=80:9376 --node-port=30080\n');
		expect(text).toContain('error: failed to create NodePort service: Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n');
		expect(text).toContain('error: failed to create NodePort service: Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated\n');
	});

	test('10. <pending> only means no load-balancer controller; the NodePort still works', () => {
		const text = transcript('kubectl expose deployment hostnames --name=lb --type=LoadBalancer --port=80 --target-port=9376\nkubectl patch svc lb --type json -p \'[{"op":"replace","path":"/spec/ports/0/nodePort","value":30500}]\'\nsleep 5\nkubectl get svc lb\ncurl -s http://172.18.0.3:30500\n', 'none');
		expect(text).toMatch(/\nlb\s+LoadBalancer\s+\S+\s+<pending>\s+80:30500\/TCP\s+5s\n/);
		expect(text).toMatch(/\$ curl -s http:\/\/172\.18\.0\.3:30500\n.*hostnames-/);
	});

	test('13. Service names do not resolve on a node', () => {
		const text = transcript('ssh kind-worker\nnslookup hostnames\nexit\n');
		expect(text).toContain("** server can't find hostnames: NXDOMAIN\n");
	});

	test('15. the clusterIP cannot be changed', () => {
		const text = transcript('kubectl patch svc hostnames -p \'{"spec":{"clusterIP":"10.96.200.200","clusterIPs":["10.96.200.200"]}}\'\n');
		expect(text).toMatch(/The Service "hostnames" is invalid: .*spec\.clusterIPs\[0\]: Invalid value: \["10\.96\.200\.200"\]: may not change once set/);
	});
});
