import {readFileSync} from 'node:fs';
import {test} from 'vitest';
import {runScript} from '../../../../src/core/cluster/shell/batch.js';

test('scratch', () => {
	const path = process.env.KCTL_SCRIPT ?? '';
	const r = runScript(readFileSync(path, 'utf8'), {seed: 5, cloud: (process.env.KCTL_CLOUD as 'none') || undefined, readFile: p => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } }});
	process.stdout.write(r.transcript + `[exit ${r.exitCode}]\n`);
});
