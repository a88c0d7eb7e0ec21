import {Box, Text} from 'ink';
import type {ScreenKind} from '../../core/app/app-state.js';
import {KEYMAPS, type Binding} from '../../core/app/keymap.js';

type Bindings = ReadonlyArray<Pick<Binding, 'label' | 'help'>>;

/** The bindings of a screen (or the ones live now), from the table that drives footer and input. */
function bindingsOf(source: ScreenKind | Bindings): Bindings {
	return typeof source === 'string' ? KEYMAPS[source] : source;
}

/** Every key of the current screen, from the same table that drives the footer and the input. */
export function helpLines(source: ScreenKind | Bindings): string[] {
	const bindings = bindingsOf(source);
	const width = Math.max(...bindings.map(binding => binding.label.length));
	return bindings.map(binding => `${binding.label.padEnd(width)}  ${binding.help}`);
}

/** Keys every screen shares; on a short terminal they share one line so no key drops off the end. */
const COMMON = new Set(['Esc', '?', 'q', 'Ctrl+C']);

/** The overlay's lines for a body `height` lines tall. */
export function overlayLines(source: ScreenKind | Bindings, height: number): string[] {
	const title = 'Keys on this screen (any key closes this help):';
	const full = [title, '', ...helpLines(source)];
	if (full.length <= height) return full;
	const bindings = bindingsOf(source);
	const own = bindings.filter(binding => !COMMON.has(binding.label));
	const width = Math.max(...own.map(binding => binding.label.length));
	const common = bindings.filter(binding => COMMON.has(binding.label) && binding.label !== '?');
	const quit = common.filter(binding => binding.help === 'quit').map(binding => binding.label);
	const shared = [...common.filter(binding => binding.help !== 'quit').map(binding => `${binding.label} ${binding.help}`), ...(quit.length > 0 ? [`${quit.join('/')} quit`] : [])];
	const lines = [...own.map(binding => `${binding.label.padEnd(width)}  ${binding.help}`), shared.join(' · ')];
	// The title goes before any key does.
	return (lines.length < height ? [title, ...lines] : lines).slice(-height);
}

export function HelpOverlay({bindings, height}: {bindings: Bindings; height: number}) {
	const lines = overlayLines(bindings, height);
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
