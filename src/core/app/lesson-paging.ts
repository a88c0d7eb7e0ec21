/** Paging arithmetic of the lesson reader: offsets are in lines, pages are viewport-sized. */
export function maxOffset(total: number, height: number): number {
	return Math.max(0, total - height);
}

export function clampOffset(offset: number, total: number, height: number): number {
	return Math.min(Math.max(0, offset), maxOffset(total, height));
}

export function pageCount(total: number, height: number): number {
	return Math.max(1, Math.ceil(total / Math.max(1, height)));
}

/** "page N of M": the last page once the end of the lesson is in view. */
export function pageNumber(offset: number, total: number, height: number): number {
	const pages = pageCount(total, height);
	if (offset >= maxOffset(total, height)) return pages;
	return Math.min(pages, Math.floor(offset / Math.max(1, height)) + 1);
}
