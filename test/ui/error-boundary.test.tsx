import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {ErrorBoundary} from '../../src/ui/components/ErrorBoundary.js';

afterEach(() => cleanup());

function Broken(): never {
	throw new Error('lesson file vanished\n    at somewhere.js:1:1');
}

describe('ErrorBoundary', () => {
	it('shows one line instead of a stack trace', () => {
		const r = render(
			<ErrorBoundary>
				<Broken />
			</ErrorBoundary>,
		);
		expect(r.lastFrame()).toBe('kubetutor hit a problem it cannot recover from: lesson file vanished\nYour progress is saved. Press any key to quit, then start kubetutor again.');
	});
});
