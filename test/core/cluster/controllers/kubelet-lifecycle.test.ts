import {describe, expect, test} from 'vitest';
import {containerOutput} from '../../../../src/core/cluster/controllers/kubelet-containers.js';
import {sandbox} from '../kubectl/helpers.js';

/** The pod's row of `kubectl get pods`, columns split on runs of spaces. */
function row(run: (line: string) => {stdout: string}, pod: string): string[] {
	const line = run(`kubectl get pod ${pod}`).stdout.split('\n')[1] ?? '';
	return line.split(/\s{2,}/);
}

function events(run: (line: string) => {stdout: string}, pod: string): string {
	const out = run(`kubectl describe pod ${pod}`).stdout;
	return out.slice(out.indexOf('Events:'));
}

describe('image pulls', () => {
	test('a known image is pulled once per node, then found present', () => {
		const {run} = sandbox();
		run(`kubectl run a --image=nginx:1.27 --overrides='{"spec":{"nodeName":"kind-worker"}}'`);
		run(`kubectl run b --image=nginx:1.27 --overrides='{"spec":{"nodeName":"kind-worker"}}'`);
		expect(row(run, 'a').slice(1, 4)).toEqual(['1/1', 'Running', '0']);
		expect(events(run, 'a')).toMatch(/Normal {2}Pulling +\S+ +kubelet +Pulling image "nginx:1\.27"\n/);
		expect(events(run, 'a')).toMatch(/kubelet +Successfully pulled image "nginx:1\.27" in \d\.\d+s \(\d\.\d+s including waiting\)\. Image size: 72188133 bytes\.\n/);
		expect(events(run, 'a')).toMatch(/Normal {2}Created +\S+ +kubelet +Created container: a\n/);
		expect(events(run, 'a')).toMatch(/Normal {2}Started +\S+ +kubelet +Started container a\n/);
		expect(events(run, 'b')).toMatch(/kubelet +Container image "nginx:1\.27" already present on machine\n/);
		expect(events(run, 'b')).not.toMatch(/Pulling/);
	});

	test('an unknown tag: ErrImagePull with containerd\'s not-found message, then ImagePullBackOff', () => {
		const {run} = sandbox();
		run('kubectl run bad --image=nginx:doesnotexist');
		run('sleep 1');
		expect(row(run, 'bad').slice(1, 4)).toEqual(['0/1', 'ErrImagePull', '0']);
		run('sleep 5');
		expect(row(run, 'bad').slice(1, 4)).toEqual(['0/1', 'ImagePullBackOff', '0']);
		const shown = events(run, 'bad');
		expect(shown).toContain('Failed to pull image "nginx:doesnotexist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found\n');
		expect(shown).toMatch(/Warning {2}Failed +\S+ +kubelet +Error: ErrImagePull\n/);
		expect(shown).toMatch(/Normal {3}BackOff +\S+ +kubelet +Back-off pulling image "nginx:doesnotexist"\n/);
		expect(shown).toMatch(/Warning {2}Failed +\S+ +kubelet +Error: ImagePullBackOff\n/);
		const waiting = JSON.parse(run('kubectl get pod bad -o jsonpath={.status.containerStatuses[0].state.waiting}').stdout) as {message: string};
		expect(waiting.message).toMatch(/^Back-off pulling image "nginx:doesnotexist": ErrImagePull: rpc error: code = NotFound/);
		expect(run('kubectl get pod bad -o jsonpath={.status.phase}').stdout).toBe('Pending');
	});

	test('the pull back-off doubles from 10 s: retries at about 10 s, 30 s and 70 s', () => {
		const {run} = sandbox();
		run('kubectl run bad --image=nginx:doesnotexist');
		run('sleep 75');
		expect(events(run, 'bad')).toMatch(/Pulling +\S+ \(x4 over \S+\) +kubelet +Pulling image "nginx:doesnotexist"/);
	});

	test('a Docker Hub name that does not exist: pull access denied', () => {
		const {run} = sandbox();
		run('kubectl run typo --image=ngnix');
		run('sleep 2');
		expect(events(run, 'typo')).toContain('Failed to pull image "ngnix": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/ngnix:latest": failed to resolve reference "docker.io/library/ngnix:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed\n');
	});

	test('an image from another registry pulls even when the catalogue does not know it', () => {
		const {run} = sandbox();
		run('kubectl run q --image=quay.io/example/server:v1');
		expect(row(run, 'q')[2]).toBe('Running');
	});

	test('imagePullPolicy Never on a node without the image: ErrImageNeverPull', () => {
		const {run} = sandbox();
		const manifest = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: n\nspec:\n  containers:\n  - name: n\n    image: nginx:1.27\n    imagePullPolicy: Never\n';
		run('kubectl apply -f -', manifest);
		expect(row(run, 'n')[2]).toBe('ErrImageNeverPull');
		expect(events(run, 'n')).toMatch(/Warning {2}ErrImageNeverPull +\S+ +kubelet +Container image "nginx:1\.27" is not present with pull policy of Never\n/);
	});
});

describe('processes', () => {
	test('busybox without a command: its sh exits at once without a terminal, so the pod crash-loops', () => {
		const {run} = sandbox();
		run('kubectl run i --image=busybox');
		run('sleep 60');
		const [, ready, status, restarts] = row(run, 'i');
		expect([ready, status]).toEqual(['0/1', 'CrashLoopBackOff']);
		expect(restarts).toMatch(/^3 \(\d+s ago\)$/);
		const described = run('kubectl describe pod i').stdout;
		expect(described).toMatch(/State: +Waiting\n +Reason: +CrashLoopBackOff\n +Last State: +Terminated\n +Reason: +Completed\n +Exit Code: +0\n/);
		expect(described).toMatch(/Warning {2}BackOff +\S+ \(x\d over \S+\) +kubelet +Back-off restarting failed container i in pod i_default\([0-9a-f-]+\)\n/);
		const waiting = run('kubectl get pod i -o jsonpath={.status.containerStatuses[0].state.waiting.message}').stdout;
		expect(waiting).toMatch(/^back-off 40s restarting failed container=i pod=i_default\([0-9a-f-]+\)$/);
	});

	test('--restart=Never -- sh -c \'echo hi\' completes and keeps what it printed', () => {
		const {run, shell} = sandbox();
		run("kubectl run once --image=busybox --restart=Never -- sh -c 'echo hi'");
		expect(row(run, 'once').slice(1, 4)).toEqual(['0/1', 'Completed', '0']);
		expect(run('kubectl get pod once -o jsonpath={.status.phase}').stdout).toBe('Succeeded');
		expect(containerOutput(shell.cluster, 'default', 'once', 'once')).toBe('hi\n');
	});

	test('exit 1 with restartPolicy Never fails the pod: STATUS Error', () => {
		const {run} = sandbox();
		run("kubectl run f --image=busybox --restart=Never -- sh -c 'echo bye; exit 1'");
		expect(row(run, 'f')[2]).toBe('Error');
		expect(run('kubectl get pod f -o jsonpath={.status.phase}').stdout).toBe('Failed');
		expect(run('kubectl get pod f -o jsonpath={.status.containerStatuses[0].state.terminated.exitCode}').stdout).toBe('1');
	});

	test('sleep N exits after N simulated seconds; OnFailure does not restart a clean exit', () => {
		const {run} = sandbox();
		run('kubectl run s --image=busybox --restart=OnFailure -- sleep 30');
		run('sleep 20');
		expect(row(run, 's')[2]).toBe('Running');
		run('sleep 15');
		expect(row(run, 's').slice(2, 4)).toEqual(['Completed', '0']);
	});

	test('OnFailure restarts a failing container', () => {
		const {run} = sandbox();
		run('kubectl run f --image=busybox --restart=OnFailure -- false');
		run('sleep 15');
		expect(row(run, 'f')[3]).toMatch(/^2 \(\d+s ago\)$/);
	});

	test('servers, sleep infinity and endless loops keep running', () => {
		const {run} = sandbox();
		run('kubectl run web --image=nginx');
		run('kubectl run h --image=httpd:2.4');
		run('kubectl run r --image=redis:7');
		run('kubectl run sl --image=busybox -- sleep infinity');
		run("kubectl run loop --image=busybox -- sh -c 'while true; do echo tick; sleep 5; done'");
		run('kubectl run agn --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- netexec');
		run('sleep 600');
		for (const pod of ['web', 'h', 'r', 'sl', 'loop', 'agn']) expect(row(run, pod).slice(1, 4)).toEqual(['1/1', 'Running', '0']);
	});
});
