import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useState} from 'react';
import type {Shell} from '../../core/cluster/shell/shell.js';
import {keyName} from '../../core/app/key-name.js';
import {examFooter, examHeader, resultScreenLines, taskPanelLines} from '../../core/exam/exam-layout.js';
import {examKey, examTick, type ExamScreenState} from '../../core/exam/exam-screen.js';
import {terminalText} from '../../core/content/terminal-text.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {transcriptRows, transcriptWindow} from '../screens/Sandbox.js';
import {theme} from '../theme.js';

export interface ExamScreenProps {
	start: ExamScreenState;
	shell: Shell;
	/** Called once the learner quits the results, with the final state (to save it). */
	onDone: (state: ExamScreenState) => void;
	/** Called once when grading happened (submit or time-out). */
	onGraded: (state: ExamScreenState) => void;
}

/** The exam: header with the timer, the task text above the shell, the results after grading. */
export function ExamScreen({start, shell, onDone, onGraded}: ExamScreenProps) {
	const size = useTerminalSize();
	const [state, setState] = useState(start);
	const [now, setNow] = useState(Date.now());
	const {exit} = useApp();
	useInput((input, key) => setState(current => examKey(current, keyName(input, key), {shell, now: Date.now()})));
	// The timer moves once a second; warnings and the time-out come from the same tick.
	useEffect(() => {
		const timer = setInterval(() => {
			setNow(Date.now());
			setState(current => examTick(current, {shell, now: Date.now()}));
		}, 1000);
		return () => clearInterval(timer);
	}, []);
	const graded = state.exam.endedBy !== undefined;
	useEffect(() => {
		if (graded) onGraded(state);
	}, [graded]);
	useEffect(() => {
		if (!state.quit) return;
		onDone(state);
		exit();
	}, [state.quit]);

	const width = Math.max(20, size.columns - 2);
	const height = Math.max(6, size.rows - 1);
	const header = examHeader(state, now);
	const footer = examFooter(state, size.columns);
	const notice = state.notice ?? ' ';
	let body;
	if (state.view === 'results') {
		const {summary, rows, details} = resultScreenLines(state, width);
		const room = height - 3;
		const listHeight = Math.min(rows.length, Math.max(3, Math.floor(room / 2) - summary.length));
		const first = Math.max(0, Math.min(state.resultCursor - listHeight + 1, rows.length - listHeight));
		body = (
			<Box flexDirection="column" height={room}>
				{summary.map((line, index) => (
					<Text key={`s${index}`} wrap="truncate-end" color={theme.muted}>{line}</Text>
				))}
				{rows.slice(first, first + listHeight).map((line, index) => (
					<Text key={`r${index}`} wrap="truncate-end" bold={first + index === state.resultCursor}>{line}</Text>
				))}
				<Text color={theme.muted} wrap="truncate-end">{'─'.repeat(width)}</Text>
				{details.slice(0, Math.max(1, room - summary.length - listHeight - 1)).map((line, index) => (
					<Text key={`d${index}`} wrap="truncate-end">{terminalText(line) || ' '}</Text>
				))}
			</Box>
		);
	} else {
		const panel = state.showTask && state.view !== 'final-sandbox' ? taskPanelLines(state, width, Math.max(2, Math.floor((height - 4) / 3))) : [];
		const transcriptHeight = Math.max(1, height - 4 - panel.length - (panel.length > 0 ? 1 : 0));
		const rows = transcriptRows([...state.transcript], width);
		const shown = transcriptWindow(rows, transcriptHeight, Math.min(state.scroll, Math.max(0, rows.length - transcriptHeight)));
		const prompt = state.pending ? '> ' : shell.prompt();
		body = (
			<Box flexDirection="column" height={height - 3}>
				{panel.map((line, index) => (
					<Text key={`p${index}`} wrap="truncate-end" bold={index === 0} color={index === 0 ? theme.title : undefined}>{line}</Text>
				))}
				{panel.length > 0 ? <Text color={theme.muted} wrap="truncate-end">{'─'.repeat(width)}</Text> : null}
				<Box flexDirection="column" height={transcriptHeight} justifyContent="flex-end">
					{shown.map((line, index) => (
						<Text key={index} wrap="truncate-end" {...(line.kind === 'command' ? {bold: true} : line.kind === 'note' ? {color: theme.muted} : {})}>
							{line.text || ' '}
						</Text>
					))}
				</Box>
				<Text wrap="truncate-start">
					{terminalText(prompt)}
					{terminalText(state.input)}
					<Text inverse>{' '}</Text>
				</Text>
			</Box>
		);
	}
	return (
		<Box flexDirection="column" width={size.columns} height={height}>
			<Box justifyContent="space-between" height={1}>
				<Text bold color={theme.title} wrap="truncate-end">{header.title}</Text>
				<Text bold wrap="truncate-start" {...(header.urgent ? {color: theme.error} : {})}>{` ${header.clock}`}</Text>
			</Box>
			<Box flexDirection="column" flexGrow={1} paddingX={1} overflow="hidden">
				{body}
			</Box>
			<Box height={1}>
				<Text wrap="truncate-end" color={theme.title}>{notice}</Text>
			</Box>
			<Box height={1}>
				<Text color={theme.muted} wrap="truncate-end">{footer}</Text>
			</Box>
		</Box>
	);
}
