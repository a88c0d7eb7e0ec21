import {describe, expect, test} from 'vitest';
import {sandbox} from './helpers.js';

function withWeb() {
	const box = sandbox();
	box.run('kubectl create deployment web --image=nginx --replicas=3');
	box.run('kubectl expose deployment web --port=80 --target-port=80');
	return box;
}

describe('kubectl port-forward', () => {
	test('forwards a Service port to ONE pod: every curl reaches the same pod, through the API server and the kubelet', () => {
		const {run} = withWeb();
		expect(run('kubectl port-forward svc/web 8080:80 &').text).toBe('[1] 5001\nForwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
		const served = new Set<string>();
		for (let i = 0; i < 6; i++) {
			const answer = run('curl -s localhost:8080 -o /dev/null -w "%{http_code}\\n"');
			expect(answer.text).toBe('Handling connection for 8080\n200\n');
			served.add(/pod (default\/web-\S+?):/.exec(run('trace').text)?.[1] ?? '');
		}
		expect(served.size).toBe(1);
		const trace = run('trace').text.replace(/\s+/g, ' ');
		expect(trace).toContain('kubectl port-forward accepts the connection on');
		expect(trace).toContain("the pod's portforward subresource");
		expect(trace).toContain('no Service, no kube-proxy rule, no load balancing');
		expect(trace).not.toContain('KUBE-SVC');
	});

	test('LOCAL:REMOTE, :REMOTE, a named port, --address, pod/ and a bare pod name', () => {
		const {run} = sandbox({'named.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: named\nspec:\n  containers:\n  - name: web\n    image: nginx\n    ports:\n    - name: http\n      containerPort: 80\n'});
		run('kubectl apply -f named.yaml');
		expect(run('kubectl port-forward pod/named 9090:http &').stdout).toBe('Forwarding from 127.0.0.1:9090 -> 80\nForwarding from [::1]:9090 -> 80\n');
		expect(run('kubectl port-forward named 80 --address 0.0.0.0 &').stdout).toBe('Forwarding from 0.0.0.0:80 -> 80\n');
		expect(run('kubectl port-forward named :80 --address 127.0.0.1 &').stdout).toMatch(/^Forwarding from 127\.0\.0\.1:\d{5} -> 80\n$/);
		expect(run('curl -s localhost:9090 | grep title').text).toBe('Handling connection for 9090\n<title>Welcome to nginx!</title>\n');
	});

	test("kubectl's errors", () => {
		const {run} = withWeb();
		expect(run('kubectl port-forward').text).toBe("error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
		expect(run('kubectl port-forward svc/web').text).toBe("error: at least 1 PORT is required for port-forward\nSee 'kubectl port-forward -h' for help and examples\n");
		expect(run('kubectl port-forward svc/web 8080:81').text).toBe('error: Service web does not have a service port 81\n');
		expect(run('kubectl port-forward svc/nosuch 8080:80').text).toBe('Error from server (NotFound): services "nosuch" not found\n');
		expect(run('kubectl port-forward deploy/web 8080:http').text).toMatch(/^error: Pod 'web-\S+' does not have a named port 'http'\n$/);
		run('kubectl port-forward svc/web 8080:80 &');
		expect(run('kubectl port-forward svc/web 8080:80 &').text).toBe(
			'Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use unable to create listener: Error listen tcp6 [::1]:8080: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{8080 80}]\n',
		);
	});

	test('kill %1 lets go of the port; a deleted pod ends the forward with "lost connection to pod"', () => {
		const {run} = withWeb();
		run('kubectl port-forward svc/web 8080:80 &');
		expect(run('kill %1').text).toBe('[1]+  Terminated              kubectl port-forward svc/web 8080:80\n');
		expect(run('curl localhost:8080')).toMatchObject({text: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n", exitCode: 7});
		run('kubectl run solo --image=nginx');
		run('kubectl port-forward pod/solo 8081:80 &');
		const deleted = run('kubectl delete pod solo');
		// bash hands out the lowest free job number again
		expect(deleted.text).toBe('pod "solo" deleted from default namespace\nerror: lost connection to pod\n[1]+  Exit 1                  kubectl port-forward pod/solo 8081:80\n');
	});
});

describe('kubectl proxy', () => {
	test('serves the API on localhost:8001: a Service through the API server\'s proxy, the pods as JSON', () => {
		const {run} = withWeb();
		expect(run('kubectl proxy &').text).toBe('[1] 5001\nStarting to serve on 127.0.0.1:8001\n');
		expect(run('curl -s localhost:8001/api/v1/namespaces/default/services/web:80/proxy/ | grep title').text).toBe('<title>Welcome to nginx!</title>\n');
		expect(run('trace').text.replace(/\s+/g, ' ')).toContain('the service proxy of default/web picks endpoint');
		const pods = JSON.parse(run('curl -s localhost:8001/api/v1/namespaces/default/pods').stdout) as {kind: string; apiVersion: string; items: Array<{metadata: {name: string}}>};
		expect(pods.kind).toBe('PodList');
		expect(pods.apiVersion).toBe('v1');
		expect(pods.items.map(pod => pod.metadata.name)).toEqual(run('kubectl get pods -o name').stdout.trim().split('\n').map(name => name.replace('pod/', '')));
		expect(run('curl -s localhost:8001/api/v1/namespaces/default/services/nosuch/proxy/').text).toContain('"message": "services \\"nosuch\\" not found"');
		expect(run('kubectl proxy &').text).toBe('error: listen tcp 127.0.0.1:8001: bind: address already in use\n');
	});
});
