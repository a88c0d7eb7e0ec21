import {Box, useInput} from 'ink';
import {useEffect, useState, type ReactNode} from 'react';
import type {TerminalSession} from '../terminal-session.js';

/**
 * Ctrl+Z (raw mode delivers it as a key) suspends; after `fg` the frame is drawn again in full:
 * one empty frame makes Ink forget what it drew, so the next frame is written whole.
 */
export function FullScreen({terminal, children}: {terminal: TerminalSession; children: ReactNode}) {
	const [blank, setBlank] = useState(false);
	useInput((input, key) => {
		if (key.ctrl && input === 'z') terminal.suspend();
	});
	useEffect(() => terminal.onResume(() => setBlank(true)), [terminal]);
	// The full frame comes a little later than the empty one: drawn within one of Ink's throttled
	// frames, the two merge into the frame Ink last wrote, which it then does not write again.
	useEffect(() => {
		if (!blank) return;
		const timer = setTimeout(() => setBlank(false), 50);
		return () => clearTimeout(timer);
	}, [blank]);
	return (
		<Box display={blank ? 'none' : 'flex'} flexDirection="column">
			{children}
		</Box>
	);
}
