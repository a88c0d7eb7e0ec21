import {describe, expect, it} from 'vitest';
import {sandbox} from '../helpers.js';
import {REAL_KUBECTL, runReal, shellQuote} from './real-kubectl.js';

/** Manifests as `kubectl create … --dry-run=client -o yaml` writes them, so a typed round trip changes nothing. */
const FILES: Record<string, string> = {
	'deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx
        name: nginx
        resources: {}
      - image: busybox
        name: sidecar
        resources: {}
status: {}
`,
	'svc.yaml': `apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - name: 80-80
    port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
  type: ClusterIP
status:
  loadBalancer: {}
`,
};

/** `set … --local -f FILE`: kubectl changes the file's object on the client and prints it. */
const LINES: string[][] = [
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=nginx:1.27', '-o', 'yaml'],
	['set', 'image', '-f', 'deploy.yaml', '--local', '*=nginx:1.27', '-o', 'yaml'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=nginx:1.27'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'sidecar=busybox:1.37', '-o', 'name'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=nginx'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A=1', 'B=two', '-o', 'yaml'],
	['set', 'env', '-f', 'deploy.yaml', '--local', '-c', 'sidecar', '-e', 'MODE=debug', '-o', 'yaml'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A=1'],
	['set', 'env', '-f', 'deploy.yaml', '--local', '--list'],
	['set', 'env', '-f', 'deploy.yaml', '--local', '-e', 'A=1', '--list'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A-'],
	['set', 'env', '-f', 'deploy.yaml', '--local', '-c', 'foo', 'A=1'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '--limits=cpu=200m,memory=512Mi', '--requests=cpu=100m', '-o', 'yaml'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '-c', 'nginx', '--limits=cpu=0.5', '-o', 'yaml'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '--requests=memory=1Gi'],
	['set', 'selector', '-f', 'svc.yaml', '--local', 'app=api', '-o', 'yaml'],
	['set', 'selector', '-f', 'svc.yaml', '--local', 'app=api,tier=backend'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=nginx:1.27', '--dry-run=client', '-o', 'yaml'],
];

/** Usage errors kubectl reports before it talks to a server. */
const ERRORS: string[][] = [
	['set', 'image'],
	['set', 'image', '-f', 'deploy.yaml', '--local'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'foo=nginx'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx-'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=a', '*=b'],
	['set', 'image', '-f', 'svc.yaml', '--local', 'a=b'],
	['set', 'image', 'deploy/web', '-f', 'deploy.yaml', '--local', 'a=b'],
	['set', 'image', '-f', 'deploy.yaml', '--local', 'nginx=a', '--dry-run=server'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'a b=1'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A=1', 'deploy/x'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A=1', '-o', 'yaml', '--list'],
	['set', 'env', '-f', 'svc.yaml', '--local', 'A=1'],
	['set', 'env', '-f', 'deploy.yaml', '--local', 'A=1', 'A-'],
	['set', 'env', '-f', 'deploy.yaml', '--local', '--keys=a'],
	['set', 'resources', '-f', 'deploy.yaml', '--local'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '--limits=cpu'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '--limits=cpu=abc'],
	['set', 'resources', '-f', 'deploy.yaml', '--local', '-c', 'foo', '--limits=cpu=1'],
	['set', 'resources', '-f', 'svc.yaml', '--local', '--limits=cpu=1'],
	['set', 'selector', '-f', 'svc.yaml', '--local'],
	['set', 'selector', '-f', 'deploy.yaml', '--local', 'app=x'],
	['set', 'foo'],
];

describe.skipIf(!REAL_KUBECTL)(`set --local, against the real kubectl v1.33${REAL_KUBECTL ? '' : ' (real kubectl not found: skipped)'}`, () => {
	it.each([...LINES, ...ERRORS].map(line => [line.join(' '), line] as const))('%s', (_, args) => {
		const real = runReal(args, FILES);
		const ran = sandbox(FILES).run(`kubectl ${args.map(shellQuote).join(' ')}`);
		expect({stdout: ran.stdout, stderr: ran.stderr, exitCode: ran.exitCode}).toEqual(real);
	});
});

if (!REAL_KUBECTL) console.warn('real kubectl not found: the differential tests of kubectl set are skipped');
