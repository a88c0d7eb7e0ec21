import {describe, expect, it} from 'vitest';
import type {AppState} from '../../../src/core/app/app-state.js';
import {EDITOR_BINDINGS, footerText, JOB_BINDINGS} from '../../../src/core/app/keymap.js';
import {editorApply, editorModified, editorText, editorView, openEditor} from '../../../src/core/app/text-editor.js';
import {keys, loadedState, run} from './helpers.js';

const sandbox = () => run(loadedState(), {type: 'nav/open', screen: {kind: 'sandbox'}});
const type = (state: AppState, text: string) => keys(state, ...[...text].map(char => (char === ' ' ? 'space' : char)));
type Extra = {running?: string; editor?: {title: string; text: string}};
const finish = (state: AppState, output: string, extra: Extra = {}, exitCode = 0) =>
	run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'run', output, exitCode, prompt: '$ ', ...extra}});

describe('a foreground job in the sandbox', () => {
	it('holds the prompt while it runs, ticks with the clock and shows what it prints', () => {
		let state = finish(keys(type(sandbox(), 'kubectl port-forward svc/web 8080:80'), 'enter'), 'Forwarding from 127.0.0.1:8080 -> 80\n', {running: 'kubectl port-forward svc/web 8080:80'});
		expect(state.sandbox.job).toBe('kubectl port-forward svc/web 8080:80');
		expect(state.sandbox.busy).toBe(true);
		state = run(state, {type: 'sandbox/tick'});
		expect(state.requests.at(-1)).toMatchObject({kind: 'job', signal: 'tick'});
		// one tick at a time
		expect(run(state, {type: 'sandbox/tick'}).requests.length).toBe(state.requests.length);
		state = finish(state, 'Handling connection for 8080\n', {running: 'kubectl port-forward svc/web 8080:80'});
		expect(state.sandbox.transcript.at(-1)?.text).toBe('Handling connection for 8080');
		expect(state.sandbox.job).toBeDefined();
	});

	it('Ctrl+C shows ^C, asks the shell to stop the job, and the prompt comes back; it does not quit', () => {
		let state = finish(keys(type(sandbox(), 'sleep 30'), 'enter'), '', {running: 'sleep 30'});
		expect(footerText('sandbox', 80, state)).toContain('Ctrl+C stop');
		state = keys(state, 'ctrl+c');
		expect(state.exiting).toBe(false);
		expect(state.sandbox.transcript.at(-1)).toEqual({text: '^C', kind: 'command'});
		expect(state.requests.at(-1)).toMatchObject({kind: 'job', signal: 'interrupt'});
		state = finish(state, '', {}, 130);
		expect(state.sandbox.busy).toBe(false);
		expect(state.sandbox.job).toBeUndefined();
		expect(footerText('sandbox', 80, state)).toContain('Ctrl+C clear/quit');
	});

	it('Ctrl+C while a command still computes does not quit under it', () => {
		const state = keys(keys(type(sandbox(), 'kubectl get pods'), 'enter'), 'ctrl+c');
		expect(state.exiting).toBe(false);
	});
});

describe('the editor kubectl edit opens', () => {
	const file = '# header\napiVersion: v1\nspec:\n  selector:\n    app: web\n';

	it('opens over the sandbox, types and moves, and Ctrl+S sends the saved text', () => {
		let state = finish(keys(type(sandbox(), 'kubectl edit svc web'), 'enter'), '', {editor: {title: 'service/web', text: file}});
		expect(state.sandbox.editor?.title).toBe('service/web');
		expect(footerText('sandbox', 80, state)).toBe('Ctrl+S save · Ctrl+X/Esc quit · ↑↓←→ move · Home/End line · PgUp/PgDn page');
		state = keys(state, 'pagedown', 'end', 'backspace', 'backspace', 'backspace', 'n', 'e', 'w', 'space', 'q', '?');
		expect(state.sandbox.editor?.lines[4]).toBe('    app: new q?');
		state = keys(state, 'ctrl+s');
		expect(state.sandbox.editor).toBeUndefined();
		expect(state.requests.at(-1)).toMatchObject({kind: 'edit', text: '# header\napiVersion: v1\nspec:\n  selector:\n    app: new q?\n'});
	});

	it('Esc and Ctrl+X quit without saving: the text goes back as it was opened', () => {
		for (const quit of ['escape', 'ctrl+x']) {
			let state = finish(keys(type(sandbox(), 'kubectl edit svc web'), 'enter'), '', {editor: {title: 'service/web', text: file}});
			state = keys(state, 'x', 'y', quit);
			expect(state.requests.at(-1)).toMatchObject({kind: 'edit', text: file});
			expect(state.screen.kind).toBe('sandbox');
		}
	});

	it('a refused save reopens the editor with the file kubectl gives back', () => {
		let state = finish(keys(type(sandbox(), 'kubectl edit svc web'), 'enter'), '', {editor: {title: 'service/web', text: file}});
		state = keys(state, 'ctrl+s');
		state = finish(state, '', {editor: {title: 'service/web', text: `# services "web" was not valid:\n${file}`}});
		expect(state.sandbox.editor?.lines[0]).toBe('# services "web" was not valid:');
		state = finish(keys(state, 'escape'), 'error: Edit cancelled, no valid changes were saved.\n', {}, 1);
		expect(state.sandbox.editor).toBeUndefined();
		expect(state.sandbox.transcript.at(-1)?.text).toBe('error: Edit cancelled, no valid changes were saved.');
	});
});

describe('the editor buffer', () => {
	it('Enter keeps the indentation; backspace at a line start joins lines; delete joins the next', () => {
		let editor = openEditor('t', 'spec:\n  selector:\n');
		editor = editorApply(editor, {type: 'move', direction: 'down'}, 10);
		editor = editorApply(editor, {type: 'end'}, 10);
		editor = editorApply(editor, {type: 'newline'}, 10);
		editor = editorApply(editor, {type: 'insert', text: '  app: web'}, 10);
		expect(editorText(editor)).toBe('spec:\n  selector:\n    app: web\n');
		editor = editorApply(editorApply(editor, {type: 'home'}, 10), {type: 'backspace'}, 10);
		expect(editor.lines).toEqual(['spec:', '  selector:    app: web']);
		editor = editorApply(editorApply(openEditor('t', 'a\nb\n'), {type: 'end'}, 10), {type: 'delete'}, 10);
		expect(editor.lines).toEqual(['ab']);
		expect(editorModified(editor)).toBe(true);
	});

	it('a paste with line breaks makes lines; PgDn and PgUp move a screen; the view follows the cursor', () => {
		let editor = openEditor('t', Array.from({length: 30}, (_, index) => `line ${index}`).join('\n'));
		editor = editorApply(editor, {type: 'page', step: 1}, 10);
		expect(editor.row).toBe(10);
		expect(editorView(editor, 10, 80).lines[0]).toBe('line 10');
		editor = editorApply(editor, {type: 'page', step: -1}, 10);
		expect(editor.row).toBe(0);
		editor = editorApply(editor, {type: 'insert', text: 'x\ny'}, 10);
		expect(editor.lines.slice(0, 2)).toEqual(['x', 'yline 0']);
		expect(editorView(editor, 10, 4)).toEqual({lines: ['x', 'ylin', 'line', 'line', 'line', 'line', 'line', 'line', 'line', 'line'], cursorRow: 1, cursorCol: 1});
	});
});

describe('the keys the sandbox lends', () => {
	it('bind each key once, in the editor and while a job runs', () => {
		for (const bindings of [EDITOR_BINDINGS, JOB_BINDINGS]) {
			const all = bindings.flatMap(binding => binding.keys);
			expect(new Set(all).size).toBe(all.length);
		}
	});
});
