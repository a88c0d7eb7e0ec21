/** Facts about the terminal, decided once before anything renders. */
export interface TerminalFacts {
	stdinIsTTY: boolean;
	stdoutIsTTY: boolean;
	plainFlag: boolean;
	env: Readonly<Record<string, string | undefined>>;
}

/**
 * Ink only when both ends are terminals that can be driven; plain lines otherwise (docs/architecture.md, "Terminals and raw mode"),
 * also for dumb terminals and screen readers (INK_SCREEN_READER), which read lines best.
 */
export function wantsInk(facts: TerminalFacts): boolean {
	return facts.stdinIsTTY && facts.stdoutIsTTY && !facts.plainFlag && facts.env.TERM !== 'dumb' && facts.env.INK_SCREEN_READER !== 'true';
}

/** False for dumb terminals and locales that are not UTF-8, which cannot show box drawing. */
export function canShowUnicode(env: Readonly<Record<string, string | undefined>>): boolean {
	if (env.TERM === 'dumb') return false;
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
	return locale === '' || /utf-?8/i.test(locale);
}
