import {render, cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {loadMarkdownRenderer} from '../../src/adapters/markdown.js';
import {App} from '../../src/ui/App.js';
import type {AppServices} from '../../src/ui/app-services.js';
import {createSandboxSession} from '../../src/ui/sandbox-session.js';
import {KEY, press, waitForText} from './helpers.js';

// The wall clock the sandbox follows, moved by the test: no timed assertions.
let wall = 0;

function services(): AppServices {
	return {
		version: '9.9.9',
		unicode: true,
		loadContent: async () => ({lessons: [], quizzes: [], warnings: []}),
		openProgress: async () => undefined,
		loadRenderer: loadMarkdownRenderer,
		createSandbox: () => createSandboxSession({seed: 1, now: () => wall}),
		startQuiz: async () => ({message: 'none'}),
	};
}

afterEach(() => {
	cleanup();
});

describe('Ctrl+C in the interactive sandbox (Ink)', () => {
	it('stops a port-forward in the foreground with ^C and status 130, and the prompt works again', async () => {
		const r = render(<App services={services()} initialScreen={{kind: 'sandbox'}} />);
		await waitForText(r, 'A simulated kind cluster.');
		await press(r, ...'kubectl create deployment web --image=nginx', KEY.enter);
		await waitForText(r, 'deployment.apps/web created');
		await press(r, ...'kubectl port-forward deploy/web 8080:80', KEY.enter);
		const running = await waitForText(r, 'Forwarding from [::1]:8080 -> 80');
		await waitForText(r, 'Ctrl+C stop');
		expect(running).not.toMatch(/you@laptop:~\$ \s*$/m);
		wall += 5_000;
		await press(r, KEY.ctrlC);
		await waitForText(r, '^C');
		await waitForText(r, 'Ctrl+C clear/quit');
		await press(r, ...'echo $?', KEY.enter);
		const after = await waitForText(r, '130');
		expect(after).toContain('you@laptop:~$ echo $?');
		// the forward let go of the laptop's port
		await press(r, ...'curl localhost:8080', KEY.enter);
		await waitForText(r, "Couldn't connect to server");
	});

	it('a curl waiting for its timeout holds the prompt: Ctrl+C stops it silently; left alone it answers', async () => {
		const r = render(<App services={services()} initialScreen={{kind: 'sandbox'}} />);
		await waitForText(r, 'A simulated kind cluster.');
		await press(r, ...'curl http://10.96.0.1', KEY.enter);
		const waiting = await waitForText(r, 'Ctrl+C stop');
		expect(waiting).not.toMatch(/you@laptop:~\$ \s*$/m);
		wall += 30_000;
		await press(r, KEY.ctrlC);
		await waitForText(r, '^C');
		await press(r, ...'echo $?', KEY.enter);
		const after = await waitForText(r, '130');
		expect(after).not.toContain('curl: (28)');
		await press(r, ...'curl -m 5 http://10.96.0.1', KEY.enter);
		await waitForText(r, 'Ctrl+C stop');
		wall += 6_000;
		await waitForText(r, 'Ctrl+C clear/quit');
		expect(r.lastFrame()).toMatch(/curl: \(28\) Failed to connect to 10\.96\.0\.1 port 80 after 500\d ms: Timeout was reached\n you@laptop:~\$ /);
	});
});
