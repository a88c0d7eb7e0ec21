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
	useEffect(() => {
		if (blank) setBlank(false);
	}, [blank]);
	return (
		<Box display={blank ? 'none' : 'flex'} flexDirection="column">
			{children}
		</Box>
	);
}
