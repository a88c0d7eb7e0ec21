// Content comes from packs anyone can write, and YAML escapes such as "\e" can produce control
// characters too: a control sequence would let a file move the cursor, retitle the terminal or
// write the clipboard (OSC 52), so none reaches the screen. Whole sequences go, not only their
// ESC byte, so no `[31m` or `]52;c;…` is left behind: CSI; OSC, DCS, SOS, PM and APC strings
// ended by BEL or ST (ESC \ or 8-bit 0x9C) or by the end of the text; other two-byte escapes;
// then every C0 and C1 control but tab and newline.
const ST_STRING = /(?:\u001B[\]PX^_]|[\u009D\u0090\u0098\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?/g;
const CSI = /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?/g;
const OTHER_ESCAPE = /\u001B[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A content string with line endings made `\n` and every terminal control sequence removed. */
export function sanitise(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(ST_STRING, '').replace(CSI, '').replace(OTHER_ESCAPE, '').replace(CONTROL, '');
}

/** `sanitise` applied to every string, keys included, inside parsed data. Keys such as
 * `__proto__` stay ordinary own keys (Object.fromEntries defines, never assigns). */
export function sanitiseDeep<T>(value: T): T {
	if (typeof value === 'string') return sanitise(value) as T;
	if (Array.isArray(value)) return value.map(item => sanitiseDeep(item)) as T;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([key, item]) => [sanitise(key), sanitiseDeep(item)])) as T;
	}
	return value;
}
