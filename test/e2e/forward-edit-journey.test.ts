import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, hasTmux, TmuxSession} from './tmux.js';

// Without tmux this fails here instead of passing with the journeys left out (.ci/run installs it).
describe('the port-forward and edit journeys', () => {
	it('have tmux to run in', () => {
		expect(hasTmux, 'tmux is not installed: apt-get install tmux (or run .ci/run)').toBe(true);
	});
});

beforeAll(() => {
	ensureBuilt();
}, 120_000);

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/** One key at a time, as a person types: tmux would otherwise send a burst Ink reads as one key. */
async function press(session: TmuxSession, key: string, times = 1): Promise<void> {
	for (let i = 0; i < times; i++) {
		session.keys(key);
		await pause(80);
	}
}

async function command(session: TmuxSession, line: string, until: string): Promise<string> {
	session.text(line);
	session.keys('Enter');
	return session.waitFor(until);
}

/** Every line of a screen fits its width and the frame stays below the last row. */
function fits(screen: string, columns: number, rows: number): void {
	const lines = screen.replace(/\n$/, '').split('\n');
	expect(lines.length).toBeLessThanOrEqual(rows);
	for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
}

for (const size of [{columns: 80, rows: 24}, {columns: 60, rows: 20}]) {
	describe(`in a terminal of ${size.columns}x${size.rows} (tmux)`, {timeout: 90_000}, () => {
		let session: TmuxSession | undefined;
		afterEach(() => {
			session?.kill();
			session = undefined;
		});

		it('port-forwards a Service, curls localhost:8080, and Ctrl+C stops the forward', async () => {
			session = new TmuxSession(['sandbox'], size);
			await session.waitFor('A simulated kind cluster');
			await command(session, 'kubectl create deployment web --image=nginx --replicas=2', 'deployment.apps/web created');
			await command(session, 'kubectl expose deployment web --port=80', 'service/web exposed');
			await command(session, 'kubectl port-forward svc/web 8080:80 &', 'Forwarding from [::1]:8080 -> 80');
			expect(session.screen()).toContain('[1] 5001');
			let screen = await command(session, 'curl -s localhost:8080 | grep title', '<title>Welcome to nginx!</title>');
			expect(screen).toContain('Handling connection for 8080');
			await command(session, 'fg', 'Ctrl+C stop');
			fits(session.screen(), size.columns, size.rows);
			session.keys('C-c');
			screen = await session.waitFor('^C');
			await session.waitFor('Ctrl+C clear/quit');
			screen = await command(session, 'echo status $?', 'status 130');
			screen = await command(session, 'curl localhost:8080', 'curl: (7) Failed to connect');
			fits(screen, size.columns, size.rows);
		});

		it("edits a Service's selector in the editor and its endpoints follow", async () => {
			session = new TmuxSession(['sandbox'], size);
			await session.waitFor('A simulated kind cluster');
			await command(session, 'kubectl create deployment web --image=nginx --replicas=2', 'deployment.apps/web created');
			await command(session, 'kubectl expose deployment web --port=80', 'service/web exposed');
			let screen = await command(session, 'kubectl edit svc web', 'kubectl edit service/web');
			expect(screen).toContain("# Please edit the object below. Lines beginning with a '#'");
			expect(screen).toContain('Ctrl+S save · Ctrl+X/Esc quit');
			fits(screen, size.columns, size.rows);
			// the file ends `selector:` / `app: web` / `sessionAffinity` / `type` / `status:` / `loadBalancer: {}`
			await press(session, 'NPage', 4);
			await press(session, 'Up', 4);
			await press(session, 'End');
			await press(session, 'BSpace', 3);
			session.text('db');
			screen = await session.waitFor('app: db');
			expect(screen).toContain('kubectl edit service/web  (modified)');
			session.keys('C-s');
			await session.waitFor('service/web edited');
			screen = await command(session, 'kubectl get endpoints web', '<none>');
			// back to the pods' label: the endpoints come back
			await command(session, 'kubectl edit svc web', 'kubectl edit service/web');
			await press(session, 'NPage', 4);
			await press(session, 'Up', 4);
			await press(session, 'End');
			await press(session, 'BSpace', 2);
			session.text('web');
			await session.waitFor('app: web');
			session.keys('C-s');
			await session.waitFor('service/web edited');
			screen = await command(session, 'kubectl get endpoints web', '10.244.');
			expect(screen).toMatch(/web\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80/);
			// quitting unchanged
			await command(session, 'kubectl edit svc web', 'kubectl edit service/web');
			session.keys('Escape');
			screen = await session.waitFor('Edit cancelled, no changes made.');
			fits(screen, size.columns, size.rows);
		});
	});
}
