import {describe, expect, it} from 'vitest';
import {sanitise, sanitiseDeep} from '../../../src/core/content/sanitise.js';

describe('content reaching the terminal', () => {
	it('loses whole colour sequences, not just their escape byte', () => {
		expect(sanitise('a \u001b[31mred\u001b[0m word')).toBe('a red word');
	});

	it('never writes the clipboard or the window title, however the string is ended', () => {
		expect(sanitise('copy\u001b]52;c;aGVsbG8=\u001b\\ done')).toBe('copy done');
		expect(sanitise('title\u001b]0;pwned\u0007 done')).toBe('title done');
		expect(sanitise('c1\u009d0;pwned\u009c done')).toBe('c1 done');
		expect(sanitise('cut \u001b]52;c;aGVsbG8=')).toBe('cut ');
	});

	it('drops DCS, APC, PM and SOS strings and 8-bit CSI', () => {
		expect(sanitise('x\u001bPq#0;2;0;0;0\u001b\\y')).toBe('xy');
		expect(sanitise('x\u001b_hidden\u001b\\y\u001b^pm\u001b\\z\u001bXsos\u001b\\!')).toBe('xyz!');
		expect(sanitise('x\u009b2Jy')).toBe('xy');
	});

	it('keeps tabs and newlines, makes CRLF a newline and drops other controls', () => {
		expect(sanitise('a\tb\r\nc\u0000d\u0008e\u007f')).toBe('a\tb\ncde');
	});

	it('cleans keys too and keeps __proto__ an ordinary key', () => {
		const data = sanitiseDeep(JSON.parse('{"__proto__": {"polluted": true}, "k\\u001b[1m": ["v\\u0007"]}') as Record<string, unknown>);
		expect(Object.keys(data)).toEqual(['__proto__', 'k']);
		expect(data.k).toEqual(['v']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
	});
});
