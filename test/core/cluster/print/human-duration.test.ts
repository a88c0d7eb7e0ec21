import {describe, expect, it} from 'vitest';
import {humanDuration, rfc1123z, since} from '../../../../src/core/cluster/print/human-duration.js';
import {at, DAY, HOUR, MINUTE, SECOND} from './fixtures.js';

describe('humanDuration (AGE column)', () => {
	it.each([
		[0, '0s'],
		[-1500, '0s'],
		[-3000, '<invalid>'],
		[45 * SECOND, '45s'],
		[119 * SECOND, '119s'],
		[2 * MINUTE, '2m'],
		[2 * MINUTE + 5 * SECOND, '2m5s'],
		[5 * MINUTE, '5m'],
		[9 * MINUTE + 59 * SECOND, '9m59s'],
		[15 * MINUTE + 30 * SECOND, '15m'],
		[150 * MINUTE, '150m'],
		[3 * HOUR + 10 * MINUTE, '3h10m'],
		[4 * HOUR, '4h'],
		[20 * HOUR + 59 * MINUTE, '20h'],
		[47 * HOUR, '47h'],
		[2 * DAY + 3 * HOUR, '2d3h'],
		[3 * DAY, '3d'],
		[30 * DAY, '30d'],
		[729 * DAY, '729d'],
		[(2 * 365 + 45) * DAY, '2y45d'],
		[9 * 365 * DAY, '9y'],
	])('%i ms → %s', (ms, expected) => {
		expect(humanDuration(ms)).toBe(expected);
	});

	it('measures from a creationTimestamp to the simulated now', () => {
		expect(since(at(5 * SECOND), 2 * MINUTE + 10 * SECOND)).toBe('2m5s');
		expect(since(undefined, 0)).toBe('<unknown>');
	});

	it('formats describe times as RFC 1123 with a numeric zone', () => {
		expect(rfc1123z(at(5 * SECOND))).toBe('Thu, 01 Jan 2026 00:00:05 +0000');
	});
});
