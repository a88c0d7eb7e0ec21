import {describe, expect, test} from 'vitest';
import {sandbox} from '../kubectl/helpers.js';

type Run = ReturnType<typeof sandbox>['run'];

function row(run: Run, pod: string): string[] {
	const line = run(`kubectl get pod ${pod}`).stdout.split('\n')[1] ?? '';
	return line.split(/\s{2,}/).slice(1, 4);
}

const pod = (name: string, init: string, policy = 'Always') =>
	`apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  restartPolicy: ${policy}\n  initContainers:\n  - name: init\n    image: busybox:1.36\n    command: ["sh", "-c", "${init}"]\n  containers:\n  - name: app\n    image: nginx:1.27\n`;

describe('init containers run their process to completion before the app starts', () => {
	test('`sleep 5` keeps the pod in Init:0/1 for five seconds, then the app runs', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', pod('slow', 'echo preparing; sleep 5'));
		run('sleep 4');
		expect(row(run, 'slow')).toEqual(['0/1', 'Init:0/1', '0']);
		expect(run("kubectl get pod slow -o jsonpath='{.status.containerStatuses[0].state.waiting.reason}'").stdout).toBe('PodInitializing');
		run('sleep 1');
		expect(row(run, 'slow')).toEqual(['1/1', 'Running', '0']);
		expect(run("kubectl get pod slow -o jsonpath='{.status.initContainerStatuses[0].state.terminated.reason}'").stdout).toBe('Completed');
		const events = run('kubectl describe pod slow').stdout;
		expect(events.indexOf('Started container init')).toBeLessThan(events.indexOf('Created container: app'));
	});

	test('an init container that fails is restarted with the crash-loop back-off: Init:CrashLoopBackOff, the app never starts', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', pod('bad', 'exit 1'));
		// the first restart comes at once, the second after 10 s
		expect(row(run, 'bad')).toEqual(['0/1', 'Init:CrashLoopBackOff', '1 (0s ago)']);
		expect(run("kubectl get pod bad -o jsonpath='{.status.initContainerStatuses[0].lastState.terminated.reason} {.status.initContainerStatuses[0].lastState.terminated.exitCode}'").stdout).toBe('Error 1');
		run('sleep 30');
		expect(row(run, 'bad')).toEqual(['0/1', 'Init:CrashLoopBackOff', '3 (0s ago)']);
		expect(run("kubectl get pod bad -o jsonpath='{.status.containerStatuses[0].state.waiting.reason}'").stdout).toBe('PodInitializing');
		expect(run('kubectl describe pod bad').stdout).toMatch(/Warning {2}BackOff +\S+ \(x\d+ over \d+s\) +kubelet +Back-off restarting failed container init in pod bad_default\(/);
	});

	test('with restartPolicy Never a failed init container fails the pod', () => {
		const {run} = sandbox();
		run('kubectl apply -f -', pod('once', 'exit 3', 'Never'));
		expect(row(run, 'once')).toEqual(['0/1', 'Init:Error', '0']);
		expect(run("kubectl get pod once -o jsonpath='{.status.phase} {.status.initContainerStatuses[0].state.terminated.exitCode}'").stdout).toBe('Failed 3');
	});
});
