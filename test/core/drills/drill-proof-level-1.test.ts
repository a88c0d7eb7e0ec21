import {describe, expect, it} from 'vitest';
import {FAULT_KINDS} from '../../../src/core/drills/drill-catalogue.js';
import {proveDrills, SEEDS} from './prove-drills.js';

describe('level 1 drills, seeds 1 to 500', () => {
	it('fail from the broken state and pass with the generated repair', {timeout: 600_000}, () => {
		const proof = proveDrills(1, SEEDS);
		expect(proof.failures).toEqual([]);
		// One fault per drill, so over 500 seeds every kind is drawn on its own.
		expect([...proof.kinds].sort()).toEqual(FAULT_KINDS.map(fault => fault.kind).sort());
	});
});
