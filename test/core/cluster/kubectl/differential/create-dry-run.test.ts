import {describe, expect, it} from 'vitest';
import {sandbox} from '../helpers.js';
import {REAL_KUBECTL, runReal, shellQuote} from './real-kubectl.js';

const FILES: Record<string, string> = {
	'app.properties': 'color=blue\nsize=3\n',
	'game.env': '# the game\nlives=3\n\nenemies=aliens\n',
	'bad.env': '  c = 3 \n',
	'conf/one': 'x\n',
	'conf/two.txt': 'y\n',
	'tls.crt': 'not a certificate\n',
	'tls.key': 'not a key\n',
};

/** Command lines whose output kubectl v1.33 builds on the client alone (no server involved). */
const LINES: string[][] = [
	['create', 'configmap', 'cm', '--from-literal=k=v', '--from-literal=a=b'],
	['create', 'configmap', 'cm', '--from-file=app.properties', '--from-file=key2=app.properties'],
	['create', 'configmap', 'cm', '--from-file=conf'],
	['create', 'configmap', 'cm', '--from-env-file=game.env'],
	['create', 'configmap', 'cm', '--from-literal=k=v', '-n', 'dev'],
	['create', 'cm', 'cm', '--from-literal=n=3', '-o', 'json'],
	['create', 'secret', 'generic', 's', '--from-literal=password=s3cr3t', '--from-literal=user=admin'],
	['create', 'secret', 'generic', 's', '--type=Opaque', '--from-file=app.properties'],
	['create', 'secret', 'generic', 's', '--from-env-file=game.env'],
	['create', 'secret', 'generic', 's'],
	['create', 'secret', 'docker-registry', 'reg', '--docker-server=r.io', '--docker-username=u', '--docker-password=p', '--docker-email=e@x'],
	['create', 'secret', 'docker-registry', 'reg', '--docker-username=u', '--docker-password=p'],
	['create', 'job', 'j', '--image=busybox'],
	['create', 'job', 'j', '--image=busybox', '--dry-run=client', '-o', 'yaml', '--', 'sleep', '5'],
	['create', 'cronjob', 'cj', '--image=busybox', '--schedule=*/1 * * * *', '--dry-run=client', '-o', 'yaml', '--', 'date'],
	['create', 'cj', 'cj', '--image=busybox', '--schedule=@hourly', '--restart=Never'],
	['create', 'serviceaccount', 'sa'],
	['create', 'sa', 'sa', '-n', 'x'],
	['create', 'namespace', 'ns1'],
	['create', 'rolebinding', 'rb', '--role=r', '--user=u', '--serviceaccount=default:sa', '--group=g'],
	['create', 'rolebinding', 'rb', '--clusterrole=view', '--serviceaccount=dev:sa'],
	['create', 'clusterrolebinding', 'crb', '--clusterrole=cr', '--user=u'],
	['create', 'quota', 'q', '--hard=pods=2,cpu=1', '--scopes=BestEffort'],
	['create', 'quota', 'q'],
	['create', 'priorityclass', 'pc', '--value=1000', '--description=d'],
	['create', 'pc', 'pc', '--value=5', '--global-default', '--preemption-policy=Never'],
	['create', 'ingress', 'simple', '--rule=foo.com/bar=svc1:8080,tls=my-cert'],
	['create', 'ingress', 'annotated', '--rule=foo.com/=svc1:80', '--annotation=ingress.annotation1=foo', '--annotation=ingress.annotation2=bla'],
	['create', 'ingress', 'ingtls', '--class=default', '--rule=foo.com/=svc:https,tls', '--rule=foo.com/path/subpath*=othersvc:8080'],
	['create', 'ingress', 'multi', '--rule=foo.com/*=svc:8080,tls=secret1', '--rule=bar.com/admin*=svcadmin:http,tls=secret1', '--rule=baz.com/=b:80,tls=secret2'],
	['create', 'ingress', 'catch-all', '--class=otheringress', '--rule=/path=svc:port'],
];

/** Usage errors kubectl v1.33 reports before it talks to any server. */
const ERRORS: string[][] = [
	['create', 'configmap'],
	['create', 'configmap', 'cm', '--from-literal=k'],
	['create', 'configmap', 'cm', '--from-literal=k=v', '--from-literal=k=w'],
	['create', 'configmap', 'cm', '--from-literal=a/b=v'],
	['create', 'configmap', 'cm', '--from-file=nope'],
	['create', 'configmap', 'cm', '--from-file=k=conf'],
	['create', 'configmap', 'cm', '--from-file=app.properties', '--from-env-file=game.env'],
	['create', 'configmap', 'cm', '--from-env-file=bad.env'],
	['create', 'secret'],
	['create', 'secret', 'foo'],
	['create', 'secret', 'generic', 's', '--from-literal=k=v', '--from-literal=k=w'],
	['create', 'secret', 'generic', 's', '--from-literal=a/b=v'],
	['create', 'secret', 'tls', 't'],
	['create', 'secret', 'tls', 't', '--cert=tls.crt', '--key=tls.key'],
	['create', 'secret', 'docker-registry', 'r'],
	['create', 'job', '--image=x'],
	['create', 'job', 'j'],
	['create', 'job', 'j', '--from=cronjob/x', '--image=y'],
	['create', 'cronjob', 'cj', '--image=busybox'],
	['create', 'cronjob', 'cj', '--schedule=@daily'],
	['create', 'cronjob', 'cj', '--image=busybox', '--schedule=@daily', '--restart=Always'],
	['create', 'rolebinding', 'rb'],
	['create', 'rolebinding', 'rb', '--role=r', '--clusterrole=c'],
	['create', 'rolebinding', 'rb', '--clusterrole=c', '--serviceaccount=sa'],
	['create', 'clusterrolebinding', 'crb'],
	['create', 'quota', 'q', '--hard=foo'],
	['create', 'token'],
	['create', 'serviceaccount'],
	['create', 'priorityclass', 'pc', '--preemption-policy=Sometimes'],
	['create', 'service'],
	['create', 'service', 'foo'],
	['create', 'role', 'r'],
	['create', 'clusterrole', 'cr'],
	['create', 'role', 'r', '--verb=foo'],
	['create', 'rolebinding', 'rb', '--role=r', '--serviceaccount=a:b:c'],
	['create', 'quota', 'q', '--hard=pods=x'],
	['create', 'job', 'j', '--image=busybox', '--restart=Always'],
	['create', 'ingress', 'x', '--rule=foo.com=svc:80'],
	['create', 'ingress', 'x', '--rule=/a=s:1', '--annotation=bad'],
];

function withDryRun(args: string[]): string[] {
	if (args.includes('--dry-run=client')) return args;
	return [...args, '--dry-run=client', '-o', 'yaml'];
}

describe.skipIf(!REAL_KUBECTL)(`create --dry-run=client -o yaml, against the real kubectl v1.33${REAL_KUBECTL ? '' : ' (real kubectl not found: skipped)'}`, () => {
	it.each(LINES.map(line => [withDryRun(line).join(' '), withDryRun(line)] as const))('%s', (_, args) => {
		const real = runReal(args, FILES);
		expect(real.exitCode, real.stderr).toBe(0);
		const ran = sandbox(FILES).run(`kubectl ${args.map(shellQuote).join(' ')}`);
		expect({stdout: ran.stdout, stderr: ran.stderr, exitCode: ran.exitCode}).toEqual({stdout: real.stdout, stderr: real.stderr, exitCode: 0});
	});

	it.each(ERRORS.map(line => [[...line, '--dry-run=client'].join(' '), [...line, '--dry-run=client']] as const))('%s', (_, args) => {
		const real = runReal(args, FILES);
		const ran = sandbox(FILES).run(`kubectl ${args.map(shellQuote).join(' ')}`);
		expect({stdout: ran.stdout, stderr: ran.stderr, exitCode: ran.exitCode}).toEqual(real);
	});

	it.each([['config'], ['config', 'foo'], ['auth'], ['auth', 'can-i', 'get'], ['auth', 'can-i', 'a', 'b', 'c', 'd']].map(line => [line.join(' '), line] as const))('%s', (_, args) => {
		const real = runReal(args, FILES);
		const ran = sandbox(FILES).run(`kubectl ${args.map(shellQuote).join(' ')}`);
		expect({stdout: ran.stdout, stderr: ran.stderr, exitCode: ran.exitCode}).toEqual(real);
	});
});

if (!REAL_KUBECTL) console.warn('real kubectl not found: the differential tests against kubectl v1.33 are skipped');
