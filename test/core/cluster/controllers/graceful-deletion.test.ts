import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {outputOf} from '../../../conformance/script.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined}).transcript;

const SLICE = "kubectl get endpointslices -l kubernetes.io/service-name=sleeper -o jsonpath='{.items[0].endpoints[0].conditions}'";

describe('a deleted pod terminates gracefully', () => {
	it('sleep as PID 1 ignores SIGTERM: Terminating for the whole 30 s, its endpoint serving but not ready, then gone', () => {
		const transcript = run(
			'kubectl run sleeper --image=busybox --port=80 -- sleep 3600\nkubectl expose pod sleeper\nkubectl delete pod sleeper --wait=false\nkubectl get pods\n' +
				`${SLICE}\nkubectl describe pod sleeper | grep -E "^Status|Killing"\nsleep 29\nkubectl get pods\nsleep 1\nkubectl get pods\n`,
		);
		expect(outputOf(transcript, 'kubectl delete pod sleeper --wait=false')).toBe('pod "sleeper" deleted from default namespace\n');
		expect(outputOf(transcript, 'kubectl get pods', 0)).toBe('NAME      READY   STATUS        RESTARTS   AGE\nsleeper   1/1     Terminating   0          0s\n');
		expect(outputOf(transcript, SLICE)).toBe('{"ready":false,"serving":true,"terminating":true}\n');
		expect(outputOf(transcript, 'kubectl get pods', 1)).toBe('NAME      READY   STATUS        RESTARTS   AGE\nsleeper   1/1     Terminating   0          29s\n');
		// kubectl prints the time since a deletionTimestamp that lies in the future as <invalid>.
		expect(outputOf(transcript, 'kubectl describe pod sleeper | grep -E "^Status|Killing"')).toBe(
			'Status:                    Terminating (lasts <invalid>)\n  Normal  Killing    0s    kubelet            Stopping container sleeper\n',
		);
		expect(outputOf(transcript, 'kubectl get pods', 2)).toBe('No resources found in default namespace.\n');
	});

	it('kubectl delete waits until the pod is gone (time passes in batch mode); nginx stops at once', () => {
		const transcript = run('kubectl run sleeper --image=busybox -- sleep 3600\nkubectl run web --image=nginx\nkubectl delete pod sleeper\nkubectl get pods\nkubectl delete pod web\nkubectl get pods\n');
		expect(outputOf(transcript, 'kubectl get pods', 0)).toBe('NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          30s\n');
		expect(outputOf(transcript, 'kubectl get pods', 1)).toBe('No resources found in default namespace.\n');
	});

	it('--grace-period shortens the wait; --force --grace-period=0 removes at once with kubectl’s warning', () => {
		const transcript = run(
			'kubectl run a --image=busybox -- sleep 3600\nkubectl run b --image=busybox -- sleep 3600\nkubectl delete pod a --grace-period=5\nkubectl get pod b\n' +
				'kubectl delete pod b --force --grace-period=0\nkubectl delete pod c --now --grace-period=3\n',
		);
		expect(outputOf(transcript, 'kubectl get pod b')).toBe('NAME   READY   STATUS    RESTARTS   AGE\nb      1/1     Running   0          5s\n');
		expect(outputOf(transcript, 'kubectl delete pod b --force --grace-period=0')).toBe(
			'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "b" force deleted from default namespace\n',
		);
		expect(outputOf(transcript, 'kubectl delete pod c --now --grace-period=3')).toBe('error: --now and --grace-period cannot be specified together\n');
	});

	it('a ReplicaSet replaces a terminating pod at once: the old one finishes its grace period beside the new one', () => {
		const transcript = run('kubectl create deploy s --image=busybox -- sleep 3600\nkubectl delete pod -l app=s --wait=false\nkubectl get pods -o custom-columns=STATUS:.status.phase,DELETING:.metadata.deletionGracePeriodSeconds --no-headers\n');
		expect(outputOf(transcript, 'kubectl get pods -o custom-columns=STATUS:.status.phase,DELETING:.metadata.deletionGracePeriodSeconds --no-headers')).toBe('Running   30\nRunning   <none>\n');
	});
});

describe('what the control plane keeps alive', () => {
	it('the API server puts default/kubernetes back within 10 s of its deletion', () => {
		const transcript = run('kubectl delete svc kubernetes\nkubectl get svc\nsleep 10\nkubectl get svc kubernetes\n');
		expect(outputOf(transcript, 'kubectl get svc')).toBe('No resources found in default namespace.\n');
		expect(outputOf(transcript, 'kubectl get svc kubernetes')).toBe('NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   0s\n');
	});

	it('node Leases are renewed every 10 s and node status reported every 5 minutes', () => {
		const transcript = run('sleep 125\nkubectl describe node kind-worker | grep -E "RenewTime|^  Ready"\n');
		expect(outputOf(transcript, 'kubectl describe node kind-worker | grep -E "RenewTime|^  Ready"')).toBe(
			'  RenewTime:       Thu, 01 Jan 2026 00:02:00 +0000\n  Ready            True    Thu, 01 Jan 2026 00:00:30 +0000   Wed, 31 Dec 2025 23:55:30 +0000   KubeletReady                 kubelet is posting ready status\n',
		);
	});
});
