import {describe, expect, test} from 'vitest';
import {WEB_DEPLOYMENT, WEB_SERVICE} from '../../../fixtures/manifests.js';
import {sandbox} from './helpers.js';

const SVC = WEB_SERVICE;
const DEPLOY = WEB_DEPLOYMENT;
const WIDGET = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n';
const WIDGET_ERROR =
	'resource mapping not found for name: "x" namespace: "" from "widget.yaml": no matches for kind "Widget" in version "example.com/v1"\nensure CRDs are installed first\n';

describe('-f names files, folders, stdin and URLs the same way for every verb', () => {
	test('a kind the cluster has no mapping for fails get, describe and delete as kubectl does', () => {
		const {run} = sandbox({'widget.yaml': WIDGET});
		expect(run('kubectl get -f widget.yaml')).toMatchObject({stdout: '', stderr: WIDGET_ERROR, exitCode: 1});
		expect(run('kubectl describe -f widget.yaml')).toMatchObject({stdout: '', stderr: WIDGET_ERROR, exitCode: 1});
		expect(run('kubectl delete -f widget.yaml')).toMatchObject({stderr: `error: ${WIDGET_ERROR}`, exitCode: 1});
		expect(run('kubectl apply -f widget.yaml')).toMatchObject({stderr: `error: ${WIDGET_ERROR}`, exitCode: 1});
	});

	test('a path that does not exist stops every verb before it does anything', () => {
		const {run} = sandbox({'svc.yaml': SVC});
		for (const line of ['kubectl get -f nope.yaml', 'kubectl describe -f nope.yaml', 'kubectl delete -f nope.yaml', 'kubectl create -f nope.yaml', 'kubectl label -f nope.yaml a=b', 'kubectl annotate -f nope.yaml a=b', 'kubectl wait -f nope.yaml --for=delete', 'kubectl expose -f nope.yaml --port=80', 'kubectl scale -f nope.yaml --replicas=2']) {
			expect(run(line), line).toMatchObject({stdout: '', stderr: 'error: the path "nope.yaml" does not exist\n', exitCode: 1});
		}
		expect(run('kubectl apply -f nope.yaml -f svc.yaml')).toMatchObject({stdout: '', stderr: 'error: the path "nope.yaml" does not exist\n', exitCode: 1});
		expect(run('kubectl apply -f nope.yaml -f gone.yaml').stderr).toBe('the path "nope.yaml" does not exist\nthe path "gone.yaml" does not exist\n');
	});

	test('a folder gives its manifest files in name order, its subfolders only with -R', () => {
		const files = {'app/svc.yaml': SVC, 'app/README.md': '# notes\n', 'app/more/deploy.yml': DEPLOY, 'empty/': ''};
		const {run} = sandbox(files);
		expect(run('kubectl apply -f app')).toMatchObject({stdout: 'service/web created\n', exitCode: 0});
		expect(run('kubectl apply -R -f app')).toMatchObject({stdout: 'deployment.apps/web created\nservice/web unchanged\n', exitCode: 0});
		expect(run('kubectl get -f app -R -o name')).toMatchObject({stdout: 'deployment.apps/web\nservice/web\n', exitCode: 0});
		expect(run('kubectl get -f empty')).toMatchObject({stderr: 'error: error reading [empty]: recognized file extensions are [.json .yaml .yml]\n', exitCode: 1});
		expect(run('kubectl get -f empty -f app/svc.yaml').stderr).toBe('error: error reading [empty]: recognized file extensions are [.json .yaml .yml]\n');
		expect(run('kubectl get -f app/svc.yaml -f empty -o name')).toMatchObject({stdout: 'service/web\n', exitCode: 0});
		expect(run('kubectl get -f nope.yaml -f empty').stderr).toBe('error: the path "nope.yaml" does not exist\n');
		expect(run('kubectl label -f app --recursive tier=fe')).toMatchObject({stdout: 'deployment.apps/web labeled\nservice/web labeled\n', exitCode: 0});
		expect(run('kubectl delete -f app -R')).toMatchObject({stdout: 'deployment.apps "web" deleted from default namespace\nservice "web" deleted from default namespace\n', exitCode: 0});
	});

	test('a file named on its own is read whatever its extension; stdin is -', () => {
		const {run} = sandbox({'svc.txt': SVC});
		expect(run('kubectl create -f svc.txt').stdout).toBe('service/web created\n');
		expect(run('kubectl get -f - -o custom-columns=NAME:.metadata.name,PORT:.spec.ports[0].port', SVC).stdout).toBe('NAME   PORT\nweb    80\n');
	});

	test('get -f prints what it found, then what it could not find or map', () => {
		const {run} = sandbox({'svc.yaml': SVC, 'widget.yaml': WIDGET, 'both.yaml': `${SVC}---\n${DEPLOY}`, 'dir/both.yaml': `${SVC}---\n${WIDGET}`});
		run('kubectl apply -f svc.yaml');
		expect(run('kubectl get -f both.yaml')).toMatchObject({stdout: expect.stringMatching(/^NAME  +TYPE .*\nweb  +ClusterIP /), stderr: 'Error from server (NotFound): deployments.apps "web" not found\n', exitCode: 1});
		expect(run('kubectl get -f svc.yaml -f widget.yaml -o name')).toMatchObject({stdout: 'service/web\n', stderr: `error: ${WIDGET_ERROR}`, exitCode: 1});
		expect(run('kubectl get -f dir -o name')).toMatchObject({stdout: 'service/web\n', stderr: `error: ${WIDGET_ERROR.replace('widget.yaml', 'dir/both.yaml')}`, exitCode: 1});
		expect(run('kubectl get -f - -o name', `${SVC}---\n${WIDGET}`)).toMatchObject({stdout: 'service/web\n', stderr: `error: ${WIDGET_ERROR.replace('widget.yaml', 'STDIN')}`, exitCode: 1});
	});

	test('one named file prints whole or, in formats other than tables, not at all', () => {
		const {run} = sandbox({'svc.yaml': SVC, 'both.yaml': `${SVC}---\n${DEPLOY}`, 'two.yaml': `${SVC}---\n${SVC.replace('name: web', 'name: db')}`});
		run('kubectl apply -f svc.yaml');
		expect(run('kubectl get -f both.yaml -o name')).toMatchObject({stdout: '', stderr: 'Error from server (NotFound): deployments.apps "web" not found\n', exitCode: 1});
		expect(run('kubectl get -f widget.yaml -o name').stderr).toBe('error: the path "widget.yaml" does not exist\n');
		run('kubectl apply -f two.yaml');
		expect(run('kubectl get -f two.yaml -o custom-columns=NAME:.metadata.name').stdout).toBe('NAME\nweb\ndb\n');
		expect(run('kubectl get -f two.yaml').stdout).toMatch(/^NAME +TYPE .*\nweb +ClusterIP .*\ndb +ClusterIP /);
	});

	test('an empty file lists nothing, in the namespace kubectl names', () => {
		const {run} = sandbox({'empty.yaml': '', 'comment.yaml': '---\n# nothing\n'});
		expect(run('kubectl get -f empty.yaml')).toMatchObject({stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0});
		expect(run('kubectl get -f comment.yaml')).toMatchObject({stderr: 'No resources found in default namespace.\n', exitCode: 0});
	});

	test('label, annotate, scale, expose and wait act on the objects a file names', () => {
		const {run} = sandbox({'deploy.yaml': DEPLOY, 'svc.yaml': SVC});
		run('kubectl apply -f deploy.yaml');
		expect(run('kubectl annotate -f deploy.yaml note=hi').stdout).toBe('deployment.apps/web annotated\n');
		expect(run('kubectl scale -f deploy.yaml --replicas=2').stdout).toBe('deployment.apps/web scaled\n');
		expect(run('kubectl expose -f deploy.yaml --port=80 --name=front').stdout).toBe('service/front exposed\n');
		expect(run('kubectl wait -f deploy.yaml --for=condition=Available --timeout=60s')).toMatchObject({stdout: 'deployment.apps/web condition met\n', exitCode: 0});
		expect(run('kubectl label -f svc.yaml a=b')).toMatchObject({stderr: 'Error from server (NotFound): services "web" not found\n', exitCode: 1});
	});
});
