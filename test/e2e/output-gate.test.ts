import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {FRAME, PtyRun, sleep} from './pty.js';
import {ensureBuilt} from './tmux.js';

beforeAll(() => {
	ensureBuilt();
}, 120_000);

const EVIL = `apiVersion: v1
kind: ConfigMap
metadata:
  name: evil
data:
  clip: "\\e]52;c;aGVsbG8=\\e\\\\"
  title: "\\e]0;pwned-title\\a"
  dcs: "\\ePqpayload\\e\\\\"
  c1: "\\x9d0;c1title\\x9c"
`;

describe('the interactive sandbox in a real pseudo-terminal', {timeout: 60_000}, () => {
	it('shows control bytes stored in a ConfigMap escaped: no OSC, DCS or C1 reaches the terminal', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kubetutor-gate-'));
		writeFileSync(join(dir, 'evil.yaml'), EVIL);
		const run = new PtyRun([], dir);
		const type = async (line: string, expected: string) => {
			const mark = run.out.length;
			run.child.write(line);
			await sleep(150);
			run.child.write('\r');
			await run.waitFor(expected, mark);
		};
		await run.waitFor(FRAME);
		await sleep(200);
		await type('kubectl apply -f evil.yaml', 'configmap/evil created');
		await type(`kubectl get cm evil -o jsonpath='{.data.clip}{"\\n"}{.data.title}{"\\n"}{.data.dcs}{"\\n"}{.data.c1}'`, 'M-^]0;c1titleM-^\\');
		for (const shown of ['^[]52;c;aGVsbG8=^[\\', '^[]0;pwned-title^G', '^[Pqpayload^[\\']) expect(run.out).toContain(shown);
		run.child.write('\u0003');
		await run.waitFor('END');
		const bytes = Buffer.concat(run.bytes);
		// Ink draws with CSI sequences; no string sequence (OSC, DCS, SOS, PM, APC) and no C1 control.
		for (const introducer of [']', 'P', 'X', '^', '_']) expect(bytes.includes(Buffer.from(`\u001b${introducer}`, 'latin1')), `ESC ${introducer}`).toBe(false);
		expect(run.out).not.toMatch(/[\u0080-\u009f\ufffd]/);
		expect(run.out).not.toContain('pwned-title\u0007');
	});
});
