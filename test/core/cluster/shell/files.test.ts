import {describe, expect, test} from 'vitest';
import {outputText} from '../../../../src/core/cluster/command-result.js';
import {WEB_DEPLOYMENT} from '../../../fixtures/manifests.js';
import {sandbox} from '../kubectl/helpers.js';

const files: Record<string, string> = {
	'app/deploy.yaml': WEB_DEPLOYMENT,
	'app/svc.json': '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"selector": {"app": "web"}, "ports": [{"port": 80}]}}',
	'app/README.md': '# not a manifest',
	'list.yaml': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: team-a\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: settings\n  data:\n    mode: demo\n',
};
function setup() {
	const {shell} = sandbox(files, {seed: 9});
	return {shell, run: (line: string, stdin?: string) => outputText(shell.run(line, stdin))};
}

describe('manifests from files, directories and stdin', () => {
	test('apply -f DIR takes the .yaml, .yml and .json files in name order', () => {
		expect(setup().run('kubectl apply -f app')).toBe('deployment.apps/web created\nservice/web created\n');
	});

	test('a List is applied item by item; other built-in kinds are stored', () => {
		const {run} = setup();
		expect(run('kubectl apply -f list.yaml')).toBe('namespace/team-a created\nconfigmap/settings created\n');
		expect(run('kubectl get configmap settings -o jsonpath={.data.mode}')).toBe('demo');
	});

	test('kubectl exec -i POD -- sh runs a script fed on stdin', () => {
		const {shell, run} = setup();
		run('kubectl apply -f app');
		const result = shell.run('kubectl exec -i deploy/web -- sh', 'hostname\necho done\n');
		expect(outputText(result)).toMatch(/^web-[a-z0-9]+-[a-z0-9]{5}\ndone\n$/);
		expect(shell.vantage).toEqual({kind: 'laptop'});
	});

	test('Tab completes file names after -f', () => {
		const {shell} = setup();
		expect(shell.complete('kubectl apply -f li')).toEqual({replacement: 'kubectl apply -f list.yaml ', candidates: ['list.yaml']});
		expect(shell.complete('kubectl apply -f app/d').replacement).toBe('kubectl apply -f app/deploy.yaml ');
	});

	test('kubectl get -f shows the objects a file describes', () => {
		const {run} = setup();
		run('kubectl apply -f app');
		expect(run('kubectl get -f app/svc.json -o name')).toBe('service/web\n');
	});

	test('set-context --current --namespace changes the default namespace', () => {
		const {run} = setup();
		run('kubectl apply -f list.yaml');
		expect(run('kubectl config set-context --current --namespace=team-a')).toBe('Context "kind-kind" modified.\n');
		expect(run('kubectl get pods')).toBe('No resources found in team-a namespace.\n');
	});
});
