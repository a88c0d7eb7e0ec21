/**
 * A small deterministic PRNG (mulberry32). Every "random" choice in the simulator — pod name
 * suffixes, ClusterIPs, NodePorts, endpoint picks — goes through one of these, so a seed fixes
 * the whole transcript.
 */
export class SeededRandom {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [0, n). */
	int(n: number): number {
		return Math.floor(this.next() * n);
	}

	/** An integer in [min, max]. */
	between(min: number, max: number): number {
		return min + this.int(max - min + 1);
	}

	pick<T>(items: readonly T[]): T {
		return items[this.int(items.length)];
	}

	/** Kubernetes' name-suffix alphabet (no vowels, no confusable characters). */
	suffix(length = 5): string {
		const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
		let out = '';
		for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
		return out;
	}

	/** A pod-template-hash style string: 9 or 10 characters from the same alphabet. */
	hash(): string {
		return this.suffix(10);
	}

	uid(): string {
		const hex = () => this.int(16).toString(16);
		const part = (n: number) => Array.from({length: n}, hex).join('');
		return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[this.int(4)]}${part(3)}-${part(12)}`;
	}
}
