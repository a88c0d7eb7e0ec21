import {describe, expect, test} from 'vitest';
import {sandbox} from '../kubectl/helpers.js';

describe('end-to-end flows on the simulated kind cluster', () => {
	test('a fresh cluster lists the kubernetes Service; an empty namespace says so on stderr', () => {
		const {run} = sandbox();
		expect(run('kubectl get svc').stdout).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP\s+PORT\(S\)\s+AGE\nkubernetes\s+ClusterIP\s+10\.96\.0\.1\s+<none>\s+443\/TCP\s+\S+\n$/);
		run('kubectl create namespace dev');
		expect(run('kubectl get pods -n dev')).toMatchObject({stdout: '', stderr: 'No resources found in dev namespace.\n', exitCode: 0});
		expect(run('kubectl get svc nope')).toMatchObject({stderr: 'Error from server (NotFound): services "nope" not found\n', exitCode: 1});
	});

	test('get -w prints changed rows without headers as simulated time passes', () => {
		const {run} = sandbox();
		run('kubectl create service loadbalancer lb --tcp=80:8080');
		const watched = run('kubectl get svc lb -w').stdout.split('\n').filter(Boolean);
		expect(watched[0]).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP\s+EXTERNAL-IP/);
		expect(watched[1]).toMatch(/^lb\s+LoadBalancer\s+\S+\s+<pending>\s+80:\d+\/TCP\s+0s$/);
		expect(watched[2]).toMatch(/^lb\s+LoadBalancer\s+\S+\s+172\.18\.255\.200\s+80:\d+\/TCP\s+1s$/);
		expect(watched).toHaveLength(3);
	});

	test('with --cloud none a LoadBalancer stays <pending>', () => {
		const {run} = sandbox({}, {cloud: 'none'});
		run('kubectl create service loadbalancer lb --tcp=80:8080');
		run('sleep 30');
		expect(run('kubectl get svc lb').stdout).toMatch(/\nlb\s+LoadBalancer\s+\S+\s+<pending>\s+80:\d+\/TCP\s+30s\n$/);
	});

	test('exec into a Deployment\'s pod, curl the Service, and trace it', () => {
		const {shell, run} = sandbox();
		run('kubectl create deployment web --image=nginx --replicas=2 --port=80');
		run('kubectl expose deployment web --port=80');
		expect(run('kubectl exec -it deploy/web -- bash').exitCode).toBe(0);
		expect(shell.prompt()).toMatch(/^root@web-[a-z0-9]+-[a-z0-9]{5}:\/# $/);
		expect(run('curl -s http://web').stdout).toContain('<title>Welcome to nginx!</title>');
		const trace = run('trace').stdout;
		expect(trace).toMatch(/DNS .*web\.default\.svc\.cluster\.local/);
		expect(trace).toMatch(/REPLY +pod default\/web-[a-z0-9]+-[a-z0-9]{5}: nginx answered 200 OK to GET \/\n/);
		expect(run('exit').text).toBe('');
		expect(shell.prompt()).toBe('you@laptop:~$ ');
	});

	test('a failing command inside kubectl exec: its error, then kubectl\'s exit-code line', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --port=80');
		run('kubectl create service clusterip empty --tcp=80');
		const result = run('kubectl exec deploy/web -- curl -sS http://empty');
		expect(result.text).toMatch(/^curl: \(7\) Failed to connect to empty port 80 after \d+ ms: Couldn't connect to server\ncommand terminated with exit code 7\n$/);
		expect(result.exitCode).toBe(7);
	});

	test('kubectl run --rm -it: a throwaway busybox pod, deleted on exit', () => {
		const {shell, run} = sandbox();
		const entered = run('kubectl run tmp --rm -it --image=busybox -- sh');
		expect(entered).toMatchObject({stderr: "If you don't see a command prompt, try pressing enter.\n", exitCode: 0});
		expect(shell.prompt()).toBe('root@tmp:/# ');
		expect(run('curl http://kubernetes').text).toBe('sh: curl: not found\n');
		expect(run('nslookup kubernetes').stdout).toMatch(/Name:\tkubernetes\.default\.svc\.cluster\.local\nAddress: 10\.96\.0\.1\n/);
		// kubectl attach says how to come back (restartPolicy Always), then the --rm deletion follows
		expect(run('exit').stdout).toBe("Session ended, resume using 'kubectl attach tmp -c tmp -i -t' command when the pod is running\npod \"tmp\" deleted from default namespace\n");
		expect(run('kubectl get pod tmp').stderr).toBe('Error from server (NotFound): pods "tmp" not found\n');
	});

	test('kubectl run --rm -it --restart=Never: no reattach hint, only the deletion', () => {
		const {run} = sandbox();
		run('kubectl run tmp --rm -it --restart=Never --image=busybox -- sh');
		expect(run('exit').stdout).toBe('pod "tmp" deleted from default namespace\n');
	});

	test('kubectl run --rm -i --restart=Never -- CMD prints the output, then deletes the pod', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --port=80');
		run('kubectl expose deployment web --port=80');
		const result = run('kubectl run probe --rm -i --restart=Never --image=busybox -- wget -qO- http://web');
		expect(result.stdout).toContain('<h1>Welcome to nginx!</h1>');
		expect(result.stdout).toMatch(/pod "probe" deleted from default namespace\n$/);
	});

	test('applying the ingress-nginx cloud manifest URL installs the controller', () => {
		const {run} = sandbox();
		const result = run('kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/controller-v1.12.0/deploy/static/provider/cloud/deploy.yaml');
		expect(result.exitCode).toBe(0);
		expect(result.stdout).toContain('namespace/ingress-nginx created\n');
		expect(result.stdout).toContain('service/ingress-nginx-controller created\n');
		expect(result.stdout).toContain('ingressclass.networking.k8s.io/nginx created\n');
		expect(run('kubectl get ingressclass').stdout).toMatch(/\nnginx\s+k8s\.io\/ingress-nginx/);
	});

	test('describe a Service', () => {
		const {run} = sandbox();
		run('kubectl create service nodeport hostnames --tcp=80:9376 --node-port=30080');
		expect(run('kubectl describe svc hostnames').stdout).toMatch(/^Name:\s+hostnames\nNamespace:\s+default\n[\s\S]*NodePort:\s+80-9376  30080\/TCP\n[\s\S]*Events:\s+<none>\n$/);
		expect(run('kubectl describe svc nope').stderr).toBe('Error from server (NotFound): services "nope" not found\n');
	});

	test('get -o yaml, -o name, --show-labels and -l', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80:8080');
		expect(run('kubectl get svc web -o yaml').stdout).toMatch(/^apiVersion: v1\nkind: Service\nmetadata:\n/);
		expect(run('kubectl get svc -o name').stdout).toBe('service/kubernetes\nservice/web\n');
		expect(run('kubectl get svc -l app=web -o name').stdout).toBe('service/web\n');
		expect(run('kubectl get svc web --show-labels').stdout).toMatch(/LABELS\nweb .* app=web\n$/);
		expect(run('kubectl get svc -l app=nothing')).toMatchObject({stdout: '', stderr: 'No resources found in default namespace.\n'});
	});

	test('kubectl wait and rollout status let simulated time pass', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --replicas=2');
		expect(run('kubectl rollout status deploy/web').stdout).toMatch(/deployment "web" successfully rolled out\n$/);
		expect(run('kubectl wait --for=condition=Available deploy/web').stdout).toBe('deployment.apps/web condition met\n');
	});

	test('here-document into kubectl apply', () => {
		const {shell} = sandbox();
		const result = shell.run('kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\nEOF');
		expect(result.output).toEqual([{stream: 'stdout', text: 'namespace/team-a created\n'}]);
	});

	test('iptables-save on a node shows the Service rules', () => {
		const {run} = sandbox();
		run('ssh kind-worker');
		expect(run('iptables-save').stdout).toMatch(/-A KUBE-SERVICES -d 10\.96\.0\.1\/32 -p tcp -m comment --comment "default\/kubernetes:https cluster IP" -m tcp --dport 443 -j KUBE-SVC-/);
	});
});

describe('get with some names missing', () => {
	test('prints what it found first, then the NotFound errors', () => {
		const {run} = sandbox();
		const result = run('kubectl get svc kubernetes nope');
		expect(result.text).toMatch(/^NAME .*\nkubernetes .*\nError from server \(NotFound\): services "nope" not found\n$/);
		expect(result.exitCode).toBe(1);
	});
});

describe('more get and delete options', () => {
	test('--sort-by orders by a JSONPath value', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip zeta --tcp=80');
		run('sleep 1');
		run('kubectl create service clusterip alpha --tcp=80');
		expect(run('kubectl get svc -o name --sort-by=.metadata.creationTimestamp').stdout).toBe('service/kubernetes\nservice/zeta\nservice/alpha\n');
		expect(run('kubectl get svc -o name --sort-by=.metadata.name').stdout).toBe('service/alpha\nservice/kubernetes\nservice/zeta\n');
	});

	test('delete --force --grace-period=0 warns and says "force deleted"', () => {
		const {run} = sandbox();
		run('kubectl run tmp --image=nginx');
		expect(run('kubectl delete pod tmp --force --grace-period=0').text).toBe(
			'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "tmp" force deleted from default namespace\n',
		);
	});
});

describe('get -w prints watch events, not clock ticks', () => {
	test('a LoadBalancer that stays <pending> prints no further rows', () => {
		const {run} = sandbox({}, {cloud: 'none'});
		run('kubectl create service loadbalancer lb --tcp=80:8080');
		expect(run('kubectl get svc lb -w').stdout.split('\n').filter(Boolean)).toHaveLength(2);
		expect(run('kubectl get svc lb').stdout).toMatch(/\s60s\n$/);
	});
});

describe('custom columns', () => {
	test('-o custom-columns with a missing field', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80');
		expect(run('kubectl get svc web -o custom-columns=NAME:.metadata.name,TYPE:.spec.type,EXT:.spec.externalName').stdout).toBe('NAME   TYPE        EXT\nweb    ClusterIP   <none>\n');
		expect(run('kubectl get svc web -o custom-columns=NAME').stderr).toBe('error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n');
	});
});

describe('shell variables and command substitution', () => {
	test('NODE_PORT=$(kubectl get … -o jsonpath=…) then curl the node', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --port=80');
		run('kubectl expose deployment web --type=NodePort --port=80');
		expect(run("NODE_PORT=$(kubectl get svc web -o jsonpath='{.spec.ports[0].nodePort}')").text).toBe('');
		expect(run('echo $NODE_PORT').stdout).toMatch(/^3\d{4}\n$/);
		expect(run('curl -s http://172.18.0.3:$NODE_PORT').stdout).toContain('<h1>Welcome to nginx!</h1>');
		run('export NS=kube-system');
		expect(run('kubectl get svc -n $NS -o name').stdout).toBe('service/kube-dns\n');
		run('unset NS');
		expect(run('echo "[$NS]"').stdout).toBe('[]\n');
	});
});

describe('$?', () => {
	test('holds the last exit status', () => {
		const {run} = sandbox();
		run('kubectl get svc nope');
		expect(run('echo $?').stdout).toBe('1\n');
		expect(run('echo $?').stdout).toBe('0\n');
	});
});

describe('kubectl get prints as kubectl prints', () => {
	const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    note: hello world\nspec:\n  selector:\n    app: web\n    tier: fe\n  ports:\n  - port: 80\n';

	test('custom columns keep spaces and print maps and lists as Go does', () => {
		const {run} = sandbox({'svc.yaml': SVC});
		run('kubectl apply -f svc.yaml');
		expect(run('kubectl get svc web -o custom-columns=NOTE:.metadata.annotations.note,SEL:.spec.selector,PORTS:.spec.ports[*].port').stdout).toBe(
			'NOTE          SEL                    PORTS\nhello world   map[app:web tier:fe]   80\n',
		);
		expect(run('kubectl get svc web -o custom-columns=P:.spec.ports').stdout).toBe('P\n[map[port:80 protocol:TCP targetPort:80]]\n');
		expect(run('kubectl get svc web -o jsonpath={.spec.selector}').stdout).toBe('{"app":"web","tier":"fe"}');
		expect(run('kubectl get svc web -o custom-columns=').stderr).toBe('error: custom-columns format specified but no custom columns given\n');
	});

	test('--sort-by compares strings byte by byte and refuses a field no object has', () => {
		const {run} = sandbox();
		for (const name of ['web-9', 'web-10', 'web-2']) run(`kubectl create service clusterip ${name} --tcp=80`);
		expect(run('kubectl get svc -o name --sort-by=.metadata.name').stdout).toBe('service/kubernetes\nservice/web-10\nservice/web-2\nservice/web-9\n');
		expect(run('kubectl get svc --sort-by=.spec.nope')).toMatchObject({stderr: 'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n', exitCode: 1});
		expect(run('kubectl get svc web-9 --sort-by=.spec.nope').exitCode).toBe(0);
	});
});
