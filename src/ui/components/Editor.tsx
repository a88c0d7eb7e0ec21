import {Box, Text} from 'ink';
import {editorModified, editorView, type EditorState} from '../../core/app/text-editor.js';
import {terminalText} from '../../core/content/terminal-text.js';
import {theme} from '../theme.js';

/**
 * The full-screen editor `kubectl edit` opens: a title line (what is edited, whether it changed),
 * then the file with the cursor. Its keys are listed in the footer from the keymap.
 */
export function Editor({editor, height, width}: {editor: EditorState; height: number; width: number}) {
	const rows = Math.max(1, height - 1);
	const view = editorView(editor, rows, width);
	const title = `kubectl edit ${editor.title}${editorModified(editor) ? '  (modified)' : ''}`;
	return (
		<Box flexDirection="column" height={height}>
			<Text inverse wrap="truncate-end">
				{terminalText(title).padEnd(width)}
			</Text>
			{view.lines.map((line, index) => {
				const text = terminalText(line);
				if (index !== view.cursorRow) return <Text key={index} wrap="truncate-end">{text || ' '}</Text>;
				return (
					<Text key={index} wrap="truncate-end">
						{text.slice(0, view.cursorCol)}
						<Text inverse>{text[view.cursorCol] ?? ' '}</Text>
						{text.slice(view.cursorCol + 1)}
					</Text>
				);
			})}
			{view.lines.length < rows ? <Text color={theme.muted}>{' '}</Text> : null}
		</Box>
	);
}
