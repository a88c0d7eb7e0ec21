import {editDistance} from '../../edit-distance.js';

/** cobra's "Did you mean this?": Levenshtein distance ≤ 2 (case-insensitive) or a prefix match. */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
	const lower = typed.toLowerCase();
	return names.filter(name => {
		const candidate = name.toLowerCase();
		return editDistance(lower, candidate) <= 2 || (lower.length > 0 && candidate.startsWith(lower));
	});
}
