import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';

const deployment = (replicas: number, image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: ${image}
`;

const FILES = {'web.yaml': deployment(2, 'nginx'), 'web-v2.yaml': deployment(3, 'nginx:1.27')};

describe('kubectl diff', () => {
	it('prints nothing and exits 0 when the file matches the live object', () => {
		const {run} = sandbox(FILES);
		run('kubectl apply -f web.yaml');
		expect(run('kubectl diff -f web.yaml')).toMatchObject({text: '', exitCode: 0});
	});

	it('shows a unified diff of the live and merged objects and exits 1', () => {
		const {run} = sandbox(FILES);
		run('kubectl apply -f web.yaml');
		const ran = run('kubectl diff -f web-v2.yaml');
		expect(ran.exitCode).toBe(1);
		const lines = ran.stdout.split('\n');
		expect(lines[0]).toMatch(/^diff -u -N \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web \/tmp\/MERGED-\d+\/apps\.v1\.Deployment\.default\.web$/);
		expect(lines[1]).toMatch(/^--- \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web\t2026-01-01 \d\d:\d\d:\d\d\.\d{9} \+0000$/);
		expect(lines[2]).toMatch(/^\+\+\+ \/tmp\/MERGED-\d+\/apps\.v1\.Deployment\.default\.web\t/);
		expect(ran.stdout).toContain('-  replicas: 2\n+  replicas: 3\n');
		expect(ran.stdout).toContain('-      - image: nginx\n+      - image: nginx:1.27\n');
		expect(ran.stdout).toContain('-  generation: 1\n+  generation: 2\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.spec.replicas}'`).text).toBe('2');
	});

	it('shows a new object as all added lines', () => {
		const {run} = sandbox(FILES);
		const ran = run('kubectl diff -f web.yaml');
		expect(ran.exitCode).toBe(1);
		expect(ran.stdout).toMatch(/\n--- \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web\t1970-01-01 00:00:00\.000000000 \+0000\n/);
		expect(ran.stdout).toMatch(/\n@@ -0,0 \+1,\d+ @@\n\+apiVersion: apps\/v1\n/);
		expect(run('kubectl get deploy').stderr).toBe('No resources found in default namespace.\n');
	});

	it('needs a file', () => {
		expect(sandbox().run('kubectl diff')).toMatchObject({stderr: 'error: must specify one of -f and -k\n', exitCode: 2});
	});
});

describe('kubectl replace', () => {
	it('replaces the live object with the file', () => {
		const {run} = sandbox(FILES);
		run('kubectl apply -f web.yaml');
		expect(run('kubectl replace -f web-v2.yaml').text).toBe('deployment.apps/web replaced\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}'`).text).toBe('3 nginx:1.27');
	});

	it('says NotFound for an object that does not exist', () => {
		expect(sandbox(FILES).run('kubectl replace -f web.yaml')).toMatchObject({stderr: 'Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found\n', exitCode: 1});
	});

	it('with --force deletes and creates the object again (a new uid)', () => {
		const {run} = sandbox(FILES);
		run('kubectl apply -f web.yaml');
		const uid = run(`kubectl get deploy web -o jsonpath='{.metadata.uid}'`).text;
		expect(run('kubectl replace -f web-v2.yaml --force').text).toBe('deployment.apps "web" deleted from default namespace\ndeployment.apps/web replaced\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.metadata.uid}'`).text).not.toBe(uid);
	});

	it('refuses flag combinations as kubectl does', () => {
		const {run} = sandbox(FILES);
		expect(run('kubectl replace')).toMatchObject({stderr: 'error: must specify one of -f and -k\n', exitCode: 1});
		expect(run('kubectl replace -f web.yaml --force --dry-run=client').stderr).toBe('error: --dry-run can not be used when --force is set\n');
		expect(run('kubectl replace -f web.yaml --grace-period=3').stderr).toBe('error: --grace-period must have --force specified\n');
	});
});

describe('kubectl top', () => {
	it('answers as on kind, which has no metrics-server', () => {
		const {run} = sandbox();
		expect(run('kubectl top pod')).toMatchObject({stderr: 'error: Metrics API not available\n', exitCode: 1});
		expect(run('kubectl top nodes')).toMatchObject({stderr: 'error: Metrics API not available\n', exitCode: 1});
		expect(run('kubectl top pod --sort-by=name').stderr).toBe('error: --sort-by accepts only cpu or memory\n');
	});
});

describe('kubectl describe -f', () => {
	it('describes the live objects the file names', () => {
		const {run} = sandbox(FILES);
		run('kubectl apply -f web.yaml');
		const ran = run('kubectl describe -f web.yaml');
		expect(ran.exitCode).toBe(0);
		expect(ran.stdout).toMatch(/^Name:\s+web\nNamespace:\s+default\n/);
	});
});
