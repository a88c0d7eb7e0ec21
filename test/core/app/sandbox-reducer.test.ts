import {describe, expect, it} from 'vitest';
import type {AppState} from '../../../src/core/app/app-state.js';
import {stdinRequest} from '../../../src/core/app/sandbox-input.js';
import {statusLine} from '../../../src/core/app/status-line.js';
import {keys, loadedState, run} from './helpers.js';

const sandbox = () => run(loadedState(), {type: 'nav/open', screen: {kind: 'sandbox'}});
const type = (state: AppState, text: string) => keys(state, ...[...text].map(char => (char === ' ' ? 'space' : char)));
const finish = (state: AppState, output: string, prompt = '$ ') => run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'run', output, exitCode: 0, prompt}});

describe('sandbox prompt', () => {
	it('types printable keys, q and ? included, and deletes with backspace', () => {
		let state = type(sandbox(), 'kubectl get svcq');
		state = keys(state, 'backspace', '?');
		expect(state.sandbox.input).toBe('kubectl get svc?');
		expect(state.exiting).toBe(false);
	});

	it('says how to finish the input after kubectl apply -f -, and stops saying it once it ran', () => {
		let state = keys(type(sandbox(), 'kubectl apply -f -'), 'enter');
		expect(statusLine(state)).toBe('End the input with a line EOF or Ctrl+D; Ctrl+C cancels.');
		state = keys(state, 'ctrl+d');
		expect(statusLine(state)).toBeUndefined();
		state = keys(type(finish(state, 'namespace/demo created\n'), 'cat <<END'), 'enter');
		expect(statusLine(state)).toBe('End the input with a line END; Ctrl+C cancels.');
	});

	it('runs a line on Enter and shows the prompt, the command and its output', () => {
		let state = keys(type(sandbox(), 'kubectl get ns'), 'enter');
		expect(state.requests.at(-1)).toMatchObject({kind: 'run', command: 'kubectl get ns'});
		state = finish(state, 'NAME      STATUS   AGE\ndefault   Active   0s\n');
		expect(state.sandbox.transcript.map(line => line.text)).toEqual(['you@laptop:~$ kubectl get ns', 'NAME      STATUS   AGE', 'default   Active   0s']);
		expect(state.sandbox.busy).toBe(false);
	});

	it('shows tab-aligned tool output as the terminal would, at 8-column stops', () => {
		const state = finish(keys(type(sandbox(), 'nslookup db'), 'enter'), 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n');
		expect(state.sandbox.transcript.map(line => line.text).slice(1)).toEqual(['Server:         10.96.0.10', 'Address:        10.96.0.10#53']);
	});

	it('walks the history with up and down, restoring the line being typed', () => {
		let state = finish(keys(type(sandbox(), 'one'), 'enter'), '');
		state = finish(keys(type(state, 'two'), 'enter'), '');
		state = type(state, 'dra');
		state = keys(state, 'up');
		expect(state.sandbox.input).toBe('two');
		state = keys(state, 'up', 'up');
		expect(state.sandbox.input).toBe('one');
		state = keys(state, 'down', 'down');
		expect(state.sandbox.input).toBe('dra');
	});

	it('collects pasted YAML for kubectl apply -f - until EOF', () => {
		let state = keys(type(sandbox(), 'kubectl apply -f -'), 'enter');
		expect(state.sandbox.pending).toEqual({command: 'kubectl apply -f -', delimiter: 'EOF', lines: []});
		state = keys(state, 'apiVersion: v1\rkind: Namespace\rmetadata:\r  name: demo\rEOF\r');
		expect(state.sandbox.pending).toBeUndefined();
		expect(state.requests.at(-1)).toMatchObject({kind: 'run', command: 'kubectl apply -f -', stdin: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n'});
	});

	it('ends collected input with Ctrl+D and cancels it with Ctrl+C', () => {
		let state = keys(type(sandbox(), 'kubectl apply -f - <<END'), 'enter');
		expect(state.sandbox.pending?.delimiter).toBe('END');
		state = keys(type(state, 'kind: Namespace'), 'ctrl+d');
		expect(state.requests.at(-1)).toMatchObject({command: 'kubectl apply -f - <<END', stdin: 'kind: Namespace\n'});
		state = keys(type(finish(state, 'namespace/x created\n'), 'k apply -f -'), 'enter', 'ctrl+c');
		expect(state.sandbox.pending).toBeUndefined();
		expect(state.sandbox.transcript.at(-1)).toEqual({text: '^C', kind: 'note'});
	});

	it('clears a typed line with Ctrl+C and quits on an empty one', () => {
		let state = keys(type(sandbox(), 'oops'), 'ctrl+c');
		expect(state.sandbox.input).toBe('');
		expect(state.exiting).toBe(false);
		state = keys(state, 'ctrl+c');
		expect(state.exiting).toBe(true);
	});

	it('completes a unique candidate and lists several', () => {
		let state = keys(type(sandbox(), 'kubectl ge'), 'tab');
		expect(state.requests.at(-1)).toMatchObject({kind: 'complete', input: 'kubectl ge'});
		state = run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'complete', input: 'kubectl get ', candidates: ['get']}});
		expect(state.sandbox.input).toBe('kubectl get ');
		state = keys(type(state, 's'), 'tab');
		state = run(state, {type: 'request/done', id: state.requests.at(-1)!.id, result: {kind: 'complete', input: 'kubectl get s', candidates: ['secrets', 'services', 'serviceaccounts']}});
		expect(state.sandbox.completions).toEqual(['secrets', 'services', 'serviceaccounts']);
	});

	it('scrolls back through the transcript with PgUp and returns with PgDn', () => {
		let state = finish(keys(type(sandbox(), 'x'), 'enter'), Array.from({length: 100}, (_, i) => `out ${i}`).join('\n'));
		state = keys(state, 'pageup');
		expect(state.sandbox.scroll).toBe(18);
		state = keys(state, 'pagedown', 'pagedown');
		expect(state.sandbox.scroll).toBe(0);
	});

	it('goes back with Esc keeping what was typed and the transcript', () => {
		let state = finish(keys(type(sandbox(), 'kubectl get ns'), 'enter'), 'ok\n');
		state = keys(type(state, 'half'), 'escape');
		expect(state.screen.kind).toBe('home');
		state = keys(state, 's');
		expect(state.sandbox.input).toBe('half');
		expect(state.sandbox.transcript).toHaveLength(2);
	});
});

describe('stdinRequest', () => {
	it('recognises here-documents and bare -f -', () => {
		expect(stdinRequest("kubectl apply -f - <<'EOF'")).toEqual({command: "kubectl apply -f - <<'EOF'", delimiter: 'EOF'});
		expect(stdinRequest('cat <<-YAML')).toEqual({command: 'cat <<-YAML', delimiter: 'YAML'});
		expect(stdinRequest('cat <<EOF | kubectl apply -f -')).toEqual({command: 'cat <<EOF | kubectl apply -f -', delimiter: 'EOF'});
		expect(stdinRequest('k apply --filename=-')).toEqual({command: 'k apply --filename=-', delimiter: 'EOF'});
		expect(stdinRequest('kubectl apply -f web.yaml')).toBeUndefined();
	});
});
