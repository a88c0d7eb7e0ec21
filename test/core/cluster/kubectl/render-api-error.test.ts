import {describe, expect, test} from 'vitest';
import type {ApiError} from '../../../../src/core/cluster/api/api-error.js';
import {renderApiError, renderFileApiError, renderSourcedApiError} from '../../../../src/core/cluster/kubectl/render-api-error.js';
import {renderFailures} from '../../../../src/core/cluster/kubectl/commands/apply.js';

const one: ApiError = {code: 422, reason: 'Invalid', kind: 'Service', name: 'web', message: 'Service "web" is invalid: spec.ports: Required value', causes: ['spec.ports: Required value']};
const two: ApiError = {
	code: 422,
	reason: 'Invalid',
	kind: 'Service',
	name: 'web',
	message: 'Service "web" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]',
	causes: ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
};
const missing: ApiError = {code: 404, reason: 'NotFound', kind: 'Service', name: 'web', message: 'services "web" not found'};

describe('API errors as kubectl prints them (§3.1)', () => {
	test('one cause on one line', () => {
		expect(renderApiError(one)).toBe('The Service "web" is invalid: spec.ports: Required value\n');
	});

	test('several causes as * lines after a trailing space', () => {
		expect(renderApiError(two)).toBe('The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value\n');
	});

	test('other reasons', () => {
		expect(renderApiError(missing)).toBe('Error from server (NotFound): services "web" not found\n');
	});

	test('from a file: Invalid keeps its layout, others name the file', () => {
		expect(renderFileApiError(one, 'creating', 'svc.yaml')).toBe('The Service "web" is invalid: spec.ports: Required value\n');
		expect(renderFileApiError({...missing, reason: 'AlreadyExists', message: 'services "web" already exists'}, 'creating', 'svc.yaml')).toBe(
			'Error from server (AlreadyExists): error when creating "svc.yaml": services "web" already exists\n',
		);
	});

	test('two failing objects in one file: each names the file, causes in brackets', () => {
		expect(renderFailures([
			{kind: 'api', error: two, source: 'svc.yaml', verb: 'creating'},
			{kind: 'api', error: {...one, name: 'db', message: 'Service "db" is invalid: spec.ports: Required value'}, source: 'svc.yaml', verb: 'creating'},
		])).toBe(
			'Error from server (Invalid): error when creating "svc.yaml": Service "web" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]\n' +
				'Error from server (Invalid): error when creating "svc.yaml": Service "db" is invalid: spec.ports: Required value\n',
		);
		expect(renderSourcedApiError(one, 'creating', 'a.yaml')).toBe('Error from server (Invalid): error when creating "a.yaml": Service "web" is invalid: spec.ports: Required value\n');
	});

	test('a single client-side error gets the error: prefix', () => {
		expect(renderFailures([{kind: 'client', message: 'the path "nope.yaml" does not exist'}])).toBe('error: the path "nope.yaml" does not exist\n');
	});
});
