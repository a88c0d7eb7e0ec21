import {describe, expect, test} from 'vitest';
import {asciiText} from '../../../src/core/app/ascii-text.js';
import {asciiChar} from '../../../src/core/lessons/ascii-diagram.js';

// Diagrams reach the ASCII fallback through asciiText, as lessons and the app draw them.
describe('the ASCII fallback of diagrams', () => {
	test('draws a box with + - | keeping its shape', () => {
		const box = ['┌──────┐', '│ pod  │', '└──┬───┘', '   ▼'].join('\n');
		expect(asciiText(box)).toBe(['+------+', '| pod  |', '+--+---+', '   v'].join('\n'));
	});

	test('maps arrows in every direction', () => {
		expect(asciiText('a ──► b ◄── c ▲ ▼ → ← ↑ ↓')).toBe('a --> b <-- c ^ v > < ^ v');
	});

	test('keeps every line exactly as wide as before', () => {
		const text = '╔═╗ ┏━┓ ╭─╮ ✓ ✗ … │x│\n╚═╝ ┗━┛ ╰─╯ ≠ • ─ ┼┤';
		const widths = (s: string) => s.split('\n').map(line => [...line].length);
		expect(widths(asciiText(text))).toEqual(widths(text));
		expect(asciiText(text)).toMatch(/^[\x00-\x7f]*$/);
	});

	test('leaves plain ASCII untouched and marks unknown symbols with ?', () => {
		expect(asciiText('curl http://172.18.0.3:30080/')).toBe('curl http://172.18.0.3:30080/');
		expect(asciiChar('≠')).toBe('?');
	});
});
