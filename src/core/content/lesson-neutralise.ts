// Content comes from packs anyone can write: control characters would let a file move the
// cursor, retitle the terminal or hide text, so they never reach the screen.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function neutralise(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** Every string inside parsed data: YAML escapes such as "\e" can produce control characters too. */
export function neutraliseDeep(value: unknown): unknown {
	if (typeof value === 'string') return neutralise(value);
	if (Array.isArray(value)) return value.map(neutraliseDeep);
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, neutraliseDeep(inner)]));
	return value;
}
