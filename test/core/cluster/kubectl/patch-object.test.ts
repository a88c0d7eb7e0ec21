import {describe, expect, test} from 'vitest';
import {jsonPatch, mergePatch, strategicMergePatch} from '../../../../src/core/cluster/kubectl/patch-object.js';

const service = {spec: {type: 'ClusterIP', ports: [{name: 'http', port: 80, targetPort: 8080}, {name: 'https', port: 443}], selector: {app: 'web'}}};

describe('patch types', () => {
	test('strategic merge merges Service ports by port number', () => {
		expect(strategicMergePatch(service, {spec: {ports: [{port: 80, targetPort: 9376}]}})).toEqual({
			spec: {type: 'ClusterIP', ports: [{name: 'http', port: 80, targetPort: 9376}, {name: 'https', port: 443}], selector: {app: 'web'}},
		});
	});

	test('merge patch replaces lists and deletes keys set to null', () => {
		expect(mergePatch(service, {spec: {ports: [{port: 81}], selector: null}})).toEqual({spec: {type: 'ClusterIP', ports: [{port: 81}]}});
	});

	test('strategic merge adds unknown list elements and honours $patch: delete', () => {
		const patched = strategicMergePatch(service, {spec: {ports: [{port: 8080, name: 'alt'}, {port: 443, $patch: 'delete'}]}}) as typeof service;
		expect(patched.spec.ports.map(port => port.port)).toEqual([80, 8080]);
	});

	test('JSON patch operations', () => {
		const result = jsonPatch(service, [
			{op: 'replace', path: '/spec/type', value: 'NodePort'},
			{op: 'add', path: '/spec/ports/-', value: {port: 9000}},
			{op: 'remove', path: '/spec/selector'},
		]);
		expect(result).toEqual({ok: true, value: {spec: {type: 'NodePort', ports: [...service.spec.ports, {port: 9000}]}}});
	});

	test('JSON patch on a missing path fails', () => {
		expect(jsonPatch(service, [{op: 'replace', path: '/spec/nothing', value: 1}]).ok).toBe(false);
	});
});
