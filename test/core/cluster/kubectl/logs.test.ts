import {describe, expect, test} from 'vitest';
import {sandbox} from './helpers.js';

const TWO_CONTAINERS = `apiVersion: v1
kind: Pod
metadata:
  name: duo
spec:
  containers:
  - name: a
    image: busybox
    command: [sh, -c, 'echo one; echo two; echo three; sleep 3600']
  - name: b
    image: busybox
    command: [sh, -c, 'echo from-b; sleep 3600']
`;

describe('kubectl logs', () => {
	test('prints what the container printed; -c picks one; a multi-container pod defaults to the first, saying so', () => {
		const {run} = sandbox({'duo.yaml': TWO_CONTAINERS});
		run('kubectl apply -f duo.yaml');
		const first = run('kubectl logs duo');
		expect(first.stderr).toBe('Defaulted container "a" out of: a, b\n');
		expect(first.stdout).toBe('one\ntwo\nthree\n');
		expect(run('kubectl logs duo -c b').text).toBe('from-b\n');
		expect(run('kubectl logs duo b').text).toBe('from-b\n');
		expect(run('kubectl logs duo --all-containers').stdout).toBe('one\ntwo\nthree\nfrom-b\n');
		expect(run('kubectl logs duo --all-containers --prefix').stdout).toBe('[pod/duo/a] one\n[pod/duo/a] two\n[pod/duo/a] three\n[pod/duo/b] from-b\n');
		expect(run('kubectl logs duo -c nope')).toMatchObject({text: 'error: container nope is not valid for pod duo\n', exitCode: 1});
	});

	test('--tail, --since and --timestamps', () => {
		const {run} = sandbox({'duo.yaml': TWO_CONTAINERS});
		run('kubectl apply -f duo.yaml');
		expect(run('kubectl logs duo -c a --tail=2').text).toBe('two\nthree\n');
		expect(run('kubectl logs duo -c a --tail=0').text).toBe('');
		expect(run('kubectl logs duo -c a --timestamps --tail=1').text).toMatch(/^2026-01-01T00:00:\d\d\.\d+Z three\n$/);
		run('sleep 120');
		expect(run('kubectl logs duo -c a --since=1m').text).toBe('');
		expect(run('kubectl logs duo -c a --since=1h').text).toBe('one\ntwo\nthree\n');
		expect(run('kubectl logs duo -c a --since=abc')).toMatchObject({text: 'error: invalid argument "abc" for "--since" flag: time: invalid duration "abc"\n', exitCode: 1});
	});

	test('--previous after a restart, and kubectl\'s error when there is no previous run', () => {
		const {run} = sandbox();
		run("kubectl run crash --image=busybox -- sh -c 'echo started; sleep 5; exit 3'");
		expect(run('kubectl logs crash --previous')).toMatchObject({text: 'Error from server (BadRequest): previous terminated container "crash" in pod "crash" not found\n', exitCode: 1});
		run('sleep 30');
		expect(run('kubectl logs crash --previous').text).toBe('started\n');
		expect(run('kubectl logs crash').text).toBe('started\n');
	});

	test('a pod still creating its container, a missing pod, no target', () => {
		const {run} = sandbox();
		run('kubectl run web --image=nginx:no-such-tag');
		expect(run('kubectl logs web')).toMatchObject({text: 'Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n', exitCode: 1});
		run('sleep 1');
		expect(run('kubectl logs web').text).toBe('Error from server (BadRequest): container "web" in pod "web" is waiting to start: image can\'t be pulled\n');
		run('sleep 5');
		expect(run('kubectl logs web').text).toBe('Error from server (BadRequest): container "web" in pod "web" is waiting to start: trying and failing to pull image\n');
		expect(run('kubectl logs nosuch')).toMatchObject({text: 'Error from server (NotFound): pods "nosuch" not found\n', exitCode: 1});
		expect(run('kubectl logs').text).toBe("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n");
	});

	test('deploy/NAME and job/NAME pick one pod; -l reads every pod it selects, with per-pod prefixes', () => {
		const {run} = sandbox();
		run("kubectl create deployment talk --image=busybox --replicas=2 -- sh -c 'echo hi; sleep 3600'");
		const pods = run('kubectl get pods -o name').stdout.trim().split('\n').map(name => name.replace('pod/', ''));
		const one = run('kubectl logs deploy/talk');
		expect(one.stderr).toBe(`Found 2 pods, using pod/${pods[0]}\n`);
		expect(one.stdout).toBe('hi\n');
		expect(run('kubectl logs -l app=talk --prefix').text).toBe(pods.map(pod => `[pod/${pod}/busybox] hi\n`).join(''));
		expect(run('kubectl logs -l app=talk').text).toBe('hi\nhi\n');
		expect(run('kubectl logs deploy/nosuch').text).toBe('Error from server (NotFound): deployments.apps "nosuch" not found\n');
	});

	test('-f outside the interactive sandbox prints the log and says it stops at once', () => {
		const {run} = sandbox();
		run("kubectl run talk --image=busybox -- sh -c 'echo hi; sleep 3600'");
		const followed = run('kubectl logs -f talk');
		expect(followed.stdout).toBe('hi\n');
		expect(followed.stderr).toBe('kubetutor: "kubectl logs -f talk" runs until Ctrl+C; here it stopped at once (end the line with & to keep it running)\n');
	});
});
