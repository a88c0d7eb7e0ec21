import {render} from 'ink';
import type {ReactElement} from 'react';
import type {CommandContext} from '../cli/command.js';
import {ungated} from '../cli/output-gate.js';
import {ErrorBoundary} from './components/ErrorBoundary.js';
import {FullScreen} from './components/FullScreen.js';
import {openTerminalSession} from './terminal-session.js';

/**
 * Draws a screen on the terminal's alternate screen until it exits, and puts the terminal back
 * however it ends (the app, the exam and drills all run this way). False when Ink ended with an error.
 */
export async function renderFullScreen(context: CommandContext, screen: ReactElement): Promise<boolean> {
	// Ink draws with escape sequences of its own; the screens' texts are gated where they are drawn.
	const stdout = ungated(context.stdout);
	const terminal = openTerminalSession({stdin: context.stdin, stdout, stderr: context.stderr});
	const instance = render(
		<ErrorBoundary>
			<FullScreen terminal={terminal}>{screen}</FullScreen>
		</ErrorBoundary>,
		{
			stdin: context.stdin as NodeJS.ReadStream,
			stdout: stdout as NodeJS.WriteStream,
			stderr: context.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
			// Ink draws at most this often (a keystroke after a quiet moment is drawn at once): at 60 a
			// frame that follows a keystroke or a command's output waits at most 17 ms.
			maxFps: 60,
		},
	);
	terminal.onEnd(() => instance.unmount());
	try {
		await instance.waitUntilExit();
		return true;
	} catch {
		return false;
	} finally {
		terminal.close();
	}
}
