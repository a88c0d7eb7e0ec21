/**
 * Go's text/tabwriter, which both `kubectl get` (min width 6, padding 3) and `kubectl describe`
 * (min width 0, padding 2) run their output through. Cells are tab-terminated; the text after a
 * line's last tab is not a cell and is never padded. Columns align only within a block of
 * consecutive lines that all have a cell in that column, which is what gives describe its
 * section-by-section alignment.
 */
export interface TabWriterOptions {
	minWidth: number;
	padding: number;
}

export const GET_TABLE: TabWriterOptions = {minWidth: 6, padding: 3};
export const DESCRIBE: TabWriterOptions = {minWidth: 0, padding: 2};

/** Aligns tab-separated text the way Go's tabwriter (space padding, no flags) does. */
export function formatTabbed(text: string, options: TabWriterOptions): string {
	const endsWithNewline = text.endsWith('\n');
	const lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n').map(line => line.split('\t'));
	const out: string[] = [];
	const widths: number[] = [];

	const writeLines = (from: number, to: number): void => {
		for (let i = from; i < to; i++) {
			const cells = lines[i];
			let line = '';
			cells.forEach((cell, j) => {
				line += j < widths.length && j < cells.length - 1 ? cell + ' '.repeat(Math.max(0, widths[j] - width(cell))) : cell;
			});
			out.push(line);
		}
	};

	const format = (line0: number, line1: number): void => {
		const column = widths.length;
		let start = line0;
		for (let current = line0; current < line1; current++) {
			if (column >= lines[current].length - 1) continue;
			writeLines(start, current);
			start = current;
			let columnWidth = options.minWidth;
			let end = current;
			for (; end < line1 && column < lines[end].length - 1; end++) {
				columnWidth = Math.max(columnWidth, width(lines[end][column]) + options.padding);
			}
			widths.push(columnWidth);
			format(start, end);
			widths.pop();
			start = end;
			current = end - 1;
		}
		writeLines(start, line1);
	};

	format(0, lines.length);
	return out.join('\n') + (endsWithNewline ? '\n' : '');
}

/** A `kubectl get` table: rows of cells, the first row usually the headers. */
export function tabWriter(rows: readonly (readonly string[])[]): string {
	if (rows.length === 0) return '';
	return formatTabbed(rows.map(row => row.join('\t')).join('\n') + '\n', GET_TABLE);
}

/** Code points in the cell (what `[...cell].length` gives), counted without copying: tables run to 50,000 rows. */
function width(cell: string): number {
	let n = cell.length;
	for (let i = 0; i < cell.length - 1; i++) {
		const code = cell.charCodeAt(i);
		if (code >= 0xd800 && code <= 0xdbff) {
			const next = cell.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				n--;
				i++;
			}
		}
	}
	return n;
}
