import {describe, expect, it} from 'vitest';
import type {KubectlCommand} from '../../../../src/core/cluster/kubectl/command.js';
import {COMMANDS} from '../../../../src/core/cluster/kubectl/commands/index.js';
import {HELP_EXAMPLES} from '../../../../src/core/cluster/kubectl/help-examples.js';
import {sandbox} from './helpers.js';

const WEB_YAML = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: nginx
        image: nginx
`;

const POD_YAML = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n';

/** A self-signed certificate for web.example.com, for the `create secret tls` example. */
const TLS_CRT = `-----BEGIN CERTIFICATE-----
MIIDFTCCAf2gAwIBAgIUZyGc/nd3VQp+zRtG/xBbljLL7pcwDQYJKoZIhvcNAQEL
BQAwGjEYMBYGA1UEAwwPd2ViLmV4YW1wbGUuY29tMB4XDTI2MTIwNDE4MjgzNVoX
DTM2MTIwMTE4MjgzNVowGjEYMBYGA1UEAwwPd2ViLmV4YW1wbGUuY29tMIIBIjAN
BgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoPriTCnV27wItvcrBUOs5FSREkNa
f1exjcexGLShaVrzEtuG5I/qkFZZByw0RfG2z5zFCsQ9q/4iIxJMdfxT+ep+sWHz
/V4ctSsLZ0aYnQQyoKA87OvJ3e1X2UPPrKOvmcC5Z9aGaVb2v/jV2sGgyEFMcPPq
5Zq9R1EhNDz2J4RyHFGrZ7h/YTjlMaYL4SZsd/dBcwHA9bXT1d5r0sdgA6DPDpY+
bvMZmUymVM27IqX/loFBXzutiRMPPJE5mxYxnCWJcM+kS52qJLvrBHhnzRpYBR7D
IE/zB66lTB/H37msr0PEHFiSk5MNE3d3xBLeYM86fqPTK5nxN0QvBhKLfwIDAQAB
o1MwUTAdBgNVHQ4EFgQU/Y6v/FnoZnEZ5C91OaOxu+Rm0ZswHwYDVR0jBBgwFoAU
/Y6v/FnoZnEZ5C91OaOxu+Rm0ZswDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0B
AQsFAAOCAQEAW5H6QL74dMXNh32BuE3sJIcVrOIWUOCJUNqxobfzsH5Ah0PPQTP2
0hOrPQFNVA8sbCEgSQOadQTTlgZPwSUYdbxcFMfQ1bUg7jmqT2vJVvIPYt77fQyj
a4a6YX24kDWMNMFBEhdIl9P1EL5/lZLh0QpbXZyKXyzq44vOqBckxGX0RliY8B/5
z0NuVpkilSSxohtQspcoOQlyDoRBoPkVd04bJoQrLg4HT4D0Vm3XhG3fu9SYO8EK
dX01sBxqxnkkYjXu55wRtIq3CTw/gjBXahqsieLegM6FS1K6Ma0cM7DjswfGybiF
ZQTn3PCT7svXc7ft1w2TLHTa3gmayvKiXA==
-----END CERTIFICATE-----
`;
const TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCg+uJMKdXbvAi2
9ysFQ6zkVJESQ1p/V7GNx7EYtKFpWvMS24bkj+qQVlkHLDRF8bbPnMUKxD2r/iIj
Ekx1/FP56n6xYfP9Xhy1KwtnRpidBDKgoDzs68nd7VfZQ8+so6+ZwLln1oZpVva/
+NXawaDIQUxw8+rlmr1HUSE0PPYnhHIcUatnuH9hOOUxpgvhJmx390FzAcD1tdPV
3mvSx2ADoM8Olj5u8xmZTKZUzbsipf+WgUFfO62JEw88kTmbFjGcJYlwz6RLnaok
u+sEeGfNGlgFHsMgT/MHrqVMH8ffuayvQ8QcWJKTkw0Td3fEEt5gzzp+o9MrmfE3
RC8GEot/AgMBAAECggEABYoMfmcHUyVpvieY8d66lMX6LFqbKXv/G19UzzWFj/M1
7DixY0ac4VsvR6lnbquBSSyRgfjVtggR7Neec1LiIUMTf/WpNSQA/eG3Mm/bixxp
Xfb7+Bt280caLKfO/hd8NxPkIItHtCYINvvdGmCeSgKOAR1lJrU7FrikDI2dp/Qy
fKb7nmTnb7SpWv97PIa/+XDwtMTkKQhAXGu1PGuYB7SZHBcnN1UWd62HuFeZeabo
/DvgFFI3rdRBC+SB5fUp/RwqSCQqsmuNoo4snzX+jnD4yt5FOn3RKCyaasHWy234
RGrk3mblHpMmSc1kLaoe3cL88Hhd5PkyVpeqJhHqRQKBgQDNRIYXT/Bppfl9nWJp
eLkwyCn0cmdT8J6JOOBHgGgHEyP9Ljmx+YJ3jBrafSkjhEDVNEjroT5MOXDzgV99
Q36XMfxn8vAuboZDrFSjanUAhMDvB/w3EMtYcHY5kxesY0Wc9PXaRn1vb33wHyYS
1O7aeytzaxP6zTfLSxcLu0WzXQKBgQDIxD00VGM37x2LvXH7HKdA3UD+16sE60Cd
GbLQilt7ZJfWAoYnNiP5ADJaTWU+8SokXLIymLuSgWtn1H3rmszz2Vv0ci+lnKD4
LyiyzPiFQmLftx6nWvJ5jqd0xl0seO1KUS1s6BSE+e+TeaZpdQ+W4qXjlg2P0C1k
01OMa2hIiwKBgGEd3Y9kC+wAUgVDlE8whfX1jhwQkKCfRHLKDRrnPtCyFqHv3+47
jaXADOh4tSEPrpjw7ttE47OurakX+bTLXTZtuOz5fPeK5U1ZWIYklQzUwm+VSJhJ
AtxqARWGaXnvUf1LzJIkLa6uglg8dIgOZJ/MDKfD7qUHuTEe6t1rEjQlAoGAd5YU
kuAVPZMLuVn908LMiWGBPos+Ti7HDQzqqzdOqKBRpONZ/29LXB1W4N0rCqPiI0in
yGWbjPfT/0PeQYGyxSlaka+WXAKBC3QjvOVEvzO8618LPkp5Fhj3/CHQDBZ32YWj
FjTjTBYIM4MJsdVNlOWqRHbz2w74iw8pvAGaW2MCgYB8TA1jU3OfhlszPwSg3BdI
/dNhhBeYOPZSV09JPTKCuIEmQ+cO5CaP3BaMVmxuS23hezF9StjUEq5sMQEjzLhx
eyaKS1gZL0MasTUp0/ptg3fHcqP6bpPOvCZAaObpqgl47IkcrPcELQDuG0K9zyky
EwAtVAhTN1OaiSggajpI5g==
-----END PRIVATE KEY-----
`;

const FILES = {'web.yaml': WEB_YAML, 'pod.yaml': POD_YAML, 'tls.crt': TLS_CRT, 'tls.key': TLS_KEY};

/** What the examples expect to find: web (Deployment with two revisions, and Service), a client pod, a config map. */
function prepared() {
	const box = sandbox(FILES);
	for (const line of ['kubectl apply -f web.yaml', 'kubectl set image deployment/web nginx=nginx:1.27', 'kubectl expose deployment web --port=80', 'kubectl run client --image=busybox:1.37 -- sleep 3600', 'kubectl create configmap settings --from-literal=color=blue', 'sleep 20']) {
		const ran = box.run(line);
		if (ran.exitCode !== 0) throw new Error(`setup ${line}: ${ran.text}`);
	}
	return box;
}

function paths(commands: readonly KubectlCommand[], prefix = ''): {path: string; command: KubectlCommand}[] {
	return commands.flatMap(command => {
		const path = `${prefix}${command.name}`;
		return [{path, command}, ...paths(command.subcommands ?? [], `${path} `)];
	});
}

const ALL = paths(COMMANDS.filter(command => !command.hidden));

describe('kubectl VERB --help', () => {
	it.each(ALL.map(({path}) => path))('%s --help has kubectl’s layout', path => {
		const ran = sandbox().run(`kubectl ${path} --help`);
		expect(ran.exitCode).toBe(0);
		expect(ran.stdout.endsWith('\nUsage:\n') || /\nUsage:\n {2}kubectl .+\n\n/.test(ran.stdout)).toBe(true);
		expect(ran.stdout.endsWith('Use "kubectl options" for a list of global command-line options (applies to all commands).\n')).toBe(true);
		expect(ran.stdout).not.toContain('(no description)');
	});

	it('every command that is not a group has examples', () => {
		const missing = ALL.filter(({command}) => !command.subcommands?.length && !Object.hasOwn(HELP_EXAMPLES, command === undefined ? '' : pathOf(command))).map(({path}) => path);
		expect(missing).toEqual([]);
	});

	it('lists only the options the sandbox takes, with kubectl’s texts', () => {
		const text = sandbox().run('kubectl scale --help').stdout;
		expect(text).toContain('Options:\n    --all=false:\n\tSelect all resources in the namespace of the specified resource types\n\n');
		expect(text).not.toContain('--kustomize');
		expect(text).toContain('Usage:\n  kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]\n\nUse "kubectl options"');
	});
});

function pathOf(command: KubectlCommand): string {
	return ALL.find(entry => entry.command === command)?.path ?? '';
}

// examples written ahead for a command another branch is still building run once it exists
const EXAMPLES = Object.entries(HELP_EXAMPLES)
	.filter(([path]) => ALL.some(entry => entry.path === path))
	.flatMap(([path, examples]) => examples.map(example => [path, example.command] as const));

describe('every --help example runs in the sandbox', () => {
	it.each(EXAMPLES)('%s: %s', (_, command) => {
		const box = prepared();
		// an editor saved unchanged: batch mode's kubectl edit reads the edited object from stdin
		const stdin = command.startsWith('kubectl edit') ? box.run('kubectl get svc web -o yaml').stdout : undefined;
		const ran = box.run(command, stdin);
		if (command.startsWith('kubectl top')) expect(ran).toMatchObject({stderr: 'error: Metrics API not available\n', exitCode: 1});
		else if (command.startsWith('kubectl diff')) expect({stderr: ran.stderr, ok: ran.exitCode <= 1}).toEqual({stderr: '', ok: true});
		else expect({text: ran.text, exitCode: ran.exitCode}).toEqual({text: ran.text, exitCode: 0});
	});
});
