import {describe, expect, test} from 'vitest';
import {asciiChar, needsAscii, toAscii} from '../../../src/core/lessons/ascii-diagram.js';

describe('toAscii', () => {
	test('draws a box with + - | keeping its shape', () => {
		const box = ['┌──────┐', '│ pod  │', '└──┬───┘', '   ▼'].join('\n');
		expect(toAscii(box)).toBe(['+------+', '| pod  |', '+--+---+', '   v'].join('\n'));
	});

	test('maps arrows in every direction', () => {
		expect(toAscii('a ──► b ◄── c ▲ ▼ → ← ↑ ↓')).toBe('a --> b <-- c ^ v > < ^ v');
	});

	test('keeps every line exactly as wide as before', () => {
		const text = '╔═╗ ┏━┓ ╭─╮ ✓ ✗ … │x│\n╚═╝ ┗━┛ ╰─╯ ≠ • ─ ┼┤';
		const widths = (s: string) => s.split('\n').map(line => [...line].length);
		expect(widths(toAscii(text))).toEqual(widths(text));
		expect(needsAscii(toAscii(text))).toBe(false);
	});

	test('leaves plain ASCII untouched and marks unknown symbols with ?', () => {
		expect(toAscii('curl http://172.18.0.3:30080/')).toBe('curl http://172.18.0.3:30080/');
		expect(asciiChar('≠')).toBe('?');
	});

	test('needsAscii tells whether a fallback is needed', () => {
		expect(needsAscii('plain text')).toBe(false);
		expect(needsAscii('node ──► pod')).toBe(true);
	});
});
