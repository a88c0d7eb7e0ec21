import {describe, expect, test} from 'vitest';
import {createCluster} from '../../../../src/core/cluster/create-cluster.js';
import {EDIT_HEADER} from '../../../../src/core/cluster/kubectl/edit-session.js';
import {createShell} from '../../../../src/core/cluster/shell/shell.js';
import {sandbox} from './helpers.js';

const SERVICE = (selector: string, port = 80) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - port: ${port}
    targetPort: 80
  selector:
    app: ${selector}
`;

describe('kubectl edit in batch mode: the here-document is the saved file', () => {
	test('a changed selector is stored: service/web edited, and the endpoints follow', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx --replicas=2');
		run('kubectl expose deployment web --port=80');
		expect(run('kubectl edit svc web', SERVICE('other'))).toMatchObject({text: 'service/web edited\n', exitCode: 0});
		expect(run('kubectl get endpoints web -o jsonpath={.subsets}').stdout).toBe('');
		expect(run('kubectl edit svc/web', SERVICE('web')).text).toBe('service/web edited\n');
		expect(run('kubectl get endpoints web -o jsonpath={.subsets[0].addresses[*].ip}').stdout).toMatch(/^10\.244\.\d+\.\d+ 10\.244\.\d+\.\d+$/);
	});

	test('the file as opened: Edit cancelled, no changes made.', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		run('kubectl expose deployment web --port=80');
		const opened = EDIT_HEADER + run('kubectl get svc web -o yaml').stdout;
		expect(run('kubectl edit svc web', opened)).toMatchObject({stderr: 'Edit cancelled, no changes made.\n', exitCode: 0});
		expect(run('kubectl edit svc web', '# only comments\n')).toMatchObject({stderr: 'Edit cancelled, saved file was empty.\n', exitCode: 0});
	});

	test("an invalid edit shows the comment block kubectl reopens the file with, then no valid changes", () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		run('kubectl expose deployment web --port=80');
		const refused = run('kubectl edit svc web', SERVICE('web', 70000));
		expect(refused.exitCode).toBe(1);
		expect(refused.stderr).toMatch(
			new RegExp(
				`^${escape(EDIT_HEADER)}# services "web" was not valid:\n# \\* spec\\.ports\\[0\\]\\.port: Invalid value: 70000: must be between 1 and 65535, inclusive\n#\nA copy of your changes has been stored to "/tmp/kubectl-edit-\\d+\\.yaml"\nerror: Edit cancelled, no valid changes were saved\\.\n$`,
			),
		);
		expect(run('kubectl edit svc web', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: other\n').stderr).toContain('# At least one of apiVersion, kind and name was changed\n');
		expect(run('kubectl edit svc web', 'spec:\n  ports:\n  - port: 80\n   x\n').stderr).toContain("# The edited file had a syntax error: error converting YAML to JSON: yaml: line 3: did not find expected '-' indicator\n");
		expect(run('kubectl edit svc nosuch', SERVICE('web')).text).toBe('Error from server (NotFound): services "nosuch" not found\n');
	});

	test('without a here-document batch mode says how to give the edited object', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		run('kubectl expose deployment web --port=80');
		expect(run('kubectl edit svc web')).toMatchObject({text: 'error: kubetutor has no editor here: give kubectl edit the edited object as a here-document (kubectl edit svc web <<EOF … EOF)\n', exitCode: 1});
	});
});

describe('kubectl edit in the interactive sandbox: the editor opens the file', () => {
	test('an invalid save reopens with the errors at the top; closing it unchanged gives up', () => {
		const shell = createShell({cluster: createCluster({seed: 1}), readFile: () => undefined, interactive: true});
		shell.run('kubectl create deployment web --image=nginx');
		shell.run('kubectl expose deployment web --port=80');
		expect(shell.run('kubectl edit svc web').output).toEqual([]);
		const opened = shell.editing();
		expect(opened?.title).toBe('service/web');
		expect(opened?.file.startsWith(`${EDIT_HEADER}apiVersion: v1\nkind: Service\n`)).toBe(true);
		const reopened = shell.finishEdit(opened!.file.replace('port: 80', 'port: 0'));
		expect(reopened.reopen).toContain('# services "web" was not valid:\n# * spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive\n#\napiVersion: v1\n');
		expect(shell.editing()).toBeDefined();
		const gaveUp = shell.finishEdit(reopened.reopen!);
		expect(gaveUp.exitCode).toBe(1);
		expect(gaveUp.output.map(chunk => chunk.text).join('')).toMatch(/error: Edit cancelled, no valid changes were saved\.\n$/);
		expect(shell.editing()).toBeUndefined();
		shell.run('kubectl edit svc web');
		expect(shell.finishEdit(shell.editing()!.file.replace('app: web', 'app: other')).output).toEqual([{stream: 'stdout', text: 'service/web edited\n'}]);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
