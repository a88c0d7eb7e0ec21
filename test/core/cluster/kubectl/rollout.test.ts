import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';
import {outputOf} from '../../../conformance/script.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined}).transcript;

const SET_IMAGE = `kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}'`;
const START = `kubectl create deploy web --image=nginx:1.26 --replicas=2\n`;

describe('kubectl rollout history and undo', () => {
	it('lists the revisions with their change-cause, and shows one revision’s pod template', () => {
		const transcript = run(`${START}kubectl rollout history deploy/web\nkubectl annotate deploy web kubernetes.io/change-cause="image 1.27"\n${SET_IMAGE}\nkubectl rollout history deployment web\nkubectl rollout history deploy/web --revision=2\nkubectl rollout history deploy/web --revision=7\n`);
		expect(outputOf(transcript, 'kubectl rollout history deploy/web')).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n\n');
		// The annotation is copied to the current ReplicaSet too, as the deployment controller does.
		expect(outputOf(transcript, 'kubectl rollout history deployment web')).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         image 1.27\n2         image 1.27\n\n');
		expect(outputOf(transcript, 'kubectl rollout history deploy/web --revision=2')).toBe(
			[
				'deployment.apps/web with revision #2',
				'Pod Template:',
				'  Labels:\tapp=web',
				'\tpod-template-hash=766486c5b6',
				'  Annotations:\tkubernetes.io/change-cause: image 1.27',
				'  Containers:',
				'   nginx:',
				'    Image:\tnginx:1.27',
				'    Port:\t<none>',
				'    Host Port:\t<none>',
				'    Environment:\t<none>',
				'    Mounts:\t<none>',
				'  Volumes:\t<none>',
				'  Node-Selectors:\t<none>',
				'  Tolerations:\t<none>',
				'',
				'',
			].join('\n'),
		);
		expect(outputOf(transcript, 'kubectl rollout history deploy/web --revision=7')).toBe('error: unable to find the specified revision\n');
	});

	it('undo goes back one revision (which becomes the newest), --to-revision picks one, with kubectl’s errors', () => {
		const transcript = run(`${START}${SET_IMAGE}\nkubectl rollout undo deploy/web\nkubectl rollout history deploy/web\nkubectl get rs\nkubectl rollout undo deploy/web --to-revision=3\nkubectl rollout undo deploy/web --to-revision=9\n`);
		expect(outputOf(transcript, 'kubectl rollout undo deploy/web')).toBe('deployment.apps/web rolled back\n');
		expect(outputOf(transcript, 'kubectl rollout history deploy/web')).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n');
		expect(outputOf(transcript, 'kubectl get rs')).toBe('NAME             DESIRED   CURRENT   READY   AGE\nweb-766486c5b6   0         0         0       0s\nweb-865f4cf4d9   2         2         2       0s\n');
		expect(outputOf(transcript, 'kubectl rollout undo deploy/web --to-revision=3')).toBe('deployment.apps/web skipped rollback (current template already matches revision 3)\n');
		expect(outputOf(transcript, 'kubectl rollout undo deploy/web --to-revision=9')).toBe('error: unable to find specified revision 9 in history\n');
	});

	it('a Deployment with one revision has nothing to undo', () => {
		expect(outputOf(run(`${START}kubectl rollout undo deploy/web\n`), 'kubectl rollout undo deploy/web')).toBe('error: no rollout history found for deployment "web"\n');
	});
});

describe('kubectl rollout pause, resume and restart', () => {
	it('say what they did, or that it was already so, and refuse what kubectl refuses', () => {
		const transcript = run(
			`${START}kubectl rollout pause deploy/web\nkubectl rollout pause deploy/web\nkubectl rollout undo deploy/web\nkubectl rollout restart deploy/web\n` +
				'kubectl rollout resume deploy/web\nkubectl rollout resume deploy/web\nkubectl rollout restart deploy/web\nkubectl rollout pause svc/kubernetes\n' +
				"kubectl get deploy web -o jsonpath='{.spec.template.metadata.annotations}'\n",
		);
		expect(outputOf(transcript, 'kubectl rollout pause deploy/web', 0)).toBe('deployment.apps/web paused\n');
		expect(outputOf(transcript, 'kubectl rollout pause deploy/web', 1)).toBe('deployment.apps/web already paused\n');
		expect(outputOf(transcript, 'kubectl rollout undo deploy/web')).toBe("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n");
		expect(outputOf(transcript, 'kubectl rollout restart deploy/web', 0)).toBe(`error: deployments.apps "web" can't restart paused deployment (run rollout resume first)\n`);
		expect(outputOf(transcript, 'kubectl rollout resume deploy/web', 0)).toBe('deployment.apps/web resumed\n');
		expect(outputOf(transcript, 'kubectl rollout resume deploy/web', 1)).toBe('deployment.apps/web already resumed\n');
		expect(outputOf(transcript, 'kubectl rollout restart deploy/web', 1)).toBe('deployment.apps/web restarted\n');
		expect(outputOf(transcript, 'kubectl rollout pause svc/kubernetes')).toBe('error: services "kubernetes" pausing is not supported\n');
		expect(outputOf(transcript, "kubectl get deploy web -o jsonpath='{.spec.template.metadata.annotations}'")).toBe('{"kubectl.kubernetes.io/restartedAt":"2026-01-01T00:00:00Z"}\n');
	});
});
