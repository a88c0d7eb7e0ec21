/** Word-wraps one line to `width` columns; continuation lines get `indent`. Long words are cut. */
export function wrapText(text: string, width: number, indent = ''): string[] {
	if (width <= indent.length + 4 || [...text].length <= width) return [text];
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/(\s+)/)) {
		if (word === '') continue;
		if ([...line].length + [...word].length <= width) {
			line += word;
			continue;
		}
		if (line.trim()) lines.push(line.trimEnd());
		line = indent + word.trimStart();
		while ([...line].length > width) {
			lines.push([...line].slice(0, width).join(''));
			line = indent + [...line].slice(width).join('');
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/** Cuts a line into rows of `width` columns, as a terminal wraps output it cannot fit. */
export function hardWrap(text: string, width: number): string[] {
	const chars = [...text];
	if (width <= 0 || chars.length <= width) return [text];
	const rows: string[] = [];
	for (let i = 0; i < chars.length; i += width) rows.push(chars.slice(i, i + width).join(''));
	return rows;
}

/** Tabs to spaces at 8-column stops, as a terminal shows them: no character is lost or moved. */
export function expandTabs(line: string): string {
	if (!line.includes('\t')) return line;
	let out = '';
	for (const char of line) out += char === '\t' ? ' '.repeat(8 - ([...out].length % 8)) : char;
	return out;
}
