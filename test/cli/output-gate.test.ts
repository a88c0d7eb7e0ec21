import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../../src/cli/main.js';
import {cliIo} from './cli-io.js';

// A ConfigMap whose values are terminal control sequences: a clipboard write (OSC 52, ended by
// ST), a window title (OSC 0, ended by BEL), a DCS string and C1 OSC/ST (U+009D, U+009C).
const EVIL = `apiVersion: v1
kind: ConfigMap
metadata:
  name: evil
data:
  clip: "\\e]52;c;aGVsbG8=\\e\\\\"
  title: "\\e]0;pwned\\a"
  dcs: "\\ePqpayload\\e\\\\"
  c1: "\\x9d0;c1title\\x9c"
`;

async function run(args: string[], cwd: string) {
	const t = cliIo({KUBETUTOR_CONFIG_DIR: join(cwd, 'config')}, cwd);
	const code = await runCli(args, t.io);
	return {code, out: t.out(), err: t.err()};
}

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('everything printed passes the output gate', () => {
	it('a batch transcript shows the bytes a learner stored in a ConfigMap, escaped, never live', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kubetutor-gate-'));
		writeFileSync(join(dir, 'evil.yaml'), EVIL);
		writeFileSync(join(dir, 'script.txt'), `kubectl apply -f evil.yaml\nkubectl get cm evil -o jsonpath='{.data.clip}{"\\n"}{.data.title}{"\\n"}{.data.dcs}{"\\n"}{.data.c1}'\n`);
		const result = await run(['sandbox', '--script', 'script.txt'], dir);
		expect(result.code).toBe(0);
		expect(result.out).toBe(
			[
				'$ kubectl apply -f evil.yaml',
				'configmap/evil created',
				`$ kubectl get cm evil -o jsonpath='{.data.clip}{"\\n"}{.data.title}{"\\n"}{.data.dcs}{"\\n"}{.data.c1}'`,
				'^[]52;c;aGVsbG8=^[\\',
				'^[]0;pwned^G',
				'^[Pqpayload^[\\',
				'M-^]0;c1titleM-^\\',
				'',
			].join('\n'),
		);
		expect(result.out).not.toMatch(CONTROL);
	});

	it('a file name with control characters is shown escaped in an error on stderr', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kubetutor-gate-'));
		const result = await run(['sandbox', '--script', 'x\u001b]0;pwned\u0007.txt'], dir);
		expect(result.code).toBe(2);
		expect(result.err).toBe('kubetutor sandbox: cannot read script x^[]0;pwned^G.txt: no such file\n');
	});
});
