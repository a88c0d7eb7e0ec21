import {describe, expect, it} from 'vitest';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';

/** The pod agnhost netexec names at `/hostname`, or the exit code when none answered. */
function answeredBy(shell: ReturnType<typeof createShell>): string {
	const result = shell.run('curl -s -m 2 http://172.18.0.3:30080/hostname');
	return result.exitCode === 0 ? outputText(result) : `exit ${result.exitCode}`;
}

describe('requests follow the cluster as it changes', () => {
	it('a NodePort answers from the pods its Service selects now, after each change', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined});
		for (const line of [
			'kubectl create deployment a --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- /agnhost netexec --http-port=80',
			'kubectl create deployment b --image=registry.k8s.io/e2e-test-images/agnhost:2.53 -- /agnhost netexec --http-port=80',
			'kubectl create service nodeport web --tcp=80:80 --node-port=30080',
			`kubectl patch svc web -p '{"spec":{"selector":{"app":"a"}}}'`,
		]) expect(shell.run(line).exitCode).toBe(0);
		expect(answeredBy(shell)).toMatch(/^a-/);

		shell.run(`kubectl patch svc web -p '{"spec":{"selector":{"app":"b"}}}'`);
		const first = answeredBy(shell);
		expect(first).toMatch(/^b-/);

		shell.run('kubectl scale deploy b --replicas=0');
		expect(answeredBy(shell)).toBe('exit 7');

		shell.run('kubectl scale deploy b --replicas=1');
		const second = answeredBy(shell);
		expect(second).toMatch(/^b-/);
		expect(second).not.toBe(first);
	});
});
