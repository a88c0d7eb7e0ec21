import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';

describe('kubectl v1.34 answers the oddities of issue 12 as the real client does', () => {
	it('wait --for=delete on a pod that is already gone succeeds silently', () => {
		const {run} = sandbox();
		expect(run('kubectl wait --for=delete pod/gone --timeout=5s')).toMatchObject({text: '', exitCode: 0});
		expect(run('kubectl wait --for=condition=Ready pod/gone --timeout=5s')).toMatchObject({stderr: 'Error from server (NotFound): pods "gone" not found\n', exitCode: 1});
	});

	it('create ingress keeps a rule’s ,tls=SECRET and the --annotation values', () => {
		const {run} = sandbox();
		const yaml = run('kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert" --annotation=team=web --dry-run=client -o yaml').stdout;
		expect(yaml).toContain('metadata:\n  annotations:\n    team: web\n');
		expect(yaml).toContain('  tls:\n  - hosts:\n    - foo.com\n    secretName: my-cert\n');
	});

	it('expose --external-ip prints no deprecation warning (that came with v1.36)', () => {
		const {run} = sandbox();
		run('kubectl create deployment web --image=nginx');
		expect(run('kubectl expose deploy web --port=80 --external-ip=172.18.0.100')).toMatchObject({text: 'service/web exposed\n', exitCode: 0});
	});

	it('get -o name and -o jsonpath print nothing when there are no pods', () => {
		const {run} = sandbox();
		expect(run('kubectl get pods -o name')).toMatchObject({text: '', exitCode: 0});
		expect(run(`kubectl get pods -o jsonpath='{.items[*].metadata.name}'`)).toMatchObject({text: '', exitCode: 0});
	});
});
