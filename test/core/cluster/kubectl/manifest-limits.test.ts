import {describe, expect, it} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

const run = (script: string) => runScript(script, {seed: 1, readFile: () => undefined}).transcript;
const apply = (body: string, verb = 'apply') => `kubectl ${verb} -f - <<EOF\n${body}\nEOF\n`;

describe('manifests the API server and kubectl refuse, with their messages', () => {
	it('a 900-deep document, applied twice, is refused both times and the process lives', () => {
		const deep = `${'['.repeat(900)}${']'.repeat(900)}`;
		expect(run(apply(deep) + apply(deep, 'create') + 'echo still here\n')).toBe(
			[
				'$ kubectl apply -f - <<EOF',
				'error: error parsing STDIN: error converting YAML to JSON: yaml: line 1: exceeded max depth of 100',
				'$ kubectl create -f - <<EOF',
				'error: error parsing STDIN: error converting YAML to JSON: yaml: line 1: exceeded max depth of 100',
				'$ echo still here',
				'still here',
				'',
			].join('\n'),
		);
	});

	it('a ConfigMap with 50,000 keys is stored; a repeated key is reported at its line', () => {
		const keys = Array.from({length: 50_000}, (_, i) => `  k${i}: v`).join('\n');
		expect(run(apply(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${keys}`) + 'kubectl get cm big\n')).toBe(
			'$ kubectl apply -f - <<EOF\nconfigmap/big created\n$ kubectl get cm big\nNAME   DATA    AGE\nbig    50000   0s\n',
		);
		expect(run(apply('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: dup}\ndata:\n  a: b\n  c: d\n  a: e'))).toBe(
			'$ kubectl apply -f - <<EOF\nerror: error parsing STDIN: error converting YAML to JSON: yaml: unmarshal errors:\n  line 7: key "a" already set in map\n',
		);
	});

	it('a body over 3 MiB gets the API server’s 413', () => {
		const body = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: huge}\ndata:\n  a: ${'x'.repeat(3 * 1024 * 1024)}`;
		expect(run(apply(body, 'create'))).toBe(
			'$ kubectl create -f - <<EOF\nError from server (RequestEntityTooLarge): error when creating "STDIN": Request entity too large: limit is 3145728\n',
		);
	});

	it('__proto__, constructor and prototype are data or unknown fields, never a prototype', () => {
		const transcript = run(
			apply('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"p","__proto__":{"x":1}}}') +
				apply('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"q"},"data":{"__proto__":"a","constructor":"b","prototype":"c"}}') +
				"kubectl get cm q -o jsonpath='{.data}'\n" +
				apply('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"q"},"data":{"__proto__":"z","constructor":"b","prototype":"c"}}') +
				"kubectl get cm q -o jsonpath='{.data.__proto__}'\n",
		);
		expect(transcript).toBe(
			[
				'$ kubectl apply -f - <<EOF',
				'Error from server (BadRequest): error when creating "STDIN": ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "metadata.__proto__"',
				'$ kubectl apply -f - <<EOF',
				'configmap/q created',
				"$ kubectl get cm q -o jsonpath='{.data}'",
				'{"__proto__":"a","constructor":"b","prototype":"c"}',
				'$ kubectl apply -f - <<EOF',
				'configmap/q configured',
				"$ kubectl get cm q -o jsonpath='{.data.__proto__}'",
				'z',
				'',
			].join('\n'),
		);
	});
});
