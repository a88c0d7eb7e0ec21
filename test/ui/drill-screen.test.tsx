import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {DrillOutcome} from '../../src/core/drills/drill-session.js';
import {DrillRunner} from '../../src/ui/screens/DrillRunner.js';
import {drillHost} from '../../src/ui/start-drill.js';
import {KEY, press, waitForText} from './helpers.js';

afterEach(cleanup);

async function type(r: ReturnType<typeof render>, line: string): Promise<void> {
	r.stdin.write(line);
	await waitForText(r, line.slice(-20));
	await press(r, KEY.enter);
}

describe('the drill screen', () => {
	it('shows the symptom, says not yet without naming the fault, then fixed, and offers the next drill', async () => {
		const outcomes: DrillOutcome[] = [];
		const r = render(<DrillRunner host={drillHost({seed: 3, level: 1, fault: 'port-name'}, {readFile: () => undefined}, outcome => outcomes.push(outcome))} />);
		const first = await waitForText(r, 'Reported:');
		expect(first).toContain('kubetutor drill 3 · level 1');
		expect(first).toContain('Type shell commands, and check · hint · solution · submit.');
		await type(r, 'check');
		const checked = await waitForText(r, '✗ not yet');
		expect(checked).not.toContain('port-name');
		await type(r, `kubectl patch service storefront -n orders-2c5 -p '{"spec":{"ports":[{"port":8080,"targetPort":"http"}]}}'`);
		await waitForText(r, 'service/storefront patched');
		await type(r, 'check');
		expect(await waitForText(r, 'Fixed! Type next for the next drill, or submit to record it.')).toContain('✓ passes');
		await type(r, 'next');
		await waitForText(r, 'kubetutor drill 4 · level 1');
		expect(outcomes).toEqual([{seed: 3, level: 1, template: 'web-service', faults: ['port-name'], passed: true, assisted: false, hints: 0}]);
	});
});
