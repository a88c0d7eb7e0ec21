import type {Writable} from 'node:stream';

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';
// Signals that end the program: each puts the terminal back, then ends it by the same signal.
const ENDING_SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;

const JOB_CONTROL = process.platform !== 'win32';

// A platform may not know a signal (Windows and SIGQUIT): then there is nothing to listen for.
function listen(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): void {
	try {
		process.on(signal, listener);
	} catch {
		// Not a signal here.
	}
}

export interface TerminalIo {
	stdin: {isTTY?: boolean; setRawMode?: (raw: boolean) => unknown};
	stdout: Writable;
	stderr: Writable;
}

export interface TerminalSession {
	/** What ends the drawing (Ink's unmount); run before the terminal is put back. */
	onEnd(unmount: () => void): void;
	/** Ctrl+Z: the terminal as the shell had it, then the process stops until `fg`. */
	suspend(): void;
	/** Called after `fg`, once raw mode and the alternate screen are back: draw the frame again. */
	onResume(listener: () => void): () => void;
	/** Normal exit: the terminal put back and every handler removed. */
	close(): void;
}

/**
 * An Ink program's hold on the terminal: the alternate screen on entry (unless told not to), and
 * the terminal put back (cooked mode with echo, cursor shown, main screen) however it ends — normal
 * exit, SIGTERM, SIGHUP, a crash — and while it is suspended (docs/architecture.md, "Terminals
 * and raw mode").
 */
export function openTerminalSession(io: TerminalIo, options: {alternateScreen?: boolean} = {}): TerminalSession {
	const enter = options.alternateScreen === false ? '' : ENTER_ALT_SCREEN;
	const leave = options.alternateScreen === false ? '' : LEAVE_ALT_SCREEN;
	let unmount = () => {};
	let away = false;
	let closed = false;
	const resumeListeners = new Set<() => void>();
	const write = (text: string) => {
		try {
			io.stdout.write(text);
		} catch {
			// The terminal is gone (a hang-up): nothing left to put back.
		}
	};
	const setRaw = (raw: boolean) => {
		try {
			if (io.stdin.isTTY) io.stdin.setRawMode?.(raw);
		} catch {
			// Not a terminal any more.
		}
	};
	const putBack = () => {
		if (away) return;
		away = true;
		setRaw(false);
		write(SHOW_CURSOR + leave);
	};
	const endDrawing = () => {
		try {
			unmount();
		} catch {
			// Drawing failed itself; the terminal is put back all the same.
		}
	};

	const onSignal = (signal: NodeJS.Signals) => {
		endDrawing();
		putBack();
		close();
		process.kill(process.pid, signal);
	};
	const onCrash = (error: unknown) => {
		endDrawing();
		putBack();
		close();
		const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
		try {
			io.stderr.write(`kubetutor hit a problem it cannot recover from: ${message}\nYour progress is saved. Start kubetutor again.\n`);
		} finally {
			process.exit(1);
		}
	};
	const onStop = () => suspend();
	const onContinue = () => {
		if (!away || closed) return;
		away = false;
		listen('SIGTSTP', onStop);
		setRaw(true);
		write(enter + HIDE_CURSOR);
		for (const listener of resumeListeners) listener();
	};

	function suspend(): void {
		// Windows has no job control: there Ctrl+Z is an ordinary key.
		if (away || closed || !JOB_CONTROL) return;
		putBack();
		// Without our listener SIGTSTP takes its default action: the process stops here.
		process.off('SIGTSTP', onStop);
		process.kill(process.pid, 'SIGTSTP');
	}

	function close(): void {
		if (closed) return;
		putBack();
		closed = true;
		for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		process.off('SIGTSTP', onStop);
		process.off('SIGCONT', onContinue);
		process.off('exit', putBack);
	}

	write(enter);
	for (const signal of ENDING_SIGNALS) listen(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	if (JOB_CONTROL) {
		listen('SIGTSTP', onStop);
		listen('SIGCONT', onContinue);
	}
	process.on('exit', putBack);

	return {
		onEnd(next) {
			unmount = next;
		},
		suspend,
		onResume(listener) {
			resumeListeners.add(listener);
			return () => resumeListeners.delete(listener);
		},
		close,
	};
}
