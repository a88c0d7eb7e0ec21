import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {outputOf} from '../../../conformance/script.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined}).transcript;

const SET_IMAGE = (image: string, extra = '') =>
	`kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"web","image":"${image}"${extra}}]}}}}'`;

function web(spec: string): string {
	return `kubectl apply -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 4
${spec}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx:1.26}]
YAML
`;
}

const SIZES = 'kubectl get rs -o custom-columns=NAME:.metadata.name,DESIRED:.spec.replicas,AVAILABLE:.status.availableReplicas';

describe('a Deployment rolls out step by step', () => {
	it('4 replicas with the default 25 % surge and unavailability: one new pod up, one old down, as pods become available', () => {
		const transcript = run(`${web('  minReadySeconds: 5')}sleep 5\n${SET_IMAGE('nginx:1.27')}\n${SIZES}\nkubectl rollout status deploy/web\n${SIZES}\nkubectl describe deploy web | grep ScalingReplicaSet\n`);
		expect(outputOf(transcript, SIZES, 0)).toBe(
			'NAME             DESIRED   AVAILABLE\nweb-5f84b7585b   2         <none>\nweb-6d6b8cb54c   3         3\n',
		);
		expect(outputOf(transcript, 'kubectl rollout status deploy/web')).toBe(
			[
				'Waiting for deployment "web" rollout to finish: 2 out of 4 new replicas have been updated...',
				'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...',
				'deployment "web" successfully rolled out',
				'',
			].join('\n'),
		);
		expect(outputOf(transcript, SIZES, 1)).toBe('NAME             DESIRED   AVAILABLE\nweb-5f84b7585b   4         4\nweb-6d6b8cb54c   0         <none>\n');
		expect(outputOf(transcript, 'kubectl describe deploy web | grep ScalingReplicaSet').split('\n').map(line => line.replace(/^.*deployment-controller {2}/, ''))).toEqual([
			'Scaled up replica set web-6d6b8cb54c from 0 to 4',
			'Scaled up replica set web-5f84b7585b from 0 to 1',
			'Scaled down replica set web-6d6b8cb54c from 4 to 3',
			'Scaled up replica set web-5f84b7585b from 1 to 2',
			'Scaled down replica set web-6d6b8cb54c from 3 to 1',
			'Scaled up replica set web-5f84b7585b from 2 to 4',
			'Scaled down replica set web-6d6b8cb54c from 1 to 0',
			'',
		]);
	});

	it('maxSurge 0 takes an old pod down first; pods that never get ready hit the progress deadline', () => {
		const transcript = run(
			`${web('  progressDeadlineSeconds: 30\n  strategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 1}}')}` +
				`${SET_IMAGE('nginx:1.27', ',"readinessProbe":{"tcpSocket":{"port":9999}}')}\n${SIZES}\nkubectl rollout status deploy/web\n` +
				"kubectl get deploy web -o jsonpath='{.status.conditions[1].reason}: {.status.conditions[1].message}'\n",
		);
		expect(outputOf(transcript, SIZES)).toBe('NAME             DESIRED   AVAILABLE\nweb-578c9fc49b   1         <none>\nweb-6d6b8cb54c   3         3\n');
		expect(outputOf(transcript, 'kubectl rollout status deploy/web')).toBe(
			'Waiting for deployment "web" rollout to finish: 1 out of 4 new replicas have been updated...\nerror: deployment "web" exceeded its progress deadline\n',
		);
		expect(outputOf(transcript, "kubectl get deploy web -o jsonpath='{.status.conditions[1].reason}: {.status.conditions[1].message}'")).toBe(
			'ProgressDeadlineExceeded: ReplicaSet "web-578c9fc49b" has timed out progressing.\n',
		);
	});

	it('Recreate scales the old ReplicaSet to 0 before the new one starts; revisionHistoryLimit prunes empty ones', () => {
		const transcript = run(
			`${web('  revisionHistoryLimit: 1\n  strategy: {type: Recreate}')}${SET_IMAGE('nginx:1.27')}\n${SET_IMAGE('nginx:1.28')}\n` +
				'kubectl get rs --no-headers | wc -l\nkubectl describe deploy web | grep ScalingReplicaSet\n',
		);
		expect(outputOf(transcript, 'kubectl get rs --no-headers | wc -l')).toBe('2\n');
		expect(outputOf(transcript, 'kubectl describe deploy web | grep ScalingReplicaSet').split('\n').map(line => line.replace(/^.*deployment-controller {2}/, ''))).toEqual([
			'Scaled up replica set web-6d6b8cb54c from 0 to 4',
			'Scaled down replica set web-6d6b8cb54c from 4 to 0',
			'Scaled up replica set web-5f84b7585b from 0 to 4',
			'Scaled down replica set web-5f84b7585b from 4 to 0',
			'Scaled up replica set web-6cc757cd57 from 0 to 4',
			'',
		]);
	});

	it('a paused Deployment keeps its pods through a template change until it is resumed', () => {
		const transcript = run(`${web('')}kubectl rollout pause deploy/web\n${SET_IMAGE('nginx:1.27')}\nkubectl scale deploy web --replicas=2\n${SIZES}\nkubectl rollout resume deploy/web\n${SIZES}\n`);
		expect(outputOf(transcript, SIZES, 0)).toBe('NAME             DESIRED   AVAILABLE\nweb-6d6b8cb54c   2         2\n');
		expect(outputOf(transcript, SIZES, 1)).toBe('NAME             DESIRED   AVAILABLE\nweb-5f84b7585b   2         2\nweb-6d6b8cb54c   0         <none>\n');
	});
});

describe('a StatefulSet starts and stops its pods in order', () => {
	const sts = (policy: string) => `kubectl apply -f - <<YAML
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 3
  serviceName: db${policy}
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: db
        image: nginx
        readinessProbe: {tcpSocket: {port: 80}, initialDelaySeconds: 5}
YAML
`;

	it('OrderedReady: each pod Running and Ready before the next; scale-down from the highest ordinal', () => {
		const transcript = run(`${sts('')}kubectl get pods\nkubectl rollout status sts/db\nkubectl get pods\nkubectl scale sts db --replicas=1\nkubectl get events --field-selector involvedObject.kind=StatefulSet -o custom-columns=MESSAGE:.message --no-headers\n`);
		expect(outputOf(transcript, 'kubectl get pods', 0)).toBe('NAME   READY   STATUS    RESTARTS   AGE\ndb-0   0/1     Running   0          0s\n');
		expect(outputOf(transcript, 'kubectl rollout status sts/db')).toBe(
			'Waiting for 3 pods to be ready...\nWaiting for 2 pods to be ready...\nWaiting for 1 pods to be ready...\npartitioned roll out complete: 3 new pods have been updated...\n',
		);
		expect(outputOf(transcript, 'kubectl get pods', 1)).toBe(
			'NAME   READY   STATUS    RESTARTS   AGE\ndb-0   1/1     Running   0          15s\ndb-1   1/1     Running   0          10s\ndb-2   1/1     Running   0          5s\n',
		);
		expect(outputOf(transcript, 'kubectl get events --field-selector involvedObject.kind=StatefulSet -o custom-columns=MESSAGE:.message --no-headers')).toBe(
			[
				'create Pod db-0 in StatefulSet db successful',
				'create Pod db-1 in StatefulSet db successful',
				'create Pod db-2 in StatefulSet db successful',
				'delete Pod db-2 in StatefulSet db successful',
				'delete Pod db-1 in StatefulSet db successful',
				'',
			].join('\n'),
		);
	});

	it('Parallel starts every pod at once', () => {
		const transcript = run(`${sts('\n  podManagementPolicy: Parallel')}kubectl get pods --no-headers | wc -l\n`);
		expect(outputOf(transcript, 'kubectl get pods --no-headers | wc -l')).toBe('3\n');
	});
});
