import {describe, expect, it} from 'vitest';
import {sandbox} from '../kubectl/helpers.js';

describe('kubectl get -o go-template', () => {
	it('ranges over the listed items and prints each name', () => {
		const {run} = sandbox({'names.tmpl': '{{range .items}}{{.metadata.name}} {{.status.phase}}\n{{end}}'});
		run('kubectl run a --image=nginx');
		run('kubectl run b --image=nginx');
		run('sleep 10');
		expect(run(`kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}'`).text).toBe('a\nb\n');
		expect(run('kubectl get pods -o go-template-file=names.tmpl').text).toBe('a Running\nb Running\n');
		expect(run(`kubectl get pod a -o go-template='{{len .spec.containers}} {{index .metadata.labels "run"}}'`).text).toBe('1 a');
	});

	it('prints <no value> for a missing field and Go’s error for a field of a string', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80:80');
		expect(run(`kubectl get svc web -o go-template='{{.spec.nope}}'`).text).toBe('<no value>');
		const ran = run(`kubectl get svc web -o go-template='{{.metadata.name.x}}'`);
		expect(ran.exitCode).toBe(1);
		expect(ran.stderr).toBe(`error: error executing template "{{.metadata.name.x}}": template: output:1:11: executing "output" at <.metadata.name.x>: can't evaluate field x in type interface {}\n`);
		expect(ran.stdout).toMatch(/^Error executing template: .*Printing more information for debugging the template:\n\ttemplate was:\n\t\t\{\{\.metadata\.name\.x\}\}\n\traw data was:\n/);
	});

	it('reports a template that does not parse', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80:80');
		expect(run(`kubectl get svc web -o go-template='{{if .spec}}x'`)).toMatchObject({stderr: 'error: error parsing template {{if .spec}}x, template: output:1: unexpected EOF\n', exitCode: 1});
	});
});

describe('kubectl get -o jsonpath-as-json', () => {
	it('prints each expression’s results as a JSON array', () => {
		const {run} = sandbox();
		run('kubectl create service clusterip web --tcp=80:80 --tcp=443:8443');
		expect(run(`kubectl get svc web -o jsonpath-as-json='{.spec.ports[*].port}'`).text).toBe('[\n    80,\n    443\n]\n');
		expect(run(`kubectl get svc -o jsonpath-as-json='{.items[*].metadata.name}'`).text).toBe('[\n    "kubernetes",\n    "web"\n]\n');
	});
});
