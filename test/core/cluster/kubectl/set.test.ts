import {describe, expect, it} from 'vitest';
import {sandbox} from './helpers.js';

function withWeb() {
	const box = sandbox();
	box.run('kubectl create deployment web --image=nginx --replicas=2');
	box.run('kubectl expose deployment web --port=80');
	return box;
}

describe('kubectl set image', () => {
	it('changes the live Deployment, which rolls out pods with the new image', () => {
		const {run} = withWeb();
		expect(run('kubectl set image deployment/web nginx=nginx:1.27').text).toBe('deployment.apps/web image updated\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'`).text).toBe('nginx:1.27');
		run('sleep 30');
		expect(run(`kubectl get pods -l app=web -o jsonpath='{.items[*].spec.containers[0].image}'`).text).toBe('nginx:1.27 nginx:1.27');
	});

	it('prints nothing for an image that is already set, and names a missing container', () => {
		const {run} = withWeb();
		expect(run('kubectl set image deploy/web nginx=nginx')).toMatchObject({text: '', exitCode: 0});
		expect(run('kubectl set image deploy/web foo=nginx:1.27')).toMatchObject({stderr: 'error: unable to find container named "foo"\n', exitCode: 1});
	});

	it('with --dry-run=client -o yaml prints the changed object and stores nothing', () => {
		const {run} = withWeb();
		const printed = run('kubectl set image deploy web *=nginx:1.28 --dry-run=client -o yaml').stdout;
		expect(printed).toContain('      - image: nginx:1.28\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}'`).text).toBe('nginx');
		expect(run('kubectl set image deploy/web nginx=nginx:2 --dry-run=client').text).toBe('deployment.apps/web image updated (dry run)\n');
		expect(run('kubectl set image deploy/web nginx=nginx:2 --dry-run=server').text).toBe('deployment.apps/web image updated (server dry run)\n');
	});

	it('takes --all and -l, and refuses a type without names', () => {
		const {run} = withWeb();
		run('kubectl create deployment api --image=nginx');
		expect(run('kubectl set image deploy --all nginx=nginx:3').text).toBe('deployment.apps/api image updated\ndeployment.apps/web image updated\n');
		expect(run('kubectl set image deploy -l app=web nginx=nginx:4').text).toBe('deployment.apps/web image updated\n');
		expect(run('kubectl set image deploy nginx=nginx:4')).toMatchObject({stderr: 'error: resource(s) were provided, but no name was specified\n', exitCode: 1});
		expect(run('kubectl set image svc/web a=b')).toMatchObject({stderr: 'error: services/web the object is not a pod or does not have a pod template: *v1.Service\n', exitCode: 1});
	});
});

describe('kubectl set selector', () => {
	it('replaces a Service selector, so its endpoints follow the new labels', () => {
		const {run} = withWeb();
		run('kubectl run other --image=nginx --labels=app=other');
		run('sleep 10');
		expect(run('kubectl set selector svc web app=other').text).toBe('service/web selector updated\n');
		expect(run(`kubectl get svc web -o jsonpath='{.spec.selector}'`).text).toBe('{"app":"other"}');
		const ip = run(`kubectl get pod other -o jsonpath='{.status.podIP}'`).text;
		expect(run(`kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{.items[0].endpoints[*].addresses[0]}'`).text).toBe(ip);
	});

	it('refuses other kinds and a missing selector', () => {
		const {run} = withWeb();
		expect(run('kubectl set selector deploy/web app=x')).toMatchObject({stderr: 'error: setting a selector is only supported for Services\n', exitCode: 1});
		expect(run('kubectl set selector')).toMatchObject({stderr: 'error: one selector is required\n', exitCode: 1});
	});
});

describe('kubectl set env', () => {
	it('sets, lists and removes variables (-e pairs first, as kubectl adds them)', () => {
		const {run} = withWeb();
		expect(run('kubectl set env deploy/web A=1 -e B=2').text).toBe('deployment.apps/web env updated\n');
		expect(run('kubectl set env deploy/web --list').text).toBe('# Deployment web, container nginx\nB=2\nA=1\n');
		expect(run('kubectl set env deploy/web A-').text).toBe('deployment.apps/web env updated\n');
		expect(run('kubectl set env deploy/web --list').text).toBe('# Deployment web, container nginx\nB=2\n');
	});

	it('imports a ConfigMap with --from, naming each key as kubectl does', () => {
		const {run} = withWeb();
		run('kubectl create configmap cfg --from-literal=COLOR=blue --from-literal=game.mode=easy');
		expect(run('kubectl set env deploy/web --from=configmap/cfg').text).toBe('Warning: key game.mode transferred to GAME_MODE\ndeployment.apps/web env updated\n');
		expect(run('kubectl set env deploy/web --list').text).toBe('# Deployment web, container nginx\n# COLOR from configmap cfg, key COLOR\n# GAME_MODE from configmap cfg, key game.mode\n');
		expect(run('kubectl set env deploy/web --from=configmap/nope')).toMatchObject({stderr: 'Error from server (NotFound): configmaps "nope" not found\n', exitCode: 1});
	});

	it('warns about a -c pattern that matches nothing and refuses bad names', () => {
		const {run} = withWeb();
		expect(run('kubectl set env deploy/web -c foo D=1')).toMatchObject({stderr: 'Warning: Deployment/web does not have any containers matching "foo"\n', exitCode: 0});
		expect(run(`kubectl set env deploy/web '1A=1'`).stderr).toMatch(/^error: "1A" is not a valid key name: a valid environment variable name must consist of/);
	});
});

describe('kubectl set resources', () => {
	it('sets limits and requests on the chosen containers', () => {
		const {run} = withWeb();
		expect(run('kubectl set resources deploy/web --limits=cpu=200m,memory=512Mi --requests=cpu=0.1').text).toBe('deployment.apps/web resource requirements updated\n');
		expect(run(`kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'`).text).toBe('{"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}}');
		expect(run('kubectl set resources deploy/web -c foo --limits=cpu=1')).toMatchObject({stderr: 'error: unable to find container named foo\n', exitCode: 1});
		expect(run('kubectl set resources deploy/web')).toMatchObject({stderr: 'error: you must specify an update to requests or limits (in the form of --requests/--limits)\n', exitCode: 1});
	});

	it('without a subcommand prints the group help and fails', () => {
		const {run} = sandbox();
		const ran = run('kubectl set');
		expect(ran.exitCode).toBe(1);
		expect(ran.stderr).toContain('Available Commands:\n  env              Update environment variables on a pod template\n');
	});
});
