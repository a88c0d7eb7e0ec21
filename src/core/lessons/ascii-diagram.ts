/**
 * ASCII fallback for lesson diagrams, for plain mode and terminals without UTF-8. Every character
 * maps to exactly one character, so columns stay aligned and boxes keep their shape.
 */
const HORIZONTAL = '─━═┄┅┈┉╌╍╼╾';
const VERTICAL = '│┃║┆┇┊┋╎╏╽╿';
const ARROWS: Readonly<Record<string, string>> = {
	'→': '>', '⟶': '>', '►': '>', '▶': '>', '▸': '>', '➜': '>', '⇒': '>',
	'←': '<', '⟵': '<', '◄': '<', '◀': '<', '◂': '<', '⇐': '<',
	'↓': 'v', '▼': 'v', '▾': 'v', '⇓': 'v',
	'↑': '^', '▲': '^', '▴': '^', '⇑': '^',
	'↔': '-', '⇄': '=', '⇆': '=',
};
const OTHERS: Readonly<Record<string, string>> = {
	'•': '*', '●': '*', '○': 'o', '·': '.', '…': '.', '✓': 'v', '✔': 'v', '✗': 'x', '✘': 'x',
	'\u00a0': ' ', '“': '"', '”': '"', '‘': "'", '’': "'", '–': '-', '—': '-',
};

const FIRST_BOX_DRAWING = 0x2500;
const LAST_BOX_DRAWING = 0x257f;

/** One ASCII character standing for `char`; characters that are already ASCII are kept. */
export function asciiChar(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x80) return char;
	if (HORIZONTAL.includes(char)) return '-';
	if (VERTICAL.includes(char)) return '|';
	const mapped = ARROWS[char] ?? OTHERS[char];
	if (mapped) return mapped;
	// Corners, tees and crossings: a '+' keeps the joint visible.
	if (code >= FIRST_BOX_DRAWING && code <= LAST_BOX_DRAWING) return '+';
	return '?';
}
