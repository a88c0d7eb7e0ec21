import {describe, expect, it} from 'vitest';
import {outputText} from '../../../src/core/cluster/command-result.js';
import {createCluster} from '../../../src/core/cluster/create-cluster.js';
import {createShell} from '../../../src/core/cluster/shell/shell.js';

const A = ['kubectl create deployment web --image=nginx --replicas=2', 'kubectl expose deployment web --port=80 --type=NodePort', 'sleep 3', 'kubectl get pods,svc,endpointslices -o wide', 'curl -s -o /dev/null -w "%{http_code}\\n" http://172.18.0.3:$(kubectl get svc web -o jsonpath="{.spec.ports[0].nodePort}")'];
const B = ['kubectl create service loadbalancer web --tcp=80:8080', 'kubectl run api --image=nginx --labels=app=web --port=8080', 'sleep 2', 'kubectl get pods,svc -o wide', 'kubectl describe svc web'];

function transcript(lines: readonly string[], run: (line: string) => string): string {
	return lines.map(run).join('');
}

describe('a Cluster', () => {
	// docs/architecture.md, "One place for the cluster's state": clusters share nothing.
	it('gives the same transcripts whether another cluster runs alongside it or not', () => {
		const alone = (lines: readonly string[]) => {
			const shell = createShell({cluster: createCluster({seed: 4}), readFile: () => undefined});
			return transcript(lines, line => outputText(shell.run(line)));
		};
		const a = createShell({cluster: createCluster({seed: 4}), readFile: () => undefined});
		const b = createShell({cluster: createCluster({seed: 4}), readFile: () => undefined});
		const interleaved = {a: '', b: ''};
		A.forEach((line, index) => {
			interleaved.a += outputText(a.run(line));
			interleaved.b += outputText(b.run(B[index]));
		});
		expect(interleaved.a).toBe(alone(A));
		expect(interleaved.b).toBe(alone(B));
		expect(interleaved.a).toContain('200\n');
	});
});
