import {Box, Text} from 'ink';
import type {ScreenKind} from '../../core/app/app-state.js';
import {KEYMAPS} from '../../core/app/keymap.js';

/** Every key of the current screen, from the same table that drives the footer and the input. */
export function helpLines(kind: ScreenKind): string[] {
	const bindings = KEYMAPS[kind];
	const width = Math.max(...bindings.map(binding => binding.label.length));
	return bindings.map(binding => `${binding.label.padEnd(width)}  ${binding.help}`);
}

export function HelpOverlay({kind, height}: {kind: ScreenKind; height: number}) {
	const lines = ['Keys on this screen (any key closes this help):', '', ...helpLines(kind)].slice(0, height);
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
