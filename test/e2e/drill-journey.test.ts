import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {TmuxSession, ensureBuilt} from './tmux.js';

beforeAll(() => {
	ensureBuilt();
}, 120_000);

// The drill screen at the two sizes the README promises; a busy machine can slow the program down.
describe('kubetutor drill in a terminal (tmux)', {timeout: 60_000}, () => {
	let session: TmuxSession | undefined;
	afterEach(() => {
		session?.kill();
		session = undefined;
	});

	for (const size of [{columns: 80, rows: 24}, {columns: 60, rows: 20}]) {
		it(`at ${size.columns}x${size.rows}: shows the report, checks, repairs, offers the next drill and leaves with status 0`, async () => {
			session = new TmuxSession(['drill', '--seed', '3', '--fault', 'port-name'], size);
			let screen = await session.waitFor('you@laptop:~$');
			expect(screen.split('\n')[0]).toBe('kubetutor drill 3 · level 1');
			expect(screen).toContain('Reported: kubectl exec -n orders-2c5 toolbox -- curl -s');
			expect(screen.trimEnd().split('\n').length).toBeLessThanOrEqual(size.rows - 1);
			session.text('check');
			session.keys('Enter');
			screen = await session.waitFor('✗ not yet');
			session.text(`kubectl patch service storefront -n orders-2c5 -p '{"spec":{"ports":[{"port":8080,"targetPort":"http"}]}}'`);
			session.keys('Enter');
			await session.waitFor('service/storefront patched');
			session.text('check');
			session.keys('Enter');
			screen = await session.waitFor('Fixed! Type next');
			expect(screen).toContain('✓ passes');
			session.keys('Escape');
			await session.waitFor('EXIT=0');
		});
	}
});
