import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {outputOf} from '../../../conformance/script.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined}).transcript;

const TAINT = '1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }';

function deployment(name: string, replicas: number, podSpec: string): string {
	return `kubectl apply -f - <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${podSpec}
YAML
`;
}

describe('the scheduler fits pods to what the nodes can still give', () => {
	it('a pod asking for 100 CPUs stays Pending: no node has that much, so preemption cannot help', () => {
		const transcript = run(
			`kubectl run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"100"}}}]}}'\n` +
				'kubectl get pod big\nkubectl describe pod big | grep FailedScheduling\n',
		);
		expect(outputOf(transcript, 'kubectl get pod big')).toBe('NAME   READY   STATUS    RESTARTS   AGE\nbig    0/1     Pending   0          0s\n');
		expect(outputOf(transcript, 'kubectl describe pod big | grep FailedScheduling')).toBe(
			`  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.\n`,
		);
	});

	it('requests add up per node: the third 5-CPU pod waits, and runs once another one goes', () => {
		const spec = '      containers:\n      - name: web\n        image: nginx\n        resources: {requests: {cpu: "5", memory: 64Mi}}';
		const transcript = run(
			`${deployment('half', 3, spec)}kubectl get pods -o wide | grep -c Pending\nkubectl describe pods | grep FailedScheduling\n` +
				'kubectl delete pod $(kubectl get pods -o name | head -1 | cut -d/ -f2)\nkubectl get pods --no-headers | grep -c Running\n' +
				'kubectl describe node kind-worker | grep -A3 "Resource  "\n',
		);
		expect(outputOf(transcript, 'kubectl get pods -o wide | grep -c Pending')).toBe('1\n');
		expect(outputOf(transcript, 'kubectl describe pods | grep FailedScheduling')).toBe(
			`  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: ${TAINT}, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.\n`,
		);
		expect(outputOf(transcript, 'kubectl get pods --no-headers | grep -c Running')).toBe('2\n');
		expect(outputOf(transcript, 'kubectl describe node kind-worker | grep -A3 "Resource  "')).toBe(
			'  Resource           Requests     Limits\n  --------           --------     ------\n  cpu                5100m (63%)  100m (1%)\n  memory             114Mi (0%)   50Mi (0%)\n',
		);
	});

	it('250 replicas fill the two workers’ 110 pods each; the rest stay Pending with the scheduler’s text', () => {
		const transcript = run('kubectl create deploy many --image=nginx --replicas=250\nkubectl get pods --no-headers | grep -c Pending\nkubectl describe pods | grep FailedScheduling | head -1\n');
		// Each worker already runs kindnet and kube-proxy.
		expect(outputOf(transcript, 'kubectl get pods --no-headers | grep -c Pending')).toBe('34\n');
		expect(outputOf(transcript, 'kubectl describe pods | grep FailedScheduling | head -1')).toBe(
			`  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: ${TAINT}, 2 Too many pods. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.\n`,
		);
	});

	it('required pod anti-affinity by hostname puts one pod per worker and leaves the third Pending', () => {
		const spec = [
			'      affinity:',
			'        podAntiAffinity:',
			'          requiredDuringSchedulingIgnoredDuringExecution:',
			'          - labelSelector: {matchLabels: {app: spread}}',
			'            topologyKey: kubernetes.io/hostname',
			'      containers: [{name: web, image: nginx}]',
		].join('\n');
		const transcript = run(`${deployment('spread', 3, spec)}kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers\nkubectl describe pods | grep FailedScheduling\n`);
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers').split('\n').sort().join(' ').trim()).toBe('<none> kind-worker kind-worker2');
		expect(outputOf(transcript, 'kubectl describe pods | grep FailedScheduling')).toBe(
			`  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: ${TAINT}, 2 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.\n`,
		);
	});

	it('required pod affinity follows the pod it names; with no such pod anywhere it waits', () => {
		const spec = [
			'      affinity:',
			'        podAffinity:',
			'          requiredDuringSchedulingIgnoredDuringExecution:',
			'          - labelSelector: {matchLabels: {app: db}}',
			'            topologyKey: kubernetes.io/hostname',
			'      containers: [{name: web, image: nginx}]',
		].join('\n');
		const transcript = run(
			`${deployment('near', 2, spec)}kubectl describe pods | grep FailedScheduling | head -1\n` +
				'kubectl run db --image=redis --labels=app=db --overrides=\'{"spec":{"nodeName":"kind-worker2"}}\'\nkubectl get pods -l app=near -o custom-columns=NODE:.spec.nodeName --no-headers\n',
		);
		expect(outputOf(transcript, 'kubectl describe pods | grep FailedScheduling | head -1')).toBe(
			`  Warning  FailedScheduling  0s    default-scheduler  0/3 nodes are available: ${TAINT}, 2 node(s) didn't match pod affinity rules. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.\n`,
		);
		expect(outputOf(transcript, 'kubectl get pods -l app=near -o custom-columns=NODE:.spec.nodeName --no-headers')).toBe('kind-worker2\nkind-worker2\n');
	});

	it('a toleration for the control plane’s taint lets a pod run there, a nodeSelector picks the node', () => {
		const spec = [
			'      nodeSelector: {kubernetes.io/hostname: kind-control-plane}',
			'      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]',
			'      containers: [{name: web, image: nginx}]',
		].join('\n');
		const transcript = run(`${deployment('cp', 1, spec)}kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers\n`);
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers')).toBe('kind-control-plane\n');
	});
});

describe('NoExecute taints', () => {
	it('evict the pods that do not tolerate them; their ReplicaSet starts replacements elsewhere', () => {
		const transcript = run(
			'kubectl create deploy web --image=nginx --replicas=2\n' +
				`kubectl patch node kind-worker2 -p '{"spec":{"taints":[{"key":"maintenance","value":"now","effect":"NoExecute"}]}}'\n` +
				'kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers\nkubectl get events | grep TaintManagerEviction | wc -l\n' +
				'kubectl get pods -n kube-system -o wide --no-headers | grep -c kind-worker2\n',
		);
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=NODE:.spec.nodeName --no-headers')).toBe('kind-worker\nkind-worker\n');
		expect(outputOf(transcript, 'kubectl get events | grep TaintManagerEviction | wc -l')).toBe('1\n');
		// kube-proxy and kindnet tolerate every taint.
		expect(outputOf(transcript, 'kubectl get pods -n kube-system -o wide --no-headers | grep -c kind-worker2')).toBe('2\n');
	});
});
