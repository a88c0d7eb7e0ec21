import {mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readProgressSnapshot} from '../../src/adapters/progress-snapshot.js';

const progress = {version: 1, lessons: {clusterip: {done: '2026-01-02T00:00:00.000Z', tasks: {}}}, answers: [], last: {lesson: 'clusterip', at: '2026-01-02T00:00:00.000Z'}};

describe('the progress snapshot for the first frame', () => {
	it('reads the learner progress as plain JSON', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kt-snapshot-'));
		writeFileSync(join(dir, 'config.json'), JSON.stringify(progress));
		expect(readProgressSnapshot({KUBETUTOR_CONFIG_DIR: dir})).toEqual(progress);
	});

	it('gives nothing for a missing, damaged, foreign-shaped or linked file, leaving it to the store to warn', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kt-snapshot-'));
		expect(readProgressSnapshot({KUBETUTOR_CONFIG_DIR: dir})).toBeUndefined();
		writeFileSync(join(dir, 'config.json'), '{"version": 1, "less');
		expect(readProgressSnapshot({KUBETUTOR_CONFIG_DIR: dir})).toBeUndefined();
		writeFileSync(join(dir, 'config.json'), JSON.stringify({version: 1, lessons: [], answers: []}));
		expect(readProgressSnapshot({KUBETUTOR_CONFIG_DIR: dir})).toBeUndefined();
		const other = mkdtempSync(join(tmpdir(), 'kt-snapshot-'));
		writeFileSync(join(other, 'real.json'), JSON.stringify(progress));
		symlinkSync(join(other, 'real.json'), join(other, 'config.json'));
		expect(readProgressSnapshot({KUBETUTOR_CONFIG_DIR: other})).toBeUndefined();
	});
});
