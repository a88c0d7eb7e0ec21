import {describe, expect, it} from 'vitest';
import {jsonPath} from '../../../../src/core/cluster/print/jsonpath.js';

const node = (name: string, ip: string) => ({
	metadata: {name},
	status: {addresses: [{type: 'InternalIP', address: ip}, {type: 'Hostname', address: name}]},
});
const list = {
	apiVersion: 'v1',
	kind: 'List',
	items: [
		{metadata: {name: 'web', labels: {app: 'web'}}, spec: {clusterIP: '10.96.45.12', ports: [{name: 'http', port: 80}, {name: 'https', port: 443}]}},
		{metadata: {name: 'db'}, spec: {clusterIP: 'None', ports: []}},
	],
	metadata: {resourceVersion: ''},
};

const text = (template: string, data: unknown = list): string => {
	const result = jsonPath(template, data);
	if (!result.ok) throw new Error(result.error);
	return result.text;
};

describe('kubectl JSONPath', () => {
	it('prints fields, joining several results with spaces', () => {
		expect(text('{.items[0].metadata.name}')).toBe('web');
		expect(text('{.items[*].spec.clusterIP}')).toBe('10.96.45.12 None');
		expect(text('{.items[0].spec.ports[*].port}')).toBe('80 443');
		expect(text('{.kind}')).toBe('List');
		expect(text("{.items[0].metadata.labels['app']}")).toBe('web');
	});

	it('copies text outside braces and prints quoted literals with escapes', () => {
		expect(text('name={.items[0].metadata.name}{"\\n"}')).toBe('name=web\n');
		expect(text('{.items[0].metadata.name}{"\\t"}{.items[1].metadata.name}')).toBe('web\tdb');
	});

	it('loops with range … end', () => {
		expect(text('{range .items[*]}{.metadata.name}{"\\t"}{.spec.clusterIP}{"\\n"}{end}')).toBe('web\t10.96.45.12\ndb\tNone\n');
	});

	it('filters lists', () => {
		const nodes = {items: [node('kind-worker', '172.18.0.3'), node('kind-worker2', '172.18.0.4')]};
		expect(text('{.items[*].status.addresses[?(@.type=="InternalIP")].address}', nodes)).toBe('172.18.0.3 172.18.0.4');
		expect(text('{.items[0].spec.ports[?(@.port>100)].name}')).toBe('https');
	});

	it('prints maps and lists as compact JSON, and the current object with @', () => {
		expect(text('{.items[0].metadata.labels}')).toBe('{"app":"web"}');
		expect(text('{.items[1].spec.ports}')).toBe('[]');
		expect(text('{@.kind}')).toBe('List');
	});

	it('reads keys containing dots when the dots are escaped', () => {
		const labelled = {metadata: {labels: {'app.kubernetes.io/name': 'web', app: 'x'}}};
		expect(text('{.metadata.labels.app\\.kubernetes\\.io/name}', labelled)).toBe('web');
	});

	it('supports slices, negative indexes and recursive descent', () => {
		expect(text('{.items[-1].metadata.name}')).toBe('db');
		expect(text('{.items[0:1].metadata.name}')).toBe('web');
		expect(text('{..port}')).toBe('80 443');
	});

	it('prints nothing for missing fields, as kubectl get does by default', () => {
		expect(text('{.items[0].status.loadBalancer.ingress[0].ip}')).toBe('');
	});

	it('reports missing fields with kubectl wording when missing keys are not allowed', () => {
		const result = jsonPath('{.spec.x}', {spec: {a: 'b'}}, {allowMissingKeys: false});
		expect(result).toEqual({
			ok: false,
			error:
				'error: error executing jsonpath "{.spec.x}": Error executing template: x is not found. Printing more information for debugging the template:\n' +
				'\ttemplate was:\n\t\t{.spec.x}\n' +
				'\tobject given to jsonpath engine was:\n\t\tmap[string]interface {}{"spec":map[string]interface {}{"a":"b"}}\n\n\n',
		});
	});

	it('reports out-of-range indexes and syntax errors', () => {
		const empty = jsonPath('{.items[0].metadata.name}', {items: []});
		expect(empty.ok).toBe(false);
		expect(!empty.ok && empty.error.split('\n')[0]).toBe(
			'error: error executing jsonpath "{.items[0].metadata.name}": Error executing template: array index out of bounds: index 0, length 0. Printing more information for debugging the template:',
		);
		expect(jsonPath('{.items[*].metadata.name', list)).toEqual({ok: false, error: 'error: error parsing jsonpath {.items[*].metadata.name, unclosed action\n'});
		expect(jsonPath('{end}', list)).toEqual({ok: false, error: 'error: error parsing jsonpath {end}, not in range, nothing to end\n'});
	});
});
