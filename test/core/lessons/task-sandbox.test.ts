import {describe, expect, test} from 'vitest';
import {runCommands, startTaskSandbox} from '../../../src/core/lessons/task-sandbox.js';

const noFiles = () => undefined;

describe('a task sandbox', () => {
	test('starts from the task setup, with the setup kept out of the learner history', () => {
		const sandbox = startTaskSandbox({setup: 'kubectl create deployment web --image=nginx --replicas=2\n'}, {seed: 1, readFile: noFiles});
		expect(sandbox.setup).toEqual({output: '$ kubectl create deployment web --image=nginx --replicas=2\ndeployment.apps/web created\n', exitCode: 0});
		expect(sandbox.shell.history).toEqual([]);
		expect(sandbox.cluster.store.count('Pod', 'default')).toBe(2);
	});

	test('runs here-documents and reports a failure anywhere in the block', () => {
		const sandbox = startTaskSandbox({setup: ''}, {seed: 1, readFile: noFiles});
		const ran = runCommands(
			sandbox.shell,
			'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\nEOF\nkubectl get svc nope\nkubectl get ns shop -o name\n',
		);
		expect(ran.output).toBe(
			'$ kubectl apply -f - <<EOF\nnamespace/shop created\n$ kubectl get svc nope\nError from server (NotFound): services "nope" not found\n$ kubectl get ns shop -o name\nnamespace/shop\n',
		);
		expect(ran.exitCode).toBe(1);
	});

	test('an empty setup leaves a fresh cluster', () => {
		const sandbox = startTaskSandbox({setup: '   \n'}, {seed: 1, readFile: noFiles, cloud: 'none'});
		expect(sandbox.setup).toEqual({output: '', exitCode: 0});
		expect(sandbox.cluster.cloud).toBe('none');
	});
});
