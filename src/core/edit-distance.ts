/**
 * How many single-character edits turn `a` into `b`: insertions, deletions and substitutions
 * (Levenshtein, as cobra counts for kubectl's "Did you mean this?"), and with `swaps` also the
 * exchange of two neighbours (`lesosn` is one edit from `lesson`), which kubetutor's own
 * "Did you mean" allows.
 */
export function editDistance(a: string, b: string, options: {swaps?: boolean} = {}): number {
	let beforePrevious: number[] = [];
	let previous = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (options.swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
		}
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length];
}
