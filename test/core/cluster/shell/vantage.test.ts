import {describe, expect, test} from 'vitest';
import {Cluster} from '../../../../src/core/cluster/cluster.js';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

/** A running pod written straight into the store, so these tests do not depend on the controllers. */
function runningPod(cluster: Cluster, name: string, image: string, ip: string): void {
	cluster.store.put({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name, namespace: 'default', labels: {app: name}, creationTimestamp: cluster.clock.timestamp()},
		spec: {containers: [{name: 'main', image}], nodeName: 'kind-worker', dnsPolicy: 'ClusterFirst'},
		status: {phase: 'Running', podIP: ip, conditions: [{type: 'Ready', status: 'True'}]},
	} as KubeObject);
}

function setup(tools = {}) {
	const cluster = createCluster({seed: 3});
	runningPod(cluster, 'box', 'busybox:1.36', '10.244.1.10');
	runningPod(cluster, 'web', 'nginx:1.27', '10.244.1.11');
	const shell = createShell({cluster, readFile: () => undefined, ...tools});
	const run = (line: string) => {
		const result = shell.run(line);
		return {text: outputText(result), exitCode: result.exitCode, result};
	};
	return {cluster, shell, run};
}

describe('vantage points', () => {
	test('the laptop prompt', () => {
		expect(setup().shell.prompt()).toBe('you@laptop:~$ ');
	});

	test('ssh to a node and back', () => {
		const {shell, run} = setup();
		expect(run('ssh kind-worker')).toMatchObject({text: '', exitCode: 0});
		expect(shell.prompt()).toBe('root@kind-worker:/# ');
		expect(shell.vantage).toEqual({kind: 'node', node: 'kind-worker'});
		expect(run('hostname').text).toBe('kind-worker\n');
		expect(run('kubectl get pods')).toMatchObject({text: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n', exitCode: 1});
		expect(run('kubeclt').text).toBe('bash: kubeclt: command not found\n');
		expect(run('exit').text).toBe('logout\nConnection to kind-worker closed.\n');
		expect(shell.prompt()).toBe('you@laptop:~$ ');
	});

	test('docker exec into a kind node', () => {
		const {shell, run} = setup();
		run('docker exec -it kind-worker2 bash');
		expect(shell.prompt()).toBe('root@kind-worker2:/# ');
		expect(run('exit').text).toBe('exit\n');
		expect(shell.vantage).toEqual({kind: 'laptop'});
	});

	test('ssh to an unknown host', () => {
		expect(setup().run('ssh kind-worker3')).toMatchObject({text: 'ssh: Could not resolve hostname kind-worker3: Name or service not known\n', exitCode: 255});
	});

	test('exec -it into a busybox pod: its prompt, its tools, and exit', () => {
		const {shell, run} = setup();
		expect(run('kubectl exec -it box -- sh')).toMatchObject({text: '', exitCode: 0});
		expect(shell.prompt()).toBe('root@box:/# ');
		expect(run('curl http://web')).toMatchObject({text: 'sh: curl: not found\n', exitCode: 127});
		expect(run('kubeclt get pods').text).toBe('sh: kubeclt: not found\n');
		expect(run('hostname').text).toBe('box\n');
		expect(run('cat /etc/resolv.conf').text).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
		expect(run('kubectl get pods').text).toBe('sh: kubectl: not found\n');
		expect(run('exit').text).toBe('');
		expect(shell.prompt()).toBe('you@laptop:~$ ');
	});

	test('an nginx pod has bash and curl', () => {
		const {shell, run} = setup();
		run('kubectl exec -it web -- bash');
		expect(shell.prompt()).toBe('root@web:/# ');
		expect(run('kubeclt').text).toBe('bash: kubeclt: command not found\n');
		expect(run('wget -qO- http://box').text).toBe('bash: wget: command not found\n');
	});

	test('exec -it with a shell the image lacks', () => {
		const {shell, run} = setup();
		const result = run('kubectl exec -it box -- bash');
		expect(result.exitCode).toBe(1);
		expect(result.text).toMatch(/OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in \$PATH: unknown\n$/);
		expect(shell.vantage).toEqual({kind: 'laptop'});
	});

	test('one-shot exec of a missing binary is a runtime error, not an exit code', () => {
		const result = setup().run('kubectl exec box -- curl http://web');
		expect(result.exitCode).toBe(1);
		expect(result.text).toMatch(/exec: "curl": executable file not found in \$PATH: unknown\n$/);
		expect(result.text).not.toContain('command terminated');
	});

	test('one-shot exec prints the command output and its exit code line', () => {
		const {run} = setup({tools: {curl: () => ({output: [{stream: 'stderr' as const, text: 'curl: (7) Failed to connect to web port 80 after 0 ms: Couldn\'t connect to server\n'}], exitCode: 7})}});
		expect(run('kubectl exec web -- curl -sS http://web')).toMatchObject({
			text: "curl: (7) Failed to connect to web port 80 after 0 ms: Couldn't connect to server\ncommand terminated with exit code 7\n",
			exitCode: 7,
		});
		expect(run('kubectl exec web -- cat /etc/hostname').text).toBe('web\n');
	});

	test('exit on the laptop explains how to leave', () => {
		const result = setup().run('exit').result;
		expect(result.leave).toBe(true);
		expect(outputText(result)).toMatch(/^You are on your laptop/);
	});

	test('no exception escapes: a failing tool becomes one internal-error line', () => {
		const {run} = setup({
			tools: {
				curl: () => {
					throw new Error('boom\n    at somewhere (file.ts:1:1)');
				},
			},
		});
		expect(run('curl http://web')).toMatchObject({text: 'kubetutor: internal error in curl: boom\n', exitCode: 1});
	});

	test('trace before any request', () => {
		expect(setup().run('trace').text).toBe('No request to trace yet: run curl, wget, nslookup, dig or ping first.\n');
	});

	test('trace with a command says to run the request first instead of showing an older one', () => {
		expect(setup().run('trace curl web')).toMatchObject({text: 'trace: takes no arguments: run the request first (curl web), then type trace\n', exitCode: 2});
	});

	test('pipes, redirections and files written by the learner', () => {
		const {run} = setup();
		expect(run('echo one two three | wc -w').text).toBe('3\n');
		expect(run('echo hello > note.txt').text).toBe('');
		expect(run('cat note.txt').text).toBe('hello\n');
		expect(run('cat missing.txt')).toMatchObject({text: 'cat: missing.txt: No such file or directory\n', exitCode: 1});
		expect(run('kubectl get svcs 2>/dev/null').text).toBe('');
		expect(run('false && echo no || echo yes').text).toBe('yes\n');
	});

	test('here-document piped into kubectl', () => {
		const {shell} = setup();
		const result = shell.run('cat <<EOF | kubectl apply -f -', 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n');
		expect(outputText(result)).toBe('error: resource mapping not found for name: "w" namespace: "" from "STDIN": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first\n');
	});

	test('history is numbered like bash', () => {
		const {shell, run} = setup();
		run('echo a');
		run('echo b');
		expect(run('history').text).toBe('    1  echo a\n    2  echo b\n    3  history\n');
		expect(shell.history).toEqual(['echo a', 'echo b', 'history']);
	});

	test('unknown commands on the laptop', () => {
		expect(setup().run('kubeclt get pods')).toMatchObject({text: 'bash: kubeclt: command not found\n', exitCode: 127});
	});
});

describe('Tab completion', () => {
	test('commands, verbs, types and names', () => {
		const {shell} = setup();
		expect(shell.complete('kubec')).toEqual({replacement: 'kubectl ', candidates: ['kubectl']});
		expect(shell.complete('kubectl ge').replacement).toBe('kubectl get ');
		expect(shell.complete('kubectl get endpoi').candidates).toEqual(['endpoints', 'endpointslices']);
		expect(shell.complete('kubectl get endpoi').replacement).toBe('kubectl get endpoints');
		expect(shell.complete('kubectl exec -it w').replacement).toBe('kubectl exec -it web ');
		expect(shell.complete('kubectl get pods b').replacement).toBe('kubectl get pods box ');
		expect(shell.complete('kubectl get pod/w').replacement).toBe('kubectl get pod/web ');
		expect(shell.complete('kubectl create service n').replacement).toBe('kubectl create service nodeport ');
		expect(shell.complete('ssh kind-w').candidates).toEqual(['kind-worker', 'kind-worker2']);
		expect(shell.complete('kubectl get svc --show-l').replacement).toBe('kubectl get svc --show-labels ');
		expect(shell.complete('zzz').candidates).toEqual([]);
	});
});

describe('sleep moves simulated time', () => {
	test('sleep N, with units, and bad input', () => {
		const {cluster, run} = setup();
		const start = cluster.clock.now();
		expect(run('sleep 5')).toMatchObject({text: '', exitCode: 0});
		expect(run('sleep 1m')).toMatchObject({text: '', exitCode: 0});
		expect(cluster.clock.now() - start).toBe(65000);
		expect(run('sleep soon')).toMatchObject({text: "sleep: invalid time interval 'soon'\nTry 'sleep --help' for more information.\n", exitCode: 1});
	});

	test('a huge sleep is capped at one simulated hour and says so', () => {
		const {cluster, run} = setup();
		const start = cluster.clock.now();
		expect(run('sleep 999999999')).toMatchObject({text: 'kubetutor: sleep lets at most 3600 simulated seconds pass at a time; 3600 seconds passed\n', exitCode: 0});
		expect(cluster.clock.now() - start).toBe(3600000);
	});
});
