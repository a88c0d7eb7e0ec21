import type {AppState} from './app-state.js';

/**
 * The status line: the last message, else what the sandbox is waiting for. A `>` prompt alone
 * does not say how to finish, and a learner who typed `kubectl apply -f -` would be stuck there.
 */
export function statusLine(state: AppState): string | undefined {
	if (state.status) return state.status;
	const pending = state.sandbox.pending;
	if (state.screen.kind !== 'sandbox' || !pending) return undefined;
	const ctrlD = pending.delimiter === 'EOF' ? ' or Ctrl+D' : '';
	return `End the input with a line ${pending.delimiter}${ctrlD}; Ctrl+C cancels.`;
}
