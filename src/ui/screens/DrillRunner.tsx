/**
 * `kubetutor drill` on a terminal: the reported symptom above the drill's sandbox prompt. Keys
 * resolve through the drill's table (src/core/drills/drill-screen.ts); commands, tutor commands
 * and `next` are performed here, on the drill's own cluster.
 */
import {Box, Text, useApp, useInput, useStdout} from 'ink';
import {useEffect, useReducer} from 'react';
import {keyName} from '../../core/app/key-name.js';
import {footerLine} from '../../core/app/keymap.js';
import {innerWidth} from '../../core/app/layout.js';
import {terminalText} from '../../core/content/terminal-text.js';
import {DRILL_BINDINGS, drillReducer, reportLines, resolveDrillKey, startDrillScreen, type DrillAction, type DrillScreen} from '../../core/drills/drill-screen.js';
import type {PracticeState} from '../../core/practice/practice-session.js';
import type {RequestResult} from '../../core/app/actions.js';
import type {Request} from '../../core/app/app-state.js';
import {Frame} from '../components/Frame.js';
import {theme} from '../theme.js';
import {Sandbox} from './Sandbox.js';

/** What the screen asks of the drill it shows: one command at a time, and the next drill. */
export interface DrillHost {
	start(): {title: string; report: string; practice: PracticeState; note: string};
	perform(request: Request, practice: PracticeState): {result: RequestResult; practice?: PracticeState; next?: boolean};
	next(): {title: string; report: string; practice: PracticeState; note: string};
	leave(practice: PracticeState): void;
}

const identity = (line: string): string => line;

export function DrillRunner({host}: {host: DrillHost}) {
	const {stdout} = useStdout();
	const {exit} = useApp();
	const [screen, dispatch] = useReducer(drillReducer, undefined, () => startDrillScreen({columns: stdout.columns ?? 80, rows: stdout.rows ?? 24}, host.start()));

	useInput((input, key) => {
		const action = resolveDrillKey(screen, keyName(input, key));
		if (action) dispatch(action);
	});

	useEffect(() => {
		const resize = () => dispatch({type: 'app/resize', size: {columns: stdout.columns ?? 80, rows: stdout.rows ?? 24}});
		stdout.on('resize', resize);
		return () => {
			stdout.off('resize', resize);
		};
	}, [stdout]);

	useEffect(() => {
		const requests = screen.app.requests;
		if (requests.length === 0) return;
		dispatch({type: 'request/taken', ids: requests.map(request => request.id)});
		let practice = screen.practice;
		for (const request of requests) {
			const done = host.perform(request, practice);
			if (done.next) {
				dispatch({type: 'drill/start', ...host.next()});
				return;
			}
			if (done.practice) practice = done.practice;
			const action: DrillAction = {type: 'request/done', id: request.id, result: done.result, ...(done.practice ? {practice: done.practice} : {})};
			dispatch(action);
		}
	}, [screen.app.requests, screen.practice, host]);

	useEffect(() => {
		if (!screen.exiting) return;
		host.leave(screen.practice);
		exit();
	}, [screen.exiting, screen.practice, host, exit]);

	return <DrillView screen={screen} />;
}

export function DrillView({screen}: {screen: DrillScreen}) {
	const size = screen.app.size;
	const width = innerWidth(size);
	const report = reportLines(screen, width);
	const bodyHeight = Math.max(3, size.rows - 1 - 3);
	const sandboxHeight = Math.max(2, bodyHeight - report.length);
	return (
		<Frame size={size} title={terminalText(screen.title)} footer={footerLine(DRILL_BINDINGS, size.columns)}>
			<Box flexDirection="column">
				{report.map((line, index) => (
					<Text key={index} wrap="truncate-end" color={index === report.length - 1 ? (screen.fixed ? theme.done : theme.muted) : theme.todo}>
						{terminalText(line)}
					</Text>
				))}
			</Box>
			<Sandbox state={screen.app} height={sandboxHeight} transform={identity} />
		</Frame>
	);
}
