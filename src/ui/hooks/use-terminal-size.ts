import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import type {Size} from '../../core/app/layout.js';

/**
 * The terminal's size, following resizes (Ink 6 re-lays out but does not re-render: B3). Ink has
 * just redrawn the old layout into the resized terminal, where its lines wrapped into more rows
 * than Ink will erase; the screen is cleared so the re-rendered frame starts clean.
 */
export function useTerminalSize(fallback: Size = {columns: 80, rows: 24}): Size {
	const {stdout} = useStdout();
	const read = (): Size => ({columns: stdout.columns || fallback.columns, rows: stdout.rows || fallback.rows});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => {
			if (stdout.isTTY) stdout.write('\u001b[2J\u001b[H');
			setSize(read());
		};
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
}
