import {describe, expect, it} from 'vitest';
import {promptCursor, transcriptRows} from '../../src/ui/screens/Sandbox.js';

describe('the sandbox transcript at 80 columns', () => {
	it('shows control bytes a command printed, escaped, and wraps at the width they take on screen', () => {
		const rows = transcriptRows([{text: `\u001b]0;pwned\u0007${'x'.repeat(70)}`, kind: 'stdout'}], 78).map(row => row.text);
		expect(rows).toEqual([`^[]0;pwned^G${'x'.repeat(66)}`, 'xxxx']);
	});

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

describe('the sandbox prompt cursor', () => {
	it('stays visible without colours, and shows … while a command runs', () => {
		expect(promptCursor(false, false)).toBe('_');
		expect(promptCursor(false, true)).toBe(' ');
		expect(promptCursor(true, false)).toBe('…');
	});
});
