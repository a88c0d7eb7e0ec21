/** Terminal size in character cells. */
export interface Size {
	columns: number;
	rows: number;
}

/** Header, status line and footer: the lines every screen spends around its body. */
export const CHROME_LINES = 3;

/**
 * Lines left for a screen's body. The whole frame stays at most rows − 1 high: a frame as tall
 * as the terminal makes Ink 6 clear the screen on every render (docs/architecture.md, "Frame height").
 */
export function bodyHeight(size: Size, reserved = 0): number {
	return Math.max(3, size.rows - 1 - CHROME_LINES - reserved);
}

/** Width lessons are rendered at: the frame's inner width, capped so prose stays readable. */
export function readingWidth(size: Size): number {
	return Math.max(20, Math.min(size.columns - 2, 100));
}

/** Lines the task checklist may use: at most half the screen, so the text above stays readable. */
export function tasksPanelHeight(size: Size, wanted: number): number {
	if (wanted <= 0) return 0;
	return Math.min(wanted, Math.max(2, Math.floor((size.rows - 1) / 2) - 1));
}

/** Columns inside the frame's padding. */
export function innerWidth(size: Size): number {
	return Math.max(10, size.columns - 2);
}
