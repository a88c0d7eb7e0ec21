import {describe, expect, it} from 'vitest';
import {FAULT_KINDS} from '../../../src/core/drills/drill-catalogue.js';
import {proveDrills, SEEDS} from './prove-drills.js';

describe('level 2 drills, seeds 1 to 500', () => {
	it('fail from the broken state and pass with the generated repair', {timeout: 600_000}, () => {
		const proof = proveDrills(2, SEEDS);
		expect(proof.failures).toEqual([]);
		
	});
});
