// ESC-introduced sequences first (CSI, OSC, other two-byte escapes), then any C0/C1 control
// character except newline and tab, so content can never move the cursor or retitle a terminal.
const CSI = /\u001B\[[0-?]*[ -/]*[@-~]/g;
const OSC = /\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
const OTHER_ESCAPE = /\u001B[@-Z\\-_]?/g;
const C1_CSI = /\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Neutralise terminal control sequences in a content string. */
export function stripControl(text: string): string {
	return text.replace(OSC, '').replace(CSI, '').replace(C1_CSI, '').replace(OTHER_ESCAPE, '').replace(CONTROL, '');
}

/** Apply `stripControl` to every string inside plain data. */
export function stripControlDeep<T>(value: T): T {
	if (typeof value === 'string') return stripControl(value) as T;
	if (Array.isArray(value)) return value.map(item => stripControlDeep(item)) as T;
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) out[stripControl(key)] = stripControlDeep(item);
		return out as T;
	}
	return value;
}
