import {describe, expect, test} from 'vitest';
import {parseResourceArgs} from '../../../../src/core/cluster/kubectl/resource-args.js';

function summary(args: string[]): unknown {
	const parsed = parseResourceArgs(args);
	if (!parsed.ok) return parsed.message;
	return parsed.requests.map(request => [request.type.kind, request.names]);
}

describe('resource arguments', () => {
	test.each([
		[['svc'], [['Service', []]]],
		[['services', 'web', 'db'], [['Service', ['web', 'db']]]],
		[['svc/web'], [['Service', ['web']]]],
		[['deploy/web', 'svc/web'], [['Deployment', ['web']], ['Service', ['web']]]],
		[['svc,pods'], [['Service', []], ['Pod', []]]],
		[['deployments.apps'], [['Deployment', []]]],
		[['ep'], [['Endpoints', []]]],
	])('%j', (args, expected) => {
		expect(summary(args)).toEqual(expected);
	});

	test('all expands to the "all" category', () => {
		expect(summary(['all'])).toEqual([
			['Pod', []],
			['Service', []],
			['DaemonSet', []],
			['Deployment', []],
			['ReplicaSet', []],
			['StatefulSet', []],
			['Job', []],
			['CronJob', []],
		]);
	});

	test('an unknown type names itself', () => {
		expect(summary(['svcs'])).toBe('the server doesn\'t have a resource type "svcs"');
	});

	test('mixing TYPE and TYPE/NAME forms is refused', () => {
		expect(summary(['svc', 'svc/web'])).toMatch(/^there is no need to specify a resource type as a separate argument/);
	});
});
