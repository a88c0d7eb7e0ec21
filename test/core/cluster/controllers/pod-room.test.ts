import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined});

describe('replicas beyond what the cluster can hold', () => {
	it('--replicas=2147483647 is accepted, and only what the nodes could run plus one burst is built', () => {
		const {transcript} = run('kubectl create deploy x --image=nginx --replicas=2147483647\nkubectl get deploy x\nkubectl get rs\nkubectl scale deploy x --replicas=2\nkubectl get deploy x\n');
		expect(transcript).toBe(
			[
				'$ kubectl create deploy x --image=nginx --replicas=2147483647',
				'deployment.apps/x created',
				'$ kubectl get deploy x',
				'NAME   READY            UP-TO-DATE   AVAILABLE   AGE',
				'x      216/2147483647   817          216         0s',
				'$ kubectl get rs',
				'NAME           DESIRED      CURRENT   READY   AGE',
				'x-747d98c996   2147483647   817       216     0s',
				'$ kubectl scale deploy x --replicas=2',
				'deployment.apps/x scaled',
				'$ kubectl get deploy x',
				'NAME   READY   UP-TO-DATE   AVAILABLE   AGE',
				'x      2/2     2            2           0s',
				'',
			].join('\n'),
		);
	});

	it('pods beyond the nodes’ 110 each stay Pending with the scheduler’s message', () => {
		const {transcript} = run('kubectl create deploy y --image=nginx --replicas=300\nkubectl get pods --no-headers | grep -c Pending\nkubectl describe pod y | grep FailedScheduling | head -1\n');
		expect(transcript).toBe(
			[
				'$ kubectl create deploy y --image=nginx --replicas=300',
				'deployment.apps/y created',
				'$ kubectl get pods --no-headers | grep -c Pending',
				'84',
				'$ kubectl describe pod y | grep FailedScheduling | head -1',
				'  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Too many pods. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
				'',
			].join('\n'),
		);
	});

	it('a Parallel StatefulSet of 2147483647 stops at the same bound', () => {
		const manifest = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  replicas: 2147483647\n  podManagementPolicy: Parallel\n  serviceName: db\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db}\n    spec:\n      containers: [{name: db, image: nginx}]\n';
		const {transcript} = run(`kubectl apply -f - <<EOF\n${manifest}EOF\nkubectl get pods --no-headers | wc -l\n`);
		expect(transcript).toBe('$ kubectl apply -f - <<EOF\nstatefulset.apps/db created\n$ kubectl get pods --no-headers | wc -l\n817\n');
	});
});
