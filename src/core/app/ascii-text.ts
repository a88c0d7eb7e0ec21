import {asciiChar} from '../lessons/ascii-diagram.js';

// Symbols the app itself draws that the diagram table does not cover; one character each, so
// columns stay aligned.
const EXTRA: Readonly<Record<string, string>> = {'›': '>', '‹': '<', '❯': '>', '×': 'x'};

/** Symbols and box drawing become ASCII; letters and digits of any script are kept. */
export function asciiText(line: string): string {
	let out = '';
	for (const char of line) out += /[\p{L}\p{N}]/u.test(char) ? char : EXTRA[char] ?? asciiChar(char);
	return out;
}
