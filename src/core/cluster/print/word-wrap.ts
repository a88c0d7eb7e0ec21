/**
 * mitchellh/go-wordwrap's WrapString, which kubectl explain uses: breaks before a word that would
 * pass the limit, keeps the text's own newlines, and leaves a word longer than the limit whole.
 */
export function wrapWords(text: string, limit: number): string {
	let out = '';
	let current = 0;
	let word = '';
	let space = '';
	const length = (value: string) => [...value].length;
	for (const ch of text) {
		if (ch === '\n') {
			if (word === '') {
				if (current + length(space) <= limit) out += space;
			} else out += space + word;
			out += ch;
			current = 0;
			word = '';
			space = '';
		} else if (/\s/.test(ch) && ch !== '\u00a0') {
			if (space === '' || word !== '') {
				current += length(space) + length(word);
				out += space + word;
				space = '';
				word = '';
			}
			space += ch;
		} else {
			word += ch;
			if (current + length(space) + length(word) > limit && length(word) < limit) {
				out += '\n';
				current = 0;
				space = '';
			}
		}
	}
	if (word === '') {
		if (current + length(space) <= limit) out += space;
	} else out += space + word;
	return out;
}

/** explain's `indent`: every line, the first included, shifted right. */
export function indentLines(text: string, amount: number): string {
	const pad = ' '.repeat(amount);
	return pad + text.split('\n').join(`\n${pad}`);
}
