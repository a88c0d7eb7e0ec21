import {describe, expect, it} from 'vitest';
import {canShowUnicode, wantsInk} from '../../src/cli/terminal.js';

const tty = {stdinIsTTY: true, stdoutIsTTY: true, plainFlag: false, env: {TERM: 'xterm-256color'}};

describe('mode', () => {
	it('uses Ink only with a terminal on both ends', () => {
		expect(wantsInk(tty)).toBe(true);
		expect(wantsInk({...tty, stdinIsTTY: false})).toBe(false);
		expect(wantsInk({...tty, stdoutIsTTY: false})).toBe(false);
	});

	it('goes plain with --plain, TERM=dumb or a screen reader', () => {
		expect(wantsInk({...tty, plainFlag: true})).toBe(false);
		expect(wantsInk({...tty, env: {TERM: 'dumb'}})).toBe(false);
		expect(wantsInk({...tty, env: {TERM: 'xterm', INK_SCREEN_READER: 'true'}})).toBe(false);
	});

	it('draws boxes only where the locale is UTF-8', () => {
		expect(canShowUnicode({LANG: 'en_US.UTF-8'})).toBe(true);
		expect(canShowUnicode({LC_ALL: 'C', LANG: 'en_US.UTF-8'})).toBe(false);
		expect(canShowUnicode({LANG: 'C'})).toBe(false);
		expect(canShowUnicode({TERM: 'dumb', LANG: 'C.UTF-8'})).toBe(false);
		expect(canShowUnicode({})).toBe(true);
	});
});
