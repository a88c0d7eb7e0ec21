import type {RequestResult, SandboxAction} from './actions.js';
import type {AppState, RequestBody, SandboxState, TranscriptLine} from './app-state.js';
import {bodyHeight, type Size} from './layout.js';
import {bounded, commonPrefix, stdinRequest} from './sandbox-input.js';
import {editorApply, editorText, openEditor} from './text-editor.js';

/** Lines of the file in view: the sandbox's body less the editor's title line. */
export function editorHeight(size: Size): number {
	return Math.max(1, bodyHeight(size) - 1);
}

/** Every action is handled by name: a new one fails to compile until it is. */
function unhandled(action: never, state: AppState): AppState {
	void action;
	return state;
}

type Push = (state: AppState, request: RequestBody) => AppState;

function withSandbox(state: AppState, sandbox: Partial<SandboxState>): AppState {
	return {...state, sandbox: {...state.sandbox, ...sandbox}};
}

function append(sandbox: SandboxState, lines: TranscriptLine[]): TranscriptLine[] {
	return bounded([...sandbox.transcript, ...lines]);
}

export function textLines(text: string, kind: TranscriptLine['kind']): TranscriptLine[] {
	if (text === '') return [];
	return text.replace(/\n$/, '').split('\n').map(line => ({text: expandTabs(line), kind}));
}

/**
 * Tabs to spaces at 8-column stops, as a terminal shows them. Ink measures a tab as one column,
 * so tool output laid out with tabs (nslookup, describe) would otherwise be cut short.
 */
export function expandTabs(line: string): string {
	if (!line.includes('\t')) return line;
	let out = '';
	for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
	return out;
}

/** Enter: run the line, or start collecting stdin for it, or add a line to what is collected. */
function submit(state: AppState, push: Push): AppState {
	const {sandbox} = state;
	const line = sandbox.input;
	if (sandbox.pending) {
		const pending = sandbox.pending;
		const echo: TranscriptLine = {text: `> ${line}`, kind: 'command'};
		if (line.trim() === pending.delimiter) return finishPending(withSandbox(state, {input: '', transcript: append(sandbox, [echo])}), push);
		return withSandbox(state, {input: '', transcript: append(sandbox, [echo]), pending: {...pending, lines: [...pending.lines, line]}});
	}
	const echo: TranscriptLine = {text: `${sandbox.prompt}${line}`, kind: 'command'};
	const history = line.trim() && sandbox.history.at(-1) !== line ? [...sandbox.history, line] : sandbox.history;
	const base = withSandbox(state, {input: '', draft: '', historyIndex: undefined, history, transcript: append(sandbox, [echo]), scroll: 0, completions: []});
	if (!line.trim()) return base;
	const wantsStdin = stdinRequest(line);
	if (wantsStdin) return withSandbox(base, {pending: {...wantsStdin, lines: []}});
	return push(withSandbox(base, {busy: true}), {kind: 'run', command: line.trim()});
}

function finishPending(state: AppState, push: Push): AppState {
	const pending = state.sandbox.pending;
	if (!pending) return state;
	const stdin = pending.lines.length > 0 ? pending.lines.join('\n') + '\n' : '';
	return push(withSandbox(state, {pending: undefined, busy: true}), {kind: 'run', command: pending.command, stdin});
}

function history(state: AppState, step: 1 | -1): AppState {
	const {sandbox} = state;
	if (sandbox.history.length === 0 || sandbox.pending) return state;
	const current = sandbox.historyIndex ?? sandbox.history.length;
	const next = Math.min(sandbox.history.length, Math.max(0, current + step));
	if (next === current) return state;
	const draft = sandbox.historyIndex === undefined ? sandbox.input : sandbox.draft;
	if (next === sandbox.history.length) return withSandbox(state, {input: draft, historyIndex: undefined, draft});
	return withSandbox(state, {input: sandbox.history[next], historyIndex: next, draft});
}

/** Typed or pasted text; each line break in a paste submits the line before it. */
function type(state: AppState, text: string, push: Push): AppState {
	const parts = text.split(/\r\n|\r|\n/);
	let next = state;
	parts.forEach((part, index) => {
		next = withSandbox(next, {input: next.sandbox.input + part.replace(/\t/g, '  '), completions: []});
		if (index < parts.length - 1) next = submit(next, push);
	});
	return next;
}

export function sandboxResult(state: AppState, result: RequestResult): AppState {
	const {sandbox} = state;
	switch (result.kind) {
		case 'run': {
			const transcript = result.clear ? [] : append(sandbox, textLines(result.output, 'stdout'));
			const editor = result.editor ? openEditor(result.editor.title, result.editor.text) : undefined;
			return withSandbox(state, {transcript, prompt: result.prompt, busy: result.running !== undefined || editor !== undefined, job: result.running, editor, ticking: false, scroll: 0});
		}
		case 'start-tasks':
			return withSandbox(state, {transcript: append(sandbox, textLines(result.transcript, 'note')), prompt: result.prompt});
		case 'complete': {
			if (sandbox.input !== result.input.slice(0, sandbox.input.length)) return state;
			if (result.candidates.length === 1) return withSandbox(state, {input: result.input, completions: []});
			const prefix = commonPrefix(result.candidates);
			const word = sandbox.input.split(' ').at(-1) ?? '';
			const input = prefix.length > word.length ? sandbox.input.slice(0, sandbox.input.length - word.length) + prefix : result.input;
			return withSandbox(state, {input, completions: result.candidates.slice(0, 50)});
		}
		case 'failed':
			return withSandbox(state, {busy: false, transcript: append(sandbox, [{text: result.message, kind: 'stderr'}])});
		case 'quiz-started':
		case 'quiz-message':
		case 'quiz-task':
		case 'quiz-command':
		case 'done':
			return state;
	}
}

export function sandboxReducer(state: AppState, action: SandboxAction, push: Push): AppState {
	const {sandbox} = state;
	switch (action.type) {
		case 'sandbox/type':
			return type(state, action.text, push);
		case 'sandbox/backspace':
			return withSandbox(state, {input: sandbox.input.slice(0, -1), completions: []});
		case 'sandbox/submit':
			return sandbox.busy ? state : submit(state, push);
		case 'sandbox/history':
			return history(state, action.step);
		case 'sandbox/complete':
			return sandbox.pending || sandbox.busy ? state : push(state, {kind: 'complete', input: sandbox.input});
		case 'sandbox/clear-line':
			return withSandbox(state, {input: '', completions: []});
		case 'sandbox/eof':
			if (sandbox.pending) {
				const withLine = sandbox.input ? withSandbox(state, {input: '', pending: {...sandbox.pending, lines: [...sandbox.pending.lines, sandbox.input]}}) : state;
				return finishPending(withLine, push);
			}
			return state;
		case 'sandbox/editor-op':
			return sandbox.editor ? withSandbox(state, {editor: editorApply(sandbox.editor, action.op, editorHeight(state.size))}) : state;
		case 'sandbox/editor-save':
			return sandbox.editor ? push(withSandbox(state, {editor: undefined}), {kind: 'edit', text: editorText(sandbox.editor)}) : state;
		case 'sandbox/editor-quit':
			return sandbox.editor ? push(withSandbox(state, {editor: undefined}), {kind: 'edit', text: sandbox.editor.opened}) : state;
		case 'sandbox/tick':
			return sandbox.job && !sandbox.ticking ? push(withSandbox(state, {ticking: true}), {kind: 'job', signal: 'tick'}) : state;
		case 'sandbox/interrupt':
			// the terminal echoes ^C and the shell stops the foreground job (exit status 130)
			if (sandbox.job) return push(withSandbox(state, {transcript: append(sandbox, [{text: '^C', kind: 'command'}]), job: undefined}), {kind: 'job', signal: 'interrupt'});
			// a command still computing is stopped by its time budget; Ctrl+C must not quit under it
			if (sandbox.busy) return state;
			if (sandbox.pending) return withSandbox(state, {pending: undefined, input: '', transcript: append(sandbox, [{text: '^C', kind: 'note'}])});
			if (sandbox.input) return withSandbox(state, {input: '', completions: [], historyIndex: undefined, transcript: append(sandbox, [{text: `${sandbox.prompt}${sandbox.input}^C`, kind: 'command'}])});
			return {...state, exiting: true};
		case 'sandbox/scroll': {
			const limit = Math.max(0, sandbox.transcript.length - 1);
			return withSandbox(state, {scroll: Math.min(limit, Math.max(0, sandbox.scroll + action.lines))});
		}
		default:
			return unhandled(action, state);
	}
}
