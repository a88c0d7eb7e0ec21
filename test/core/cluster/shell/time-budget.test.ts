import {describe, expect, test} from 'vitest';
import {type Budget, stepBudget, UNLIMITED} from '../../../../src/core/cluster/budget.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

/** The first command gets `steps` checks, said as the real budget's "5 s"; later ones are unbounded. */
function firstCommandBudget(steps: number): () => Budget {
	let calls = 0;
	return () => (calls++ === 0 ? stepBudget(steps, '5 s') : UNLIMITED);
}

const STOPPED = (line: string) => `kubetutor: "${line}" stopped after 5 s (the sandbox's time budget for one command)\n`;

describe('the time budget for one command (docs/simulation.md, "Time budget")', () => {
	test('a command whose controllers outrun the budget says so after its own output, and the next command works', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined, budget: firstCommandBudget(5)});
		const line = 'kubectl create deployment web --image=nginx --replicas=30';
		const stopped = shell.run(line);
		expect(stopped).toEqual({output: [{stream: 'stdout', text: 'deployment.apps/web created\n'}, {stream: 'stderr', text: STOPPED(line)}], exitCode: 1});
		expect(outputText(shell.run('echo $?'))).toBe('1\n');
		// The work left over is still queued: the next command's settle finishes it.
		expect(outputText(shell.run('kubectl get deployment web'))).toMatch(/^NAME +READY +UP-TO-DATE +AVAILABLE +AGE\nweb +30\/30 +30 +30 +/);
	});

	test('a long chain of commands on one line stops between them, keeping what it printed', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined, budget: firstCommandBudget(3)});
		const line = 'echo a; echo b; echo c; echo d; echo e';
		expect(outputText(shell.run(line))).toBe(`a\n${STOPPED(line)}`);
		expect(outputText(shell.run('echo still here'))).toBe('still here\n');
	});

	test('a long command line is named by its first 57 characters', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined, budget: () => stepBudget(0, '5 s')});
		const line = `echo ${'x'.repeat(100)}`;
		expect(outputText(shell.run(line))).toBe(STOPPED(`${line.slice(0, 57)}...`));
	});

	test('batch mode gives every command its own budget and keeps going', () => {
		const result = runScript('kubectl create deployment web --image=nginx --replicas=30\necho next\n', {seed: 1, readFile: () => undefined, budget: firstCommandBudget(5)});
		expect(result).toEqual({
			transcript: `$ kubectl create deployment web --image=nginx --replicas=30\ndeployment.apps/web created\n${STOPPED('kubectl create deployment web --image=nginx --replicas=30')}$ echo next\nnext\n`,
			exitCode: 1,
		});
	});

	test('without a budget nothing is stopped', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined});
		expect(outputText(shell.run('kubectl create deployment web --image=nginx --replicas=30'))).toBe('deployment.apps/web created\n');
	});
});
