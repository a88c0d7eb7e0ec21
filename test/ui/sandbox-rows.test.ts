import {describe, expect, it} from 'vitest';
import {transcriptRows} from '../../src/ui/screens/Sandbox.js';

describe('the sandbox transcript at 80 columns', () => {
	it('wraps the tutor\'s notes between words, never mid-word', () => {
		const note = '# A fresh cluster for "ClusterIP — the in-cluster address", in its starting state:';
		expect(transcriptRows([{text: note, kind: 'note'}], 78).map(row => row.text)).toEqual([
			'# A fresh cluster for "ClusterIP — the in-cluster address", in its starting',
			'#     state:',
		]);
	});

	it('wraps command output as a terminal does, keeping table columns aligned', () => {
		const header = 'NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE         NOMINATED NODE';
		expect(transcriptRows([{text: header, kind: 'stdout'}], 78).map(row => row.text)).toEqual([
			'NAME                     READY   STATUS    RESTARTS   AGE   IP           NODE ',
			'        NOMINATED NODE',
		]);
	});
});
