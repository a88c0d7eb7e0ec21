/** The key flags Ink reports (a structural subset of its `Key`, so the core needs no Ink). */
export interface KeyFlags {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageDown: boolean;
	pageUp: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	shift: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	meta: boolean;
}

/**
 * One name per key press, the vocabulary of the keymaps: `up`, `pagedown`, `enter`, `ctrl+c`,
 * `space`, or the typed text itself. Backspace arrives as `delete` from most terminals
 * (docs/architecture.md, "Keys"), so both mean `backspace`.
 */
export function keyName(input: string, key: KeyFlags): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageUp) return 'pageup';
	if (key.pageDown) return 'pagedown';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
	if (input === ' ') return 'space';
	return input;
}

/** Text that should go into a prompt: printable characters, possibly several (a paste). */
export function isPrintable(name: string): boolean {
	return name.length > 0 && !/^(up|down|left|right|pageup|pagedown|home|end|enter|escape|tab|shift\+tab|backspace|ctrl\+.)$/.test(name) && !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(name);
}
