import {describe, expect, test} from 'vitest';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import type {KubeObject} from '../../../../src/core/cluster/kube-object.js';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

function setup() {
	const cluster = createCluster({seed: 3});
	cluster.store.put({
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {name: 'box', namespace: 'default', creationTimestamp: cluster.clock.timestamp()},
		spec: {containers: [{name: 'box', image: 'busybox:1.37', command: ['sleep', '3600']}], nodeName: 'kind-worker'},
		status: {phase: 'Running', podIP: '10.244.1.10'},
	} as KubeObject);
	const shell = createShell({cluster, readFile: () => undefined});
	const run = (line: string) => {
		const result = shell.run(line);
		return {text: outputText(result), exitCode: result.exitCode};
	};
	return {cluster, shell, run};
}

describe('exit statuses and $?', () => {
	test('$? is the status of the command before it, on the same line too', () => {
		const {run} = setup();
		expect(run('false; echo $?').text).toBe('1\n');
		expect(run('true; echo $?').text).toBe('0\n');
		expect(run('nosuch').exitCode).toBe(127);
		expect(run('echo $?').text).toBe('127\n');
		expect(run('kubectl get pod nope; echo "status $?"').text).toBe('Error from server (NotFound): pods "nope" not found\nstatus 1\n');
	});

	test('&& runs on success, || on failure', () => {
		const {run} = setup();
		expect(run('false && echo yes || echo no').text).toBe('no\n');
		expect(run('true && echo yes || echo no').text).toBe('yes\n');
		expect(run('false || false && echo never; echo $?').text).toBe('1\n');
	});

	test('a pipeline has the status of its last command', () => {
		const {run} = setup();
		expect(run('echo hello | grep nothing; echo $?').text).toBe('1\n');
		expect(run('echo hello | grep hell; echo $?').text).toBe('hello\n0\n');
	});
});

describe('word splitting', () => {
	test('the exam alias: export do="--dry-run=client -o yaml", then $do adds three words', () => {
		const {run} = setup();
		expect(run('export do="--dry-run=client -o yaml"').exitCode).toBe(0);
		const result = run('kubectl create deployment web --image=nginx $do');
		expect(result.exitCode).toBe(0);
		expect(result.text).toContain('apiVersion: apps/v1\nkind: Deployment\n');
		expect(run('kubectl get deploy web 2>&1').text).toBe('Error from server (NotFound): deployments.apps "web" not found\n');
	});

	test('"$var" stays one word', () => {
		const {run} = setup();
		run('X="a   b"');
		expect(run('echo $X').text).toBe('a b\n');
		expect(run('echo "$X"').text).toBe('a   b\n');
	});
});

describe('loops and arithmetic', () => {
	test('for NAME in WORDS', () => {
		const {run} = setup();
		expect(run('for i in 1 2 3; do echo "n=$i"; done').text).toBe('n=1\nn=2\nn=3\n');
		expect(run('for f in a b; do echo $f; done && echo after').text).toBe('a\nb\nafter\n');
	});

	test('while and until with $((…))', () => {
		const {run} = setup();
		expect(run('i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo "i=$i"; done').text).toBe('i=1\ni=2\ni=3\n');
		expect(run('[ -z "" ] && [ -n x ] && test a = a && test 2 -ge 2 && [ a != a ] || echo "status $?"').text).toBe('status 1\n');
		expect(run('n=0; until test $n = 3; do n=$((n + 1)); echo $n; done').text).toBe('1\n2\n3\n');
	});

	test('$((…)) does + - * / % and comparisons with variables', () => {
		const {run} = setup();
		run('a=7');
		expect(run('echo $((a * 2 + 1)) $((a / 2)) $((a % 4)) $(( (a - 10) * 3 )) $((a > 5)) $((a == 8))').text).toBe('15 3 3 -9 1 0\n');
		expect(run('echo $((1/0))')).toEqual({text: 'bash: 1/0: division by 0 (error token is "0")\n', exitCode: 1});
	});

	test('a loop that never ends is stopped', () => {
		const {run} = setup();
		expect(run('while true; do :; done')).toEqual({text: 'bash: loop stopped after 10000 iterations\n', exitCode: 1});
	});

	test('an unclosed loop is a syntax error', () => {
		const {run} = setup();
		expect(run('for i in 1 2; do echo $i')).toEqual({text: 'bash: syntax error: unexpected end of file\n', exitCode: 2});
		expect(run('echo a; done')).toEqual({text: "bash: syntax error near unexpected token `done'\n", exitCode: 2});
	});

	test('a loop over several lines in a script', () => {
		const result = runScript('for i in 1 2\ndo\n  echo "line $i"\ndone\necho end\n', {readFile: () => undefined});
		expect(result.transcript).toBe('$ for i in 1 2\nline 1\nline 2\n$ echo end\nend\n');
	});

	test('sh -c in a pod has its own $? and loops, and sees the pod, not the laptop', () => {
		const {run} = setup();
		run('X=laptop');
		expect(run(`kubectl exec box -- sh -c 'false; echo $?; for i in 1 2; do echo $i; done; echo "[$X]" $HOSTNAME'`).text).toBe('1\n1\n2\n[] box\n');
		expect(run(`kubectl exec box -- sh -c 'echo $((2/0))'`).text).toBe('sh: divide by zero\ncommand terminated with exit code 1\n');
	});

	test('exit N ends a sh -c script with status N; a bad number is sh\'s error', () => {
		const {run} = setup();
		expect(run(`kubectl exec box -- sh -c 'echo start; exit 3; echo never'`)).toEqual({text: 'start\ncommand terminated with exit code 3\n', exitCode: 3});
		expect(run(`kubectl exec box -- sh -c 'false; exit'`)).toEqual({text: 'command terminated with exit code 1\n', exitCode: 1});
		expect(run(`kubectl exec box -- sh -c 'exit x'`)).toEqual({text: 'sh: exit: Illegal number: x\ncommand terminated with exit code 2\n', exitCode: 2});
	});
});
