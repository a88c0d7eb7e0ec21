import type {TextNormalisation} from './quiz-types.js';

/** Case-folded, trimmed, inner whitespace collapsed, surrounding quotes and backticks dropped. */
export function normaliseText(text: string): string {
	return text
		.trim()
		.replace(/^[`'"]+|[`'"]+$/g, '')
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase();
}

/**
 * Port answers: `30080`, `30080/TCP`, `30080/tcp` and ` 30080 ` are one answer; a spec such as
 * `80:30080/TCP` keeps its colon part so a wrong mapping stays wrong.
 */
export function normalisePort(text: string): string {
	return normaliseText(text).replace(/\s*\/\s*tcp$/, '').replace(/\s*:\s*/g, ':');
}

export function normalise(text: string, mode: TextNormalisation): string {
	if (mode === 'exact') return text.trim();
	if (mode === 'port') return normalisePort(text);
	// A command answer is also graded by running it (command-answer.ts); as text it compares as text.
	// Learners type commands with varying spaces around `=` and `,`; the meaning is the same.
	return normaliseText(text).replace(/\s*([=,])\s*/g, '$1');
}

export function matchesAccepted(given: string, accepted: string[], mode: TextNormalisation): boolean {
	const typed = normalise(given, mode);
	if (typed === '') return false;
	return accepted.some(candidate => normalise(candidate, mode) === typed);
}
