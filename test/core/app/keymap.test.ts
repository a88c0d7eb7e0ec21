import {describe, expect, it} from 'vitest';
import {keyName, type KeyFlags} from '../../../src/core/app/key-name.js';
import {KEYMAPS, footerText} from '../../../src/core/app/keymap.js';
import {helpLines, overlayLines} from '../../../src/ui/components/HelpOverlay.js';

const none: KeyFlags = {upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false};

describe('keyName', () => {
	it('names special keys and passes text through', () => {
		expect(keyName('', {...none, pageDown: true})).toBe('pagedown');
		expect(keyName('', {...none, return: true})).toBe('enter');
		expect(keyName('c', {...none, ctrl: true})).toBe('ctrl+c');
		expect(keyName(' ', none)).toBe('space');
		expect(keyName('G', {...none, shift: true})).toBe('G');
	});

	it('treats the Backspace key (reported as delete) as backspace', () => {
		expect(keyName('', {...none, delete: true})).toBe('backspace');
		expect(keyName('', {...none, backspace: true})).toBe('backspace');
	});
});

describe('keymaps', () => {
	it('drive the footer of each screen', () => {
		expect(footerText('home')).toBe('↑↓ move · Enter open · s sandbox · ? help · q quit');
		expect(footerText('lesson')).toBe('PgDn/Space page · n/p lesson · a apply · s sandbox · Esc back · ? help · q quit');
		expect(footerText('sandbox')).toBe('↑↓ history · Tab complete · PgUp/PgDn scroll · Ctrl+C clear/quit · Esc back');
	});

	it('list each key once in the ? overlay, each with its own meaning', () => {
		expect(helpLines('home').slice(0, 2)).toEqual(['↑/k     move up', '↓/j     move down']);
		// A pair of keys for one move in two directions shares a line (the lesson has many keys).
		expect(helpLines('lesson')).toContain('n/p         next / previous lesson');
		expect(helpLines('lesson')).toContain('[ ]         scroll the task panel down / up');
		expect(helpLines('sandbox').slice(1, 3)).toEqual(['↑          older command (history)', '↓          newer command (history)']);
		expect(helpLines('sandbox')).toContain('PgUp       scroll back');
		// The quiz's bindings depend on its phase; test/core/quiz/quiz-keys.test.ts checks each phase.
		for (const screen of (Object.keys(KEYMAPS) as Array<keyof typeof KEYMAPS>).filter(kind => kind !== 'quiz')) {
			const labels = KEYMAPS[screen].map(binding => binding.label);
			expect(new Set(labels).size, screen).toBe(labels.length);
		}
	});

	it('fit the ? overlay on a 20-row terminal, quit keys included', () => {
		const lines = overlayLines('lesson', 16);
		expect(lines.length).toBeLessThanOrEqual(16);
		expect(lines.at(-1)).toBe('Esc back · q/Ctrl+C quit');
		expect(lines).toContain('r           reveal the solution (counts as assisted)');
		expect(lines[0]).toBe('Keys on this screen (any key closes this help):');
		expect(lines).toContain("R           reset this lesson's cluster (asks first)");
		expect(overlayLines('home', 16)).toEqual(['Keys on this screen (any key closes this help):', '', ...helpLines('home')]);
	});

	it('never bind one key twice on a screen', () => {
		for (const [screen, bindings] of Object.entries(KEYMAPS).filter(([kind]) => kind !== 'quiz')) {
			const keys = bindings.flatMap(binding => binding.keys);
			expect(new Set(keys).size, screen).toBe(keys.length);
		}
	});

	it('keep the ways out and ? help in a narrow footer instead of cutting them off', () => {
		expect(footerText('lesson', 60)).toBe('PgDn/Space page · n/p lesson · Esc back · ? help · q quit');
		expect(footerText('sandbox', 60)).toBe('↑↓ history · Ctrl+C clear/quit · Esc back · ? help');
		expect(footerText('home', 60)).toBe('↑↓ move · Enter open · s sandbox · ? help · q quit');
		for (const screen of Object.keys(KEYMAPS) as Array<keyof typeof KEYMAPS>) expect(footerText(screen, 60).length, screen).toBeLessThanOrEqual(60);
	});

	it('keep footers within 80 columns', () => {
		for (const screen of Object.keys(KEYMAPS) as Array<keyof typeof KEYMAPS>) expect(footerText(screen).length, screen).toBeLessThanOrEqual(80);
	});
});
