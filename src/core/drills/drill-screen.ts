/**
 * The drill screen as plain data: the sandbox prompt (the app's own sandbox model and reducer),
 * the drill's title and reported symptom, and the practice session. Keys are data
 * (DRILL_BINDINGS): the sandbox's own, with Esc leaving the drill. Running a command, a tutor
 * command (`check`, `hint`, …) or `next` is a request the Ink edge performs.
 */
import type {RequestResult, SandboxAction} from '../app/actions.js';
import {initialState, type AppState, type RequestBody} from '../app/app-state.js';
import {isPrintable} from '../app/key-name.js';
import {KEYMAPS, type Binding} from '../app/keymap.js';
import type {Size} from '../app/layout.js';
import {sandboxReducer, sandboxResult, textLines} from '../app/sandbox-reducer.js';
import {wrapText} from '../app/wrap-text.js';
import type {PracticeState} from '../practice/practice-session.js';

export interface DrillScreen {
	app: AppState;
	title: string;
	report: string;
	practice: PracticeState;
	/** Passed at the latest check: the screen offers the next drill. */
	fixed: boolean;
	exiting: boolean;
}

export type DrillAction =
	| SandboxAction
	| {type: 'app/resize'; size: Size}
	| {type: 'app/quit'}
	| {type: 'request/taken'; ids: number[]}
	| {type: 'request/done'; id: number; result: RequestResult; practice?: PracticeState}
	| {type: 'drill/start'; title: string; report: string; practice: PracticeState; note: string};

/** What the learner can type besides shell commands; shown under the symptom. */
export const DRILL_COMMANDS = 'check · hint · solution · submit';

const quitDrill: Binding = {keys: ['escape'], label: 'Esc', help: 'leave the drill', short: 'leave', footer: true, action: {type: 'app/quit'}};

/** The sandbox prompt's keys, with Esc leaving the drill (there is no screen behind it). */
export const DRILL_BINDINGS: readonly Binding[] = [...KEYMAPS.sandbox.filter(binding => !binding.keys.includes('escape') && !binding.keys.includes('?')), quitDrill];

export function startDrillScreen(size: Size, start: {title: string; report: string; practice: PracticeState; note: string}): DrillScreen {
	const app = initialState(size, {kind: 'sandbox'});
	return {app: {...app, sandbox: {...app.sandbox, transcript: textLines(start.note, 'note')}}, title: start.title, report: start.report, practice: start.practice, fixed: false, exiting: false};
}

export function resolveDrillKey(screen: DrillScreen, key: string): DrillAction | undefined {
	const binding = DRILL_BINDINGS.find(candidate => candidate.keys.includes(key));
	if (binding) {
		const action = typeof binding.action === 'function' ? binding.action(screen.app, key, 0) : binding.action;
		return action as DrillAction | undefined;
	}
	if (key === 'space') return {type: 'sandbox/type', text: ' '};
	if (key === '?') return {type: 'sandbox/type', text: '?'};
	if (isPrintable(key) || (key.length > 1 && /[\r\n]/.test(key))) return {type: 'sandbox/type', text: key};
	return undefined;
}

function push(state: AppState, request: RequestBody): AppState {
	return {...state, requests: [...state.requests, {...request, id: state.nextRequest} as AppState['requests'][number]], nextRequest: state.nextRequest + 1};
}

export function drillReducer(screen: DrillScreen, action: DrillAction): DrillScreen {
	switch (action.type) {
		case 'app/resize':
			return {...screen, app: {...screen.app, size: action.size}};
		case 'app/quit':
			return {...screen, exiting: true};
		case 'request/taken':
			return {...screen, app: {...screen.app, requests: screen.app.requests.filter(request => !action.ids.includes(request.id))}};
		case 'request/done': {
			const practice = action.practice ?? screen.practice;
			const fixed = action.practice ? (practice.checked[0]?.passed ?? false) : screen.fixed;
			// `exit` on the laptop leaves the drill, as it leaves a shell.
			const leave = action.result.kind === 'run' && action.result.leave === true;
			return {...screen, app: sandboxResult(screen.app, action.result), practice, fixed, exiting: screen.exiting || leave};
		}
		case 'drill/start': {
			// The next drill keeps the command history: the learner may want the same commands again.
			const next = startDrillScreen(screen.app.size, action);
			return {...next, app: {...next.app, sandbox: {...next.app.sandbox, history: screen.app.sandbox.history}}};
		}
		default: {
			const next = sandboxReducer(screen.app, action, push);
			// Ctrl+C on an empty line leaves, as in the sandbox.
			return next.exiting ? {...screen, exiting: true} : {...screen, app: next};
		}
	}
}

/** The lines above the prompt: what the users report, and what to type. */
export function reportLines(screen: DrillScreen, width: number): string[] {
	const offer = screen.fixed ? 'Fixed! Type next for the next drill, or submit to record it.' : `Type shell commands, and ${DRILL_COMMANDS}.`;
	return [...wrapText(`Reported: ${screen.report}`, width, '  '), ...wrapText(offer, width, '  ')];
}

