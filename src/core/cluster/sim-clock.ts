/**
 * Simulated time. It starts at 0 and moves only when told (`sleep N`, the sandbox's own
 * ticking), so transcripts are reproducible. Timestamps are rendered from a fixed epoch.
 */
export const SIM_EPOCH_MS = Date.UTC(2026, 0, 1, 0, 0, 0);

export class SimClock {
	private ms = 0;
	/** The last rendered timestamp: a bulk apply stamps tens of thousands of objects within one ms. */
	private stamped = {ms: Number.NaN, text: ''};

	/** Milliseconds since the simulation started. */
	now(): number {
		return this.ms;
	}

	advance(ms: number): void {
		if (ms > 0) this.ms += ms;
	}

	/** RFC 3339 timestamp as the API server writes it (second precision, "Z"). */
	timestamp(ms = this.ms): string {
		if (ms !== this.stamped.ms) this.stamped = {ms, text: new Date(SIM_EPOCH_MS + ms).toISOString().replace(/\.\d{3}Z$/, 'Z')};
		return this.stamped.text;
	}

	/** Inverse of `timestamp`: simulated milliseconds for an RFC 3339 string. */
	static toSimMs(timestamp: string): number {
		return Date.parse(timestamp) - SIM_EPOCH_MS;
	}
}
