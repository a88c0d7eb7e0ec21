import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';
import {wrapWords} from '../../../../src/core/cluster/print/word-wrap.js';

describe('kubectl explain', () => {
	it('prints a field in kubectl v1.34’s plaintext layout', () => {
		expect(sandbox().run('kubectl explain svc.spec.ports.port').text).toBe(
			'KIND:       Service\nVERSION:    v1\n\nFIELD: port <integer>\n\n\nDESCRIPTION:\n    The port that will be exposed by this service.\n    \n\n',
		);
	});

	it('lists a kind’s fields with their types, -required- and descriptions', () => {
		const text = sandbox().run('kubectl explain service.spec.ports').text;
		expect(text.startsWith('KIND:       Service\nVERSION:    v1\n\nFIELD: ports <[]ServicePort>\n\n\nDESCRIPTION:\n    The list of ports that are exposed by this service. More info:\n')).toBe(true);
		expect(text).toContain('    ServicePort contains information on service\'s port.\n    \nFIELDS:\n  appProtocol\t<string>\n');
		expect(text).toContain('  port\t<integer> -required-\n    The port that will be exposed by this service.\n\n');
		expect(text).toContain('  targetPort\t<IntOrString>\n');
	});

	it('names the group for grouped kinds and follows --recursive', () => {
		const text = sandbox().run('kubectl explain deployment --recursive').text;
		expect(text.startsWith('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nDESCRIPTION:\n')).toBe(true);
		expect(text).toContain('\n  spec\t<DeploymentSpec>\n    minReadySeconds\t<integer>\n');
		expect(text).toContain('\n      spec\t<PodSpec>\n');
	});

	it('shows a field’s enum values', () => {
		expect(sandbox().run('kubectl explain pod.spec.restartPolicy').text).toContain('FIELD: restartPolicy <string>\nENUM:\n    Always\n    Never\n    OnFailure\n\n');
		expect(sandbox().run('kubectl explain svc.spec --recursive').text).toContain('  externalTrafficPolicy\t<string>\n  enum: Cluster, Local\n');
	});

	it('gives kubectl’s errors', () => {
		const {run} = sandbox();
		expect(run('kubectl explain svc.spec.nope')).toMatchObject({stderr: 'error: field "nope" does not exist\n', exitCode: 1});
		expect(run('kubectl explain foo')).toMatchObject({stderr: 'error: the server doesn\'t have a resource type "foo"\n', exitCode: 1});
		expect(run('kubectl explain deploy --api-version=apps/v2').stderr).toBe('error: couldn\'t find resource for "apps/v2, Resource=deployments"\n');
		expect(run('kubectl explain deploy --api-version=apps/v1').exitCode).toBe(0);
		expect(run('kubectl explain').stderr).toBe('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\n');
		expect(run('kubectl explain a b').stderr).toBe('error: We accept only this format: explain RESOURCE\n\n');
	});
});

describe('wrapWords (go-wordwrap)', () => {
	it('breaks before the word that passes the limit and keeps long words whole', () => {
		expect(wrapWords('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
		expect(wrapWords('a https://example.com/very/long b', 10)).toBe('a\nhttps://example.com/very/long\nb');
		expect(wrapWords('one\ntwo three', 8)).toBe('one\ntwo\nthree');
	});
});
