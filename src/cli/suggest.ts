import {editDistance} from '../core/edit-distance.js';

/** The closest known word, when it is close enough to be a plausible typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase(), {swaps: true});
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const limit = Math.max(1, Math.floor(word.length / 3));
	return bestDistance <= limit ? best : undefined;
}
