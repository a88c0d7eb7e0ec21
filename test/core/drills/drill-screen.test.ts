import {describe, expect, it} from 'vitest';
import {footerLine} from '../../../src/core/app/keymap.js';
import {DRILL_BINDINGS, drillReducer, reportLines, resolveDrillKey, startDrillScreen} from '../../../src/core/drills/drill-screen.js';
import {startPractice} from '../../../src/core/practice/practice-session.js';

const screen = startDrillScreen({columns: 60, rows: 20}, {title: 'kubetutor drill 1 · level 1', report: 'curl http://web/ from pod client fails: connection refused', practice: startPractice([]), note: '# Drill 1\n'});

describe('the drill screen model', () => {
	it('types letters and ? into the prompt, and Esc leaves', () => {
		expect(resolveDrillKey(screen, 'h')).toEqual({type: 'sandbox/type', text: 'h'});
		expect(resolveDrillKey(screen, '?')).toEqual({type: 'sandbox/type', text: '?'});
		expect(resolveDrillKey(screen, 'escape')).toEqual({type: 'app/quit'});
		expect(drillReducer(screen, {type: 'app/quit'}).exiting).toBe(true);
	});

	it('runs a typed line as a request and shows its output', () => {
		const typed = drillReducer(drillReducer(screen, {type: 'sandbox/type', text: 'check'}), {type: 'sandbox/submit'});
		expect(typed.app.requests).toEqual([{id: 1, kind: 'run', command: 'check'}]);
		const done = drillReducer(typed, {type: 'request/done', id: 1, result: {kind: 'run', output: 'Task 1: x\n  ✗ not yet\n', exitCode: 1, prompt: 'you@laptop:~$ '}});
		expect(done.app.sandbox.transcript.map(line => line.text)).toEqual(['# Drill 1', 'you@laptop:~$ check', 'Task 1: x', '  ✗ not yet']);
	});

	it('has its footer from the same key table, fitted to 60 columns', () => {
		expect(footerLine(DRILL_BINDINGS, 60)).toBe('↑↓ history · Tab complete · Ctrl+C clear/quit · Esc leave');
		expect(reportLines(screen, 58)).toEqual(['Reported: curl http://web/ from pod client fails:', '  connection refused', 'Type shell commands, and check · hint · solution · submit.']);
	});
});
