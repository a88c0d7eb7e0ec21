import {describe, expect, test} from 'vitest';
import {sandbox} from './helpers.js';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n';
const SERVICE_CHANGED = SERVICE.replace('targetPort: 8080', 'targetPort: 9376');
const TWO_BAD = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  type: NodePort
  ports:
  - port: 80
    nodePort: 80
`;
const ONE_BAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
`;

describe('kubectl mutation messages', () => {
	test('apply: created, unchanged, configured', () => {
		const files = {'svc.yaml': SERVICE, 'svc2.yaml': SERVICE_CHANGED};
		const {run} = sandbox(files);
		expect(run('kubectl apply -f svc.yaml')).toMatchObject({stdout: 'service/web created\n', exitCode: 0});
		expect(run('kubectl apply -f svc.yaml').stdout).toBe('service/web unchanged\n');
		expect(run('kubectl apply -f svc2.yaml').stdout).toBe('service/web configured\n');
	});

	test('create -f twice: AlreadyExists names the file', () => {
		const {run} = sandbox({'svc.yaml': SERVICE});
		expect(run('kubectl create -f svc.yaml').stdout).toBe('service/web created\n');
		expect(run('kubectl create -f svc.yaml')).toMatchObject({stderr: 'Error from server (AlreadyExists): error when creating "svc.yaml": services "web" already exists\n', exitCode: 1});
	});

	test('one invalid object: kubectl\'s Invalid layout, other objects still created first', () => {
		const {run} = sandbox({'app.yaml': ONE_BAD});
		expect(run('kubectl apply -f app.yaml')).toEqual({
			text: 'deployment.apps/web created\nThe Service "web" is invalid: spec.ports: Required value\n',
			stdout: 'deployment.apps/web created\n',
			stderr: 'The Service "web" is invalid: spec.ports: Required value\n',
			exitCode: 1,
		});
	});

	test('two invalid objects in one file: one "error when creating" line each', () => {
		const {run} = sandbox({'svc.yaml': TWO_BAD});
		expect(run('kubectl apply -f svc.yaml').stderr).toBe(
			'Error from server (Invalid): error when creating "svc.yaml": Service "web" is invalid: spec.ports: Required value\n' +
				'Error from server (Invalid): error when creating "svc.yaml": Service "db" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
		);
	});

	test('create service wraps API errors', () => {
		expect(sandbox().run('kubectl create service nodeport web --tcp=80:8080 --node-port=80').stderr).toBe(
			'error: failed to create NodePort service: Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
		);
	});

	test('create deployment, service, namespace', () => {
		const {run} = sandbox();
		expect(run('kubectl create deployment web --image=nginx --replicas=2').stdout).toBe('deployment.apps/web created\n');
		expect(run('kubectl create deployment web --image=nginx').stderr).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
		expect(run('kubectl create service clusterip web --tcp=80:8080').stdout).toBe('service/web created\n');
		expect(run('kubectl create namespace dev').stdout).toBe('namespace/dev created\n');
		expect(run('kubectl create namespace dev').stderr).toBe('Error from server (AlreadyExists): namespaces "dev" already exists\n');
	});

	test('warnings come first, on stderr', () => {
		const {run} = sandbox({'svc.yaml': SERVICE.replace('spec:\n', 'spec:\n  externalName: db.example.com\n')});
		const result = run('kubectl apply -f svc.yaml');
		expect(result.text).toBe('Warning: spec.externalName is ignored when spec.type is not "ExternalName"\nservice/web created\n');
		expect(result.stderr).toBe('Warning: spec.externalName is ignored when spec.type is not "ExternalName"\n');
	});

	test('delete (kubectl 1.34 wording)', () => {
		const {run} = sandbox({'svc.yaml': SERVICE});
		run('kubectl apply -f svc.yaml');
		run('kubectl create namespace dev');
		expect(run('kubectl delete svc web').stdout).toBe('service "web" deleted from default namespace\n');
		expect(run('kubectl delete svc web')).toMatchObject({stderr: 'Error from server (NotFound): services "web" not found\n', exitCode: 1});
		expect(run('kubectl delete namespace dev').stdout).toBe('namespace "dev" deleted\n');
		run('kubectl apply -f svc.yaml');
		expect(run('kubectl delete -f svc.yaml').stdout).toBe('service "web" deleted from default namespace\n');
		expect(run('kubectl delete -f svc.yaml').stderr).toBe('Error from server (NotFound): error when deleting "svc.yaml": services "web" not found\n');
	});

	test('delete by selector and --all', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip a --tcp=80');
		run('kubectl create service clusterip b --tcp=80');
		expect(run('kubectl delete svc -l app=a').stdout).toBe('service "a" deleted from default namespace\n');
		expect(run('kubectl delete svc -l app=zzz').stdout).toBe('No resources found\n');
		expect(run('kubectl delete deploy --all').stdout).toBe('No resources found\n');
	});

	test('scale', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl scale --replicas=3 deploy/web').stdout).toBe('deployment.apps/web scaled\n');
		expect(run('kubectl scale deployment web --replicas=0').stdout).toBe('deployment.apps/web scaled\n');
		expect(run('kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('0');
		expect(run('kubectl scale --replicas=2 deploy/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
	});

	test('label', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80');
		expect(run('kubectl label svc web app=other')).toMatchObject({stderr: "error: 'app' already has a value (web), and --overwrite is false\n", exitCode: 1});
		expect(run('kubectl label svc web app=other --overwrite').stdout).toBe('service/web labeled\n');
		expect(run('kubectl label svc/web tier=frontend').stdout).toBe('service/web labeled\n');
		expect(run('kubectl label svc web tier-').stdout).toBe('service/web unlabeled\n');
		expect(run('kubectl get svc web -o jsonpath={.metadata.labels}').stdout).toBe('{"app":"other"}');
	});

	test('patch', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80:8080');
		expect(run(`kubectl patch svc web -p '{"spec":{"type":"NodePort"}}'`).stdout).toBe('service/web patched\n');
		expect(run(`kubectl patch svc web -p '{"spec":{"type":"NodePort"}}'`).stdout).toBe('service/web patched (no change)\n');
		expect(run(`kubectl patch svc web --type merge -p 'spec: {sessionAffinity: ClientIP}'`).stdout).toBe('service/web patched\n');
		expect(run(`kubectl patch svc web --type json -p '[{"op":"replace","path":"/spec/ports/0/targetPort","value":9376}]'`).stdout).toBe('service/web patched\n');
		expect(run('kubectl get svc web -o jsonpath={.spec.ports[0].targetPort}').stdout).toBe('9376');
		expect(run(`kubectl patch svc web -p '{"spec":{"clusterIP":"10.96.200.200"}}'`).stderr).toMatch(/^The Service "web" is invalid: spec\.clusterIPs\[0\]: Invalid value: \["10\.96\.200\.200"\]: may not change once set\n/);
	});

	test('expose copies the selector and takes targetPort = port', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --port=8080');
		expect(run('kubectl expose deployment web --port=80 --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 80
  selector:
    app: web
status:
  loadBalancer: {}
`);
		expect(run('kubectl expose deployment web').stdout).toBe('service/web exposed\n');
		expect(run('kubectl get svc web -o jsonpath={.spec.ports[0].port}:{.spec.ports[0].targetPort}').stdout).toBe('8080:8080');
		expect(run('kubectl expose deployment web --port=80').stderr).toBe('Error from server (AlreadyExists): services "web" already exists\n');
		expect(run('kubectl expose deploy nope --port=80').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
	});

	test('expose without any port', () => {
		const {run} = sandbox();
		run('kubectl create deployment bare --image=nginx');
		expect(run('kubectl expose deploy bare').stderr).toBe("error: couldn't find port via --port flag or introspection\n");
	});

	test('run', () => {
		const {run} = sandbox();
		expect(run('kubectl run web --image=nginx --port=80').stdout).toBe('pod/web created\n');
		expect(run('kubectl run web --image=nginx').stderr).toBe('Error from server (AlreadyExists): pods "web" already exists\n');
		expect(run('kubectl run x --image=nginx --rm').stderr).toBe('error: --rm should only be used for attached containers\n');
	});
});

describe('namespaces and files written in the sandbox', () => {
	test('-n puts objects without a namespace there; a different namespace in the file is refused', () => {
		const {run} = sandbox({'svc.yaml': SERVICE, 'prod.yaml': SERVICE.replace('  name: web\n', '  name: web\n  namespace: prod\n')});
		run('kubectl create namespace dev');
		expect(run('kubectl apply -n dev -f svc.yaml').stdout).toBe('service/web created\n');
		expect(run('kubectl get svc -n dev -o name').stdout).toBe('service/web\n');
		expect(run('kubectl apply -n dev -f prod.yaml').stderr).toBe(
			'error: the namespace from the provided object "prod" does not match the namespace "dev". You must pass \'--namespace=prod\' to perform this operation.\n',
		);
	});

	test('cat <<EOF > file, then kubectl apply -f file', () => {
		const {shell, run} = sandbox();
		shell.run('cat <<EOF > svc.yaml', SERVICE);
		expect(run('kubectl apply -f svc.yaml').stdout).toBe('service/web created\n');
	});

	test('a typo gets cobra\'s suggestion', () => {
		expect(sandbox().run('kubectl desribe svc').stderr).toBe('error: unknown command "desribe" for "kubectl"\n\nDid you mean this?\n\tdescribe\n\nRun \'kubectl --help\' for usage.\n');
	});
});

describe('decoding errors from the API server', () => {
	test('an unknown field (strict decoding)', () => {
		const {run} = sandbox({'svc.yaml': SERVICE.replace('targetPort', 'targetport')});
		expect(run('kubectl apply -f svc.yaml').stderr).toBe(
			'Error from server (BadRequest): error when creating "svc.yaml": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"\n',
		);
	});

	test('an object in a namespace that does not exist', () => {
		const {run} = sandbox({'svc.yaml': SERVICE.replace('  name: web\n', '  name: web\n  namespace: nowhere\n')});
		expect(run('kubectl apply -f svc.yaml').stderr).toBe('Error from server (NotFound): error when creating "svc.yaml": namespaces "nowhere" not found\n');
	});

	test('a known kind in a version the cluster does not serve', () => {
		const {run} = sandbox({'ing.yaml': 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: old\n'});
		expect(run('kubectl apply -f ing.yaml').stderr).toBe(
			'error: resource mapping not found for name: "old" namespace: "" from "ing.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first\n',
		);
	});
});

describe('annotate', () => {
	test('set, refuse without --overwrite, remove', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80');
		expect(run('kubectl annotate svc web team=blue').stdout).toBe('service/web annotated\n');
		expect(run('kubectl annotate svc web team=red').stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'team' already has a value (blue)\n");
		expect(run('kubectl annotate svc web team=red --overwrite').stdout).toBe('service/web annotated\n');
		expect(run('kubectl annotate svc web team-').stdout).toBe('service/web annotated\n');
		expect(run('kubectl get svc web -o jsonpath={.metadata.annotations}').stdout).toBe('');
	});
});
