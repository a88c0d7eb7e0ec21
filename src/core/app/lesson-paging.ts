/** Paging arithmetic of the lesson reader: offsets are in lines, pages are viewport-sized. */
export function maxOffset(total: number, height: number): number {
	return Math.max(0, total - height);
}

export function clampOffset(offset: number, total: number, height: number): number {
	return Math.min(Math.max(0, offset), maxOffset(total, height));
}

/** Line ranges (inclusive) a page should not split, such as a table with its header. */
export type KeepTogether = ReadonlyArray<{start: number; end: number}>;

/**
 * Where each page starts: a page is the viewport's height, except that a block which fits on a
 * page and would be split by the break moves whole to the next page. The last page ends with the
 * lesson (it starts at the furthest offset).
 */
export function pageStarts(total: number, height: number, keep: KeepTogether = []): number[] {
	const h = Math.max(1, height);
	const last = maxOffset(total, h);
	const starts = [0];
	while (starts.at(-1)! < last) {
		const from = starts.at(-1)!;
		let next = from + h;
		const split = keep.find(range => range.start < next && range.end >= next && range.start > from && range.end - range.start < h);
		if (split) next = split.start;
		starts.push(Math.min(next, last));
	}
	return starts;
}

export function pageCount(total: number, height: number, keep: KeepTogether = []): number {
	return pageStarts(total, height, keep).length;
}

/** "page N of M": the page whose start is the last at or above the top line; the last once the end is in view. */
export function pageNumber(offset: number, total: number, height: number, keep: KeepTogether = []): number {
	const starts = pageStarts(total, height, keep);
	if (offset >= maxOffset(total, height)) return starts.length;
	return starts.filter(start => start <= offset).length;
}

/** The offset of the page `pages` away from the one in view (PgDn is +1, PgUp −1). */
export function turnPage(offset: number, pages: number, total: number, height: number, keep: KeepTogether = []): number {
	const starts = pageStarts(total, height, keep);
	const index = pageNumber(offset, total, height, keep) - 1;
	// Scrolled a few lines into a page, PgUp first goes back to that page's own start.
	const from = pages < 0 && offset > starts[index] && offset < maxOffset(total, height) ? index + 1 : index;
	return starts[Math.min(Math.max(0, from + pages), starts.length - 1)];
}

/** The start of the page the top line is on: after a resize the header and the text agree again. */
export function snapToPage(offset: number, total: number, height: number, keep: KeepTogether = []): number {
	const starts = pageStarts(total, height, keep);
	return [...starts].reverse().find(start => start <= offset) ?? 0;
}
