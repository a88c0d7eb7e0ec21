/** cobra's "Did you mean this?": Levenshtein distance ≤ 2 (case-insensitive) or a prefix match. */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
	const lower = typed.toLowerCase();
	return names.filter(name => {
		const candidate = name.toLowerCase();
		return levenshtein(lower, candidate) <= 2 || (lower.length > 0 && candidate.startsWith(lower));
	});
}

export function levenshtein(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
		}
		previous = current;
	}
	return previous[b.length];
}
