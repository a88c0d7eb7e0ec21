/**
 * The sandbox's full-screen text editor (what `kubectl edit` opens), as plain data: the lines, the
 * cursor and the first line in view. Keys become `EditorOp`s in the keymap (keymap.ts); the Ink
 * screen only draws `editorView`.
 */
export interface EditorState {
	/** `service/web`: what is being edited. */
	title: string;
	lines: string[];
	/** The text as opened, to tell whether anything changed. */
	opened: string;
	row: number;
	col: number;
	/** First line in view. */
	top: number;
}

export type EditorOp =
	| {type: 'insert'; text: string}
	| {type: 'newline'}
	| {type: 'backspace'}
	| {type: 'delete'}
	| {type: 'move'; direction: 'up' | 'down' | 'left' | 'right'}
	| {type: 'home'}
	| {type: 'end'}
	| {type: 'page'; step: 1 | -1};

export function openEditor(title: string, text: string): EditorState {
	const lines = text.replace(/\n$/, '').split('\n');
	return {title, lines, opened: text, row: 0, col: 0, top: 0};
}

export function editorText(state: EditorState): string {
	return `${state.lines.join('\n')}\n`;
}

export function editorModified(state: EditorState): boolean {
	return editorText(state) !== state.opened;
}

/** Applies one edit or move; `height` is the lines in view (for PgUp/PgDn and scrolling). */
export function editorApply(state: EditorState, op: EditorOp, height: number): EditorState {
	return scrolled(apply(state, op, Math.max(1, height)), Math.max(1, height));
}

function apply(state: EditorState, op: EditorOp, height: number): EditorState {
	const {lines, row, col} = state;
	const line = lines[row] ?? '';
	const at = Math.min(col, line.length);
	const withLines = (next: string[], r: number, c: number): EditorState => ({...state, lines: next, row: r, col: c});
	switch (op.type) {
		case 'insert': {
			// a paste may hold line breaks: each starts a new line, as typing Enter would
			const parts = op.text.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n');
			const before = line.slice(0, at);
			const after = line.slice(at);
			const inserted = parts.map((part, index) => (index === 0 ? before + part : part));
			const lastIndex = inserted.length - 1;
			const endCol = inserted[lastIndex].length;
			inserted[lastIndex] += after;
			return withLines([...lines.slice(0, row), ...inserted, ...lines.slice(row + 1)], row + lastIndex, endCol);
		}
		case 'newline': {
			// the new line keeps the indentation of the one it came from, as YAML editing wants
			const indent = /^ */.exec(line)?.[0] ?? '';
			const keep = Math.min(indent.length, at);
			return withLines([...lines.slice(0, row), line.slice(0, at), indent.slice(0, keep) + line.slice(at), ...lines.slice(row + 1)], row + 1, keep);
		}
		case 'backspace':
			if (at > 0) return withLines([...lines.slice(0, row), line.slice(0, at - 1) + line.slice(at), ...lines.slice(row + 1)], row, at - 1);
			if (row === 0) return state;
			return withLines([...lines.slice(0, row - 1), lines[row - 1] + line, ...lines.slice(row + 1)], row - 1, lines[row - 1].length);
		case 'delete':
			if (at < line.length) return withLines([...lines.slice(0, row), line.slice(0, at) + line.slice(at + 1), ...lines.slice(row + 1)], row, at);
			if (row === lines.length - 1) return state;
			return withLines([...lines.slice(0, row), line + lines[row + 1], ...lines.slice(row + 2)], row, at);
		case 'move':
			return move(state, op.direction);
		case 'home':
			return {...state, col: 0};
		case 'end':
			return {...state, col: line.length};
		case 'page': {
			const next = Math.max(0, Math.min(lines.length - 1, row + op.step * height));
			return {...state, row: next, top: Math.max(0, Math.min(Math.max(0, lines.length - height), state.top + op.step * height))};
		}
	}
}

function move(state: EditorState, direction: 'up' | 'down' | 'left' | 'right'): EditorState {
	const {lines, row, col} = state;
	const at = Math.min(col, lines[row]?.length ?? 0);
	switch (direction) {
		case 'up':
			return row > 0 ? {...state, row: row - 1} : {...state, col: 0};
		case 'down':
			return row < lines.length - 1 ? {...state, row: row + 1} : {...state, col: lines[row].length};
		case 'left':
			if (at > 0) return {...state, col: at - 1};
			return row > 0 ? {...state, row: row - 1, col: lines[row - 1].length} : state;
		case 'right':
			if (at < lines[row].length) return {...state, col: at + 1};
			return row < lines.length - 1 ? {...state, row: row + 1, col: 0} : state;
	}
}

/** Keeps the cursor's line in view. */
function scrolled(state: EditorState, height: number): EditorState {
	if (state.row < state.top) return {...state, top: state.row};
	if (state.row >= state.top + height) return {...state, top: state.row - height + 1};
	return state;
}

/** What the screen shows: the lines in view, cut to `width` around the cursor, and where the cursor is. */
export function editorView(state: EditorState, height: number, width: number): {lines: string[]; cursorRow: number; cursorCol: number} {
	const col = Math.min(state.col, state.lines[state.row]?.length ?? 0);
	// a line longer than the screen scrolls sideways under the cursor, as nano does
	const shift = col >= width ? col - width + 1 : 0;
	const lines = state.lines.slice(state.top, state.top + height).map((line, index) => (state.top + index === state.row ? line.slice(shift, shift + width) : line.slice(0, width)));
	return {lines, cursorRow: state.row - state.top, cursorCol: col - shift};
}
