import {describe, expect, it} from 'vitest';
import {terminalText} from '../../../src/core/content/terminal-text.js';

describe('the output gate', () => {
	it.each([
		['an OSC 52 clipboard write ended by ST', '\u001b]52;c;aGVsbG8=\u001b\\', '^[]52;c;aGVsbG8=^[\\'],
		['a window title ended by BEL', '\u001b]0;pwned\u0007', '^[]0;pwned^G'],
		['a DCS string', '\u001bPqpayload\u001b\\', '^[Pqpayload^[\\'],
		['colour and cursor movement', '\u001b[31mred\u001b[2J', '^[[31mred^[[2J'],
		['C1 OSC and ST (U+009D, U+009C)', '\u009d0;title\u009c', 'M-^]0;titleM-^\\'],
		['C1 CSI (U+009B)', '\u009b2J', 'M-^[2J'],
		['a carriage return that would overwrite the line', 'safe\rEVIL', 'safe\\rEVIL'],
		['NUL, backspace and DEL', 'a\u0000b\u0008c\u007f', 'a^@b^Hc^?'],
	])('shows %s instead of sending it', (_name, text, shown) => {
		expect(terminalText(text)).toBe(shown);
	});

	it('keeps tabs, newlines and every printable character, and turns CRLF into a newline', () => {
		expect(terminalText('NAME\tDATA\r\nweb\t1\n→ ✓ é 日本\n')).toBe('NAME\tDATA\nweb\t1\n→ ✓ é 日本\n');
	});

	it('leaves no ESC, BEL or C1 character in any text', () => {
		let all = '';
		for (let code = 0; code < 0x100; code++) all += String.fromCharCode(code);
		expect(terminalText(all)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
	});
});
