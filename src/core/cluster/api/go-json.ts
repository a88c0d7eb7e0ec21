/**
 * JSON as Go's encoding/json writes it: map keys sorted, `<`, `>`, `&`, U+2028 and U+2029
 * escaped. The API server prints field-error values this way (v1.34) and kubectl stores the
 * last-applied configuration this way, so both must match byte for byte.
 */
export function goJson(value: unknown, sortKeys = true): string {
	if (value === null || value === undefined) return 'null';
	if (typeof value === 'string') return goJsonString(value);
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
	if (typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return `[${value.map(item => goJson(item, sortKeys)).join(',')}]`;
	if (typeof value === 'object') {
		const keys = Object.keys(value as object).filter(key => (value as Record<string, unknown>)[key] !== undefined);
		if (sortKeys) keys.sort();
		return `{${keys.map(key => `${goJsonString(key)}:${goJson((value as Record<string, unknown>)[key], sortKeys)}`).join(',')}}`;
	}
	return 'null';
}

function goJsonString(text: string): string {
	return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Go's `%q` for a string: double quotes, backslash escapes for quotes, backslashes and control characters. */
export function goQuote(text: string): string {
	let out = '"';
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (char === '"' || char === '\\') out += `\\${char}`;
		else if (char === '\n') out += '\\n';
		else if (char === '\t') out += '\\t';
		else if (char === '\r') out += '\\r';
		else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
		else out += char;
	}
	return `${out}"`;
}
