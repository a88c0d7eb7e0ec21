import {describe, expect, test} from 'vitest';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

function shellFor(interactive: boolean) {
	const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined, interactive});
	const run = (line: string) => {
		const result = shell.run(line);
		return {text: outputText(result), exitCode: result.exitCode};
	};
	return {shell, run};
}

const text = (step: {output: Array<{text: string}>}) => step.output.map(chunk => chunk.text).join('');

describe('jobs: cmd &, jobs, kill, fg', () => {
	test('a background sleep is listed while it runs and reported Done before the next prompt', () => {
		const {run} = shellFor(false);
		expect(run('sleep 5 &').text).toBe('[1] 5001\n');
		expect(run('jobs').text).toBe('[1]+  Running                 sleep 5 &\n');
		expect(run('sleep 10').text).toBe('[1]+  Done                    sleep 5\n');
		expect(run('jobs').text).toBe('');
	});

	test("kill and fg name jobs as bash does, and say so when there is none", () => {
		const {run} = shellFor(false);
		expect(run('kill %3')).toEqual({text: 'bash: kill: %3: no such job\n', exitCode: 1});
		expect(run('fg')).toEqual({text: 'bash: fg: current: no such job\n', exitCode: 1});
		run('sleep 100 &');
		run('sleep 200 &');
		expect(run('jobs').text).toBe('[1]-  Running                 sleep 100 &\n[2]+  Running                 sleep 200 &\n');
		expect(run('kill 5001').text).toBe('[1]-  Terminated              sleep 100\n');
		// batch mode has no terminal to hold: fg runs the job to its end
		expect(run('fg %2')).toEqual({text: 'sleep 200\n', exitCode: 0});
	});

	test('outside the interactive sandbox a command that never ends stops at once, with status 130', () => {
		const {run} = shellFor(false);
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl port-forward deploy/web 8080:80')).toEqual({
			text: 'Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\nkubetutor: "kubectl port-forward deploy/web 8080:80" runs until Ctrl+C; here it stopped at once (end the line with & to keep it running)\n',
			exitCode: 130,
		});
		expect(run('curl -s localhost:8080').exitCode).toBe(7);
	});
});

describe('the foreground job of the interactive sandbox', () => {
	test('sleep follows the clock it is given and ends by itself', () => {
		const {shell, run} = shellFor(true);
		const before = shell.cluster.clock.now();
		expect(run('sleep 3').text).toBe('');
		expect(shell.foreground()).toBe('sleep 3');
		expect(shell.advanceForeground(1000)).toEqual({output: []});
		expect(shell.foreground()).toBe('sleep 3');
		expect(shell.advanceForeground(5000)).toEqual({output: [], exitCode: 0});
		expect(shell.foreground()).toBeUndefined();
		expect(shell.cluster.clock.now() - before).toBe(3000);
	});

	test('Ctrl+C stops it with status 130 and the sandbox stays usable', () => {
		const {shell, run} = shellFor(true);
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl port-forward deploy/web 8080:80').text).toBe('Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n');
		expect(shell.foreground()).toBe('kubectl port-forward deploy/web 8080:80');
		expect(shell.interrupt()).toEqual({output: [], exitCode: 130});
		expect(shell.foreground()).toBeUndefined();
		expect(run('echo $?').text).toBe('130\n');
		expect(run('curl -s localhost:8080').exitCode).toBe(7);
	});

	test('fg brings a background forward back to the foreground; logs -f follows a running container', () => {
		const {shell, run} = shellFor(true);
		run("kubectl run talk --image=busybox -- sh -c 'echo hello; sleep 3600'");
		run('kubectl port-forward pod/talk 9000:80 &');
		expect(run('fg').text).toBe('kubectl port-forward pod/talk 9000:80\n');
		expect(shell.foreground()).toBe('kubectl port-forward pod/talk 9000:80');
		expect(text(shell.interrupt())).toBe('');
		expect(run('kubectl logs -f talk').text).toBe('hello\n');
		expect(shell.foreground()).toBe('kubectl logs -f talk');
		expect(shell.interrupt().exitCode).toBe(130);
	});

	test('kubectl wait waits in the foreground: met at once it never holds the terminal, its timeout ends it, Ctrl+C stops it', () => {
		const {shell, run} = shellFor(true);
		run('kubectl run ok --image=nginx');
		expect(run('kubectl wait --for=condition=Ready pod/ok').text).toBe('pod/ok condition met\n');
		expect(shell.foreground()).toBeUndefined();
		run('kubectl run broken --image=nginx:no-such-tag');
		expect(run('kubectl wait --for=condition=Ready pod/broken --timeout=3s').text).toBe('');
		expect(shell.foreground()).toBe('kubectl wait --for=condition=Ready pod/broken --timeout=3s');
		expect(shell.advanceForeground(1000)).toEqual({output: []});
		expect(shell.advanceForeground(2500)).toEqual({output: [{stream: 'stderr', text: 'error: timed out waiting for the condition on pods/broken\n'}], exitCode: 1});
		run('kubectl wait --for=condition=Ready pod/broken');
		expect(shell.interrupt().exitCode).toBe(130);
		expect(run('echo $?').text).toBe('130\n');
	});

	test('kubectl get -w prints each row that changes as time passes, until Ctrl+C', () => {
		const {shell, run} = shellFor(true);
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl get deploy -w').text).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nweb\s+1\/1\s+1\s+1\s+0s\n$/);
		expect(shell.foreground()).toBe('kubectl get deploy -w');
		expect(shell.advanceForeground(1000)).toEqual({output: []});
		// the foreground holds the terminal, so the change comes from the cluster itself: a scale written directly
		const deployment = shell.cluster.store.get('Deployment', 'default', 'web')!;
		shell.cluster.store.put({...deployment, spec: {...(deployment.spec as object), replicas: 2}});
		const step = shell.advanceForeground(1000);
		expect(text(step)).toMatch(/^web\s+2\/2\s+2\s+2\s+2s\n$/);
		expect(shell.interrupt().exitCode).toBe(130);
	});

	test('kubectl rollout status watches in the foreground until the rollout is done or Ctrl+C', () => {
		const {shell, run} = shellFor(true);
		run('kubectl create deployment ok --image=nginx');
		expect(run('kubectl rollout status deploy/ok').text).toBe('deployment "ok" successfully rolled out\n');
		expect(shell.foreground()).toBeUndefined();
		run('kubectl create deployment stuck --image=nginx:no-such-tag');
		expect(run('kubectl rollout status deploy/stuck').text).toBe('Waiting for deployment "stuck" rollout to finish: 0 of 1 updated replicas are available...\n');
		expect(shell.advanceForeground(2000)).toEqual({output: []});
		expect(shell.interrupt().exitCode).toBe(130);
		// batch mode lets its time pass at once, up to --timeout
		const {run: batch} = shellFor(false);
		batch('kubectl create deployment stuck --image=nginx:no-such-tag');
		expect(batch('kubectl rollout status deploy/stuck --timeout=5s')).toEqual({text: 'Waiting for deployment "stuck" rollout to finish: 0 of 1 updated replicas are available...\nerror: timed out waiting for the condition\n', exitCode: 1});
	});

	test('a job inside a list or a pipeline runs to its end there', () => {
		const {shell, run} = shellFor(true);
		expect(run('sleep 2 && echo done').text).toBe('done\n');
		expect(shell.foreground()).toBeUndefined();
	});
});

describe('a request that waits for its timeout', () => {
	// the laptop has no route to a ClusterIP: the SYN is dropped and curl waits for -m
	const CURL_TIMED_OUT = 'curl: (28) Failed to connect to 10.96.0.1 port 80 after 5002 ms: Timeout was reached\n';

	test('batch mode answers at once, after the simulated wait', () => {
		const {shell, run} = shellFor(false);
		expect(run('curl -m 5 http://10.96.0.1')).toEqual({text: CURL_TIMED_OUT, exitCode: 28});
		expect(shell.cluster.clock.now()).toBe(5002);
	});

	test('in the interactive sandbox curl waits in the foreground and ends with the same answer', () => {
		const {shell, run} = shellFor(true);
		expect(run('curl -m 5 http://10.96.0.1').text).toBe('');
		expect(shell.foreground()).toBe('curl -m 5 http://10.96.0.1');
		expect(shell.advanceForeground(4000)).toEqual({output: []});
		expect(shell.foreground()).toBe('curl -m 5 http://10.96.0.1');
		expect(shell.advanceForeground(4000)).toEqual({output: [{stream: 'stderr', text: CURL_TIMED_OUT}], exitCode: 28});
		expect(shell.foreground()).toBeUndefined();
		expect(shell.cluster.clock.now()).toBe(5002);
		expect(run('echo $?').text).toBe('28\n');
	});

	test('Ctrl+C stops the waiting curl: nothing printed, status 130', () => {
		const {shell, run} = shellFor(true);
		run('curl http://10.96.0.1');
		expect(shell.advanceForeground(2000)).toEqual({output: []});
		expect(shell.interrupt()).toEqual({output: [], exitCode: 130});
		expect(shell.foreground()).toBeUndefined();
		expect(run('echo $?').text).toBe('130\n');
		expect(shell.cluster.clock.now()).toBe(2000);
	});

	test('BusyBox wget -T and nc -w in a pod wait in the foreground with their own messages', () => {
		const {shell, run} = shellFor(true);
		run('kubectl run box --image=busybox -- sleep 3600');
		run('kubectl exec -it box -- sh');
		expect(run('wget -T 2 http://10.96.200.200').text).toBe('');
		expect(text(shell.advanceForeground(3000))).toBe('Connecting to 10.96.200.200 (10.96.200.200:80)\nwget: download timed out\n');
		expect(run('echo $?').text).toBe('1\n');
		expect(run('nc -zv -w 3 10.96.200.200 80').text).toBe('');
		expect(shell.foreground()).toBe('nc -zv -w 3 10.96.200.200 80');
		expect(shell.interrupt()).toEqual({output: [], exitCode: 130});
	});

	test('a refusal, a redirected curl and one in a list answer at once; one sent to the background ends as a job', () => {
		const {shell, run} = shellFor(true);
		expect(run('curl localhost:8080')).toEqual({text: "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n", exitCode: 7});
		expect(run('curl -m 5 http://10.96.0.1 2>/dev/null')).toEqual({text: '', exitCode: 28});
		expect(run('curl -m 5 http://10.96.0.1; echo $?').text).toMatch(/^curl: \(28\) Failed to connect to 10\.96\.0\.1 port 80 after 500\d ms: Timeout was reached\n28\n$/);
		expect(shell.foreground()).toBeUndefined();
		expect(run('curl -s -m 3 http://10.96.0.1 &').text).toBe('[1] 5001\n');
		expect(run('sleep 5').text).toBe('');
		expect(shell.advanceForeground(5000)).toEqual({output: [{stream: 'stderr', text: '[1]+  Exit 28                 curl -s -m 3 http://10.96.0.1\n'}], exitCode: 0});
	});
});
