import chalk from 'chalk';
import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {AppState} from '../../core/app/app-state.js';
import {innerWidth} from '../../core/app/layout.js';
import {taskPanel} from '../../core/app/task-panel.js';
import {terminalText} from '../../core/content/terminal-text.js';
import type {TranscriptLine} from '../../core/app/app-state.js';
import {hardWrap, wrapText} from '../../core/app/wrap-text.js';
import {Checklist} from '../components/Checklist.js';
import {Editor} from '../components/Editor.js';
import {theme} from '../theme.js';

/** The slice of the transcript in view: the newest lines, or older ones after PgUp. */
export function transcriptWindow<T>(lines: readonly T[], height: number, scroll: number): T[] {
	const end = Math.max(0, lines.length - scroll);
	return lines.slice(Math.max(0, end - height), end);
}

/**
 * Transcript lines cut to the screen width. Output wraps as a terminal wraps it (tables stay
 * aligned column for column); the tutor's own `#` notes wrap between words, as comments.
 */
export function transcriptRows(transcript: readonly TranscriptLine[], width: number): TranscriptLine[] {
	return transcript.flatMap(line => {
		// The output gate: what the learner's commands print shows its control bytes, never sends them.
		const text = terminalText(line.text);
		const rows = line.kind === 'note' ? wrapText(text, width, text.startsWith('#') ? '#     ' : '  ') : hardWrap(text, width);
		return rows.map(text => ({...line, text}));
	});
}

/**
 * Where typing goes: an inverse-video block, or `_` when colours are off (NO_COLOR, --no-color, a
 * terminal chalk finds no colours on), where inverse video is not drawn either and a blank block
 * would leave the prompt without a cursor — Ink trims it away as trailing space.
 */
export function promptCursor(busy: boolean, colour: boolean): string {
	if (busy) return '…';
	return colour ? ' ' : '_';
}

// Chalk's own verdict, which also counts TERM and a CI variable, not only NO_COLOR and --no-color.
const colour = chalk.level > 0;

export function Sandbox({state, height, transform}: {state: AppState; height: number; transform: (line: string) => string}) {
	const {sandbox, tasks} = state;
	if (sandbox.editor) return <Editor editor={sandbox.editor} height={height} width={innerWidth(state.size)} />;
	const panel = tasks ? taskPanel(tasks, state.size, 'type check, hint or solution', false) : undefined;
	const completions = sandbox.completions.length > 1 ? 1 : 0;
	const transcriptHeight = Math.max(1, height - 1 - completions - (panel?.height ?? 0));
	// A keystroke changes only the input line: the transcript (thousands of lines) is not wrapped again.
	const width = innerWidth(state.size);
	const rows = useMemo(() => transcriptRows(sandbox.transcript, width), [sandbox.transcript, width]);
	const shown = transcriptWindow(rows, transcriptHeight, Math.min(sandbox.scroll, Math.max(0, rows.length - transcriptHeight)));
	// a foreground job holds the terminal: no prompt until it ends, as in a real shell
	const prompt = sandbox.job !== undefined ? '' : sandbox.pending ? '> ' : sandbox.prompt;
	return (
		<Box flexDirection="column" height={height}>
			<Box flexDirection="column" height={transcriptHeight} justifyContent="flex-end">
				{shown.length === 0 ? (
					<Text color={theme.muted} wrap="truncate-end">
						{'A simulated kind cluster. Try: kubectl get nodes · kubectl create deployment web --image=nginx · help'}
					</Text>
				) : (
					shown.map((line, index) => (
						<Text key={index} wrap="truncate-end" {...(line.kind === 'command' ? {bold: true} : line.kind === 'note' ? {color: theme.muted} : {})}>
							{line.text || ' '}
						</Text>
					))
				)}
			</Box>
			{completions ? (
				<Text color={theme.muted} wrap="truncate-end">
					{terminalText(sandbox.completions.join('  '))}
				</Text>
			) : null}
			{panel ? <Checklist panel={panel} transform={transform} /> : null}
			<Text wrap="truncate-start">
				{terminalText(prompt)}
				{terminalText(sandbox.input)}
				<Text inverse>{promptCursor(sandbox.busy && sandbox.job === undefined, colour)}</Text>
			</Text>
		</Box>
	);
}
