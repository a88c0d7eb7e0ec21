import {chmodSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {recordAnswer} from '../../src/core/progress/progress-ops.js';
import {realServices} from '../../src/ui/start-app.js';
import {commandContext} from '../commands/command-context.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe("the app's progress", () => {
	it('keeps the warning of a save that failed after the home showed its warnings, to print after quitting', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'kubetutor-app-'));
		dirs.push(dir);
		const services = realServices(commandContext({env: {KUBETUTOR_CONFIG_DIR: dir}}).ctx, {});
		const store = await services.openProgress();
		store?.update(progress => recordAnswer(progress, {id: '1', attempt: 'a', quiz: 'nodeport', question: 'range', at: '2026-03-04T05:06:07.000Z', correct: true, given: '1', mode: 'practice'}));
		expect(await services.laterWarnings()).toEqual([]);
		chmodSync(join(dir, 'config.json'), 0o444);
		store?.update(progress => recordAnswer(progress, {id: '2', attempt: 'a', quiz: 'nodeport', question: 'range', at: '2026-03-04T05:06:08.000Z', correct: true, given: '1', mode: 'practice'}));
		expect(await services.laterWarnings()).toEqual([`kubetutor: progress file ${join(dir, 'config.json')} is read-only; it is left alone and this session's progress is not saved`]);
	});
});
