import {Box, Text} from 'ink';
import type {ScreenKind} from '../../core/app/app-state.js';
import {KEYMAPS} from '../../core/app/keymap.js';

/** Every key of the current screen, from the same table that drives the footer and the input. */
export function helpLines(kind: ScreenKind): string[] {
	const bindings = KEYMAPS[kind];
	const width = Math.max(...bindings.map(binding => binding.label.length));
	return bindings.map(binding => `${binding.label.padEnd(width)}  ${binding.help}`);
}

/** Keys every screen shares; on a short terminal they share one line so no key drops off the end. */
const COMMON = new Set(['Esc', '?', 'q', 'Ctrl+C']);

/** The overlay's lines for a body `height` lines tall. */
export function overlayLines(kind: ScreenKind, height: number): string[] {
	const title = 'Keys on this screen (any key closes this help):';
	const full = [title, '', ...helpLines(kind)];
	if (full.length <= height) return full;
	const bindings = KEYMAPS[kind];
	const own = bindings.filter(binding => !COMMON.has(binding.label));
	const width = Math.max(...own.map(binding => binding.label.length));
	const common = bindings.filter(binding => COMMON.has(binding.label) && binding.label !== '?');
	const quit = common.filter(binding => binding.help === 'quit').map(binding => binding.label);
	const shared = [...common.filter(binding => binding.help !== 'quit').map(binding => `${binding.label} ${binding.help}`), ...(quit.length > 0 ? [`${quit.join('/')} quit`] : [])];
	const lines = [...own.map(binding => `${binding.label.padEnd(width)}  ${binding.help}`), shared.join(' · ')];
	// The title goes before any key does.
	return (lines.length < height ? [title, ...lines] : lines).slice(-height);
}

export function HelpOverlay({kind, height}: {kind: ScreenKind; height: number}) {
	const lines = overlayLines(kind, height);
	return (
		<Box flexDirection="column" height={height}>
			{lines.map((line, index) => (
				<Text key={index} wrap="truncate-end" bold={index === 0}>
					{line || ' '}
				</Text>
			))}
		</Box>
	);
}
