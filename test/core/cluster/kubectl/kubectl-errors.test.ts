import {describe, expect, test} from 'vitest';
import {sandbox} from './helpers.js';

describe('kubectl usage errors, in kubectl\'s words', () => {
	test('unknown command with cobra\'s suggestion block', () => {
		const {run} = sandbox();
		expect(run('kubectl gte pods')).toMatchObject({
			stderr: 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n\nRun \'kubectl --help\' for usage.\n',
			exitCode: 1,
		});
		expect(run('kubectl frobnicate').stderr).toBe('error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.\n');
	});

	test('the k alias is kubectl', () => {
		expect(sandbox().run('k gte').stderr).toMatch(/^error: unknown command "gte" for "kubectl"/);
	});

	test('unknown flags name the command in the hint', () => {
		expect(sandbox().run('kubectl get svc --colour')).toMatchObject({stderr: "error: unknown flag: --colour\nSee 'kubectl get --help' for usage.\n", exitCode: 1});
		expect(sandbox().run('kubectl expose deploy web --port=80 --node-port=30080').stderr).toBe("error: unknown flag: --node-port\nSee 'kubectl expose --help' for usage.\n");
	});

	test('unknown resource type', () => {
		expect(sandbox().run('kubectl get svcs').stderr).toBe('error: the server doesn\'t have a resource type "svcs"\n');
	});

	test('get without a type', () => {
		expect(sandbox().run('kubectl get').stderr).toMatch(/^You must specify the type of resource to get\. Use "kubectl api-resources" for a complete list of supported resources\.\n/);
	});

	test('a missing file', () => {
		expect(sandbox().run('kubectl apply -f nope.yaml')).toMatchObject({stderr: 'error: the path "nope.yaml" does not exist\n', exitCode: 1});
	});

	test('apply without -f', () => {
		expect(sandbox().run('kubectl apply').stderr).toBe('error: must specify one of -f and -k\n');
	});

	test('YAML syntax errors with the line number', () => {
		const {run} = sandbox({'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n    name: a: b\n'});
		expect(run('kubectl apply -f svc.yaml').stderr).toBe('error: error parsing svc.yaml: error converting YAML to JSON: yaml: line 8: mapping values are not allowed in this context\n');
	});

	test('kinds a fresh kind cluster does not know', () => {
		const {run} = sandbox({'gw.yaml': 'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gw\nspec:\n  gatewayClassName: x\n'});
		expect(run('kubectl apply -f gw.yaml').stderr).toBe(
			'error: resource mapping not found for name: "gw" namespace: "" from "gw.yaml": no matches for kind "Gateway" in version "gateway.networking.k8s.io/v1"\nensure CRDs are installed first\n',
		);
	});

	test('URLs are never fetched', () => {
		expect(sandbox().run('kubectl apply -f https://example.com/app.yaml').stderr).toBe('error: Get "https://example.com/app.yaml": dial tcp: lookup example.com: no such host\n');
	});

	test('create service checks made by kubectl itself (§3.4)', () => {
		const {run} = sandbox();
		expect(run('kubectl create service clusterip web').stderr).toBe('error: at least one tcp port specifier must be provided\n');
		expect(run('kubectl create service externalname x --external-name Bad_Name').stderr).toBe('error: invalid service external name Bad_Name\n');
		expect(run('kubectl create service nodeport').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create service nodeport -h' for help and examples\n");
	});

	test('expose checks made by kubectl itself (§3.4)', () => {
		expect(sandbox().run('kubectl expose deploy web --port=80 --session-affinity=foo').stderr).toBe('error: unknown session affinity: foo\n');
	});

	test('create deployment needs an image', () => {
		expect(sandbox().run('kubectl create deployment web').stderr).toBe('error: required flag(s) "image" not set\n');
	});

	test('exec usage', () => {
		const {run} = sandbox();
		expect(run('kubectl exec web curl http://x').stderr).toBe("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
		expect(run('kubectl exec web').stderr).toBe('error: you must specify at least one command for the container\n');
		expect(run('kubectl exec -- ls').stderr).toMatch(/^error: expected 'exec \(POD \| TYPE\/NAME\) \[-c CONTAINER\] \[flags\] -- COMMAND \[args\.\.\.\]'\./);
	});

	test('scale needs --replicas', () => {
		expect(sandbox().run('kubectl scale deploy/web').stderr).toBe('error: required flag(s) "replicas" not set\n');
	});

	test('delete needs a name, a selector or --all', () => {
		expect(sandbox().run('kubectl delete svc').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
	});

	test('label needs a change', () => {
		expect(sandbox().run('kubectl label svc kubernetes').stderr).toBe('error: at least one label update is required\n');
	});

	test('patch needs a patch', () => {
		expect(sandbox().run('kubectl patch svc kubernetes').stderr).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
	});

	test('verbs kubectl has but the sandbox does not simulate say so', () => {
		expect(sandbox().run('kubectl cordon kind-worker')).toMatchObject({stderr: 'error: "kubectl cordon" is not available in the kubetutor sandbox\n', exitCode: 1});
	});

	test('unsupported output formats', () => {
		expect(sandbox().run('kubectl get svc -o table').stderr).toMatch(/^error: unable to match a printer suitable for the output format "table", allowed formats are: /);
	});
});

describe('kubectl information commands', () => {
	test('version', () => {
		expect(sandbox().run('kubectl version').stdout).toBe('Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n');
	});

	test('config current-context', () => {
		expect(sandbox().run('kubectl config current-context').stdout).toBe('kind-kind\n');
	});

	test('cluster-info', () => {
		expect(sandbox().run('kubectl cluster-info').stdout).toMatch(/^Kubernetes control plane is running at https:\/\/127\.0\.0\.1:\d+\nCoreDNS is running at /);
	});

	test('api-resources lists services with their short name', () => {
		expect(sandbox().run('kubectl api-resources').stdout).toMatch(/\nservices\s+svc\s+v1\s+true\s+Service\n/);
	});
});
