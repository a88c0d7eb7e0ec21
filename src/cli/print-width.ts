/** Columns for printed lessons: the terminal's when known, capped for readability. */
export function printWidth(columns: number | undefined): number {
	return Math.max(40, Math.min(columns || 80, 100));
}
