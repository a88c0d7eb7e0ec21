import {QUIZ_BINDINGS, quizKeyIntent, type QuizIntent} from '../quiz/quiz-keys.js';
import type {Action} from './actions.js';
import type {AppState, ScreenKind} from './app-state.js';
import {isPrintable} from './key-name.js';

/**
 * One key binding: the keys that trigger it, how the footer and the `?` overlay name it, and the
 * action it dispatches. Keys are data so the footer, the help and the behaviour cannot drift.
 */
export interface Binding {
	keys: readonly string[];
	/** Key as shown to the learner: `↑↓`, `PgDn`, `Esc`. */
	label: string;
	help: string;
	/** Shown in the footer (the overlay lists every binding). */
	footer: boolean;
	/** Shorter words for the footer, where space is tight. */
	short?: string;
	/** Footer label when it names a pair (`↑↓`, `n/p`); the overlay lists each key on its own line. */
	footerLabel?: string;
	/** The binding exists only while this holds (the quiz's keys change with its phase). */
	when?: (state: AppState) => boolean;
	/** `now` is when the key was pressed, for the answers a quiz records. */
	action: Action | ((state: AppState, key: string, now: number) => Action | undefined);
}

/** The editor `kubectl edit` opens over the sandbox (text-editor.ts): nano's layout of keys, listed in its footer. */
export const EDITOR_BINDINGS: readonly Binding[] = [
	{keys: ['ctrl+s'], label: 'Ctrl+S', help: 'save and quit (kubectl applies the edit)', short: 'save', footer: true, action: {type: 'sandbox/editor-save'}},
	{keys: ['ctrl+x', 'escape'], label: 'Ctrl+X', footerLabel: 'Ctrl+X/Esc', help: 'quit without saving', short: 'quit', footer: true, action: {type: 'sandbox/editor-quit'}},
	{keys: ['up'], label: '↑', footerLabel: '↑↓←→', help: 'move', footer: true, action: {type: 'sandbox/editor-op', op: {type: 'move', direction: 'up'}}},
	{keys: ['down'], label: '↓', help: 'line down', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'move', direction: 'down'}}},
	{keys: ['left'], label: '←', help: 'character left', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'move', direction: 'left'}}},
	{keys: ['right'], label: '→', help: 'character right', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'move', direction: 'right'}}},
	{keys: ['home', 'ctrl+a'], label: 'Home', footerLabel: 'Home/End', help: 'start of the line', short: 'line', footer: true, action: {type: 'sandbox/editor-op', op: {type: 'home'}}},
	{keys: ['end', 'ctrl+e'], label: 'End', help: 'end of the line', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'end'}}},
	{keys: ['pageup'], label: 'PgUp', footerLabel: 'PgUp/PgDn', help: 'page up', short: 'page', footer: true, action: {type: 'sandbox/editor-op', op: {type: 'page', step: -1}}},
	{keys: ['pagedown'], label: 'PgDn', help: 'page down', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'page', step: 1}}},
	{keys: ['enter'], label: 'Enter', help: 'new line (keeps the indentation)', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'newline'}}},
	{keys: ['backspace'], label: 'Backspace', help: 'delete the character before the cursor', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'backspace'}}},
	{keys: ['ctrl+d'], label: 'Ctrl+D', help: 'delete the character under the cursor', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'delete'}}},
	{keys: ['tab'], label: 'Tab', help: 'two spaces', footer: false, action: {type: 'sandbox/editor-op', op: {type: 'insert', text: '  '}}},
];

/** While a command runs in the sandbox's foreground (port-forward, logs -f, sleep 30) the terminal is its. */
export const JOB_BINDINGS: readonly Binding[] = [
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'stop the running command (exit status 130)', short: 'stop', footer: true, action: {type: 'sandbox/interrupt'}},
	{keys: ['pageup'], label: 'PgUp', footerLabel: 'PgUp/PgDn', help: 'scroll back', short: 'scroll', footer: true, action: state => ({type: 'sandbox/scroll', lines: Math.max(1, state.size.rows - 6)})},
	{keys: ['pagedown'], label: 'PgDn', help: 'scroll down', footer: false, action: state => ({type: 'sandbox/scroll', lines: -Math.max(1, state.size.rows - 6)})},
];

/** A running quiz's session, when the quiz screen has one. */
function runningQuiz(state: AppState) {
	return state.screen.kind === 'quiz' && state.quiz?.status === 'running' ? state.quiz.session : undefined;
}

/** A quiz key's intent as an app action: the session changes in the model, the rest is the app's. */
export function quizAction(intent: QuizIntent | undefined): Action | undefined {
	if (!intent) return undefined;
	switch (intent.type) {
		case 'quiz/exit':
			return {type: 'quiz/leave'};
		case 'quiz/help':
			return {type: 'help/toggle'};
		case 'quiz/check-task':
			return {type: 'quiz/check-task'};
		case 'quiz/scroll':
			return {type: 'quiz/scroll', lines: intent.lines};
		default:
			return {type: 'quiz/session', action: intent};
	}
}

/** The quiz's own table (src/core/quiz/quiz-keys.ts), live while a session runs. */
const quizKeys: Binding[] = QUIZ_BINDINGS.map(binding => ({
	keys: binding.keys,
	label: binding.label,
	help: binding.help,
	footer: binding.footer,
	...(binding.short ? {short: binding.short} : {}),
	...(binding.footerLabel ? {footerLabel: binding.footerLabel} : {}),
	when: state => {
		const session = runningQuiz(state);
		return session !== undefined && binding.when(session);
	},
	action: (state, key, now) => quizAction(binding.intent(runningQuiz(state)!, key, now)),
}));

/** While the quiz loads, or when it could not start, the keys only lead back. */
const quizWaiting: Binding[] = [
	{keys: ['escape', 'enter', 'q'], label: 'Esc', help: 'back', footer: true, when: state => runningQuiz(state) === undefined, action: {type: 'quiz/leave'}},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'back', footer: false, when: state => runningQuiz(state) === undefined, action: {type: 'quiz/leave'}},
];

const quit: Binding = {keys: ['q'], label: 'q', help: 'quit', footer: true, action: {type: 'app/quit'}};
const ctrlCQuit: Binding = {keys: ['ctrl+c'], label: 'Ctrl+C', help: 'quit', footer: false, action: {type: 'app/quit'}};
const back: Binding = {keys: ['escape'], label: 'Esc', help: 'back', footer: true, action: {type: 'nav/back'}};
const help: Binding = {keys: ['?'], label: '?', help: 'all keys', short: 'help', footer: true, action: {type: 'help/toggle'}};

export const KEYMAPS: Readonly<Record<ScreenKind, readonly Binding[]>> = {
	home: [
		{keys: ['up', 'k'], label: '↑/k', footerLabel: '↑↓', help: 'move up', short: 'move', footer: true, action: {type: 'home/move', delta: -1}},
		{keys: ['down', 'j'], label: '↓/j', help: 'move down', footer: false, action: {type: 'home/move', delta: 1}},
		{keys: ['enter', 'right'], label: 'Enter', help: 'open', footer: true, action: {type: 'home/select'}},
		{keys: ['s'], label: 's', help: 'sandbox', footer: true, action: {type: 'nav/open', screen: {kind: 'sandbox'}}},
		{keys: ['P'], label: 'P', help: 'progress', footer: false, action: {type: 'nav/open', screen: {kind: 'progress'}}},
		help,
		quit,
		ctrlCQuit,
	],
	quizzes: [
		{keys: ['up', 'k'], label: '↑/k', footerLabel: '↑↓', help: 'move up', short: 'move', footer: true, action: {type: 'home/move', delta: -1}},
		{keys: ['down', 'j'], label: '↓/j', help: 'move down', footer: false, action: {type: 'home/move', delta: 1}},
		{keys: ['enter', 'right'], label: 'Enter', help: 'start the quiz', footer: true, action: {type: 'home/select'}},
		back,
		help,
		quit,
		ctrlCQuit,
	],
	lesson: [
		{keys: ['pagedown', 'space'], label: 'PgDn/Space', help: 'next page', short: 'page', footer: true, action: {type: 'lesson/page', pages: 1}},
		{keys: ['pageup', 'b'], label: 'PgUp/b', help: 'previous page', footer: false, action: {type: 'lesson/page', pages: -1}},
		{keys: ['down', 'j'], label: '↓/j', help: 'scroll down a line', footer: false, action: {type: 'lesson/scroll', lines: 1}},
		{keys: ['up', 'k'], label: '↑/k', help: 'scroll up a line', footer: false, action: {type: 'lesson/scroll', lines: -1}},
		{keys: ['home', 'g'], label: 'Home/g', help: 'first page', footer: false, action: {type: 'lesson/edge', edge: 'top'}},
		{keys: ['end', 'G'], label: 'End/G', help: 'last page', footer: false, action: {type: 'lesson/edge', edge: 'bottom'}},
		{keys: ['n'], label: 'n', footerLabel: 'n/p', help: 'next lesson', short: 'lesson', footer: true, action: {type: 'lesson/neighbour', step: 1}},
		{keys: ['p'], label: 'p', help: 'previous lesson', footer: false, action: {type: 'lesson/neighbour', step: -1}},
		{keys: ['a'], label: 'a', help: 'apply the manifest on this page in the sandbox', short: 'apply', footer: true, action: {type: 'lesson/apply'}},
		{keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1-9', help: 'apply manifest [N] in the sandbox', footer: false, action: {type: 'lesson/apply'}},
		{keys: ['s'], label: 's', help: 'sandbox (its state is kept)', short: 'sandbox', footer: true, action: {type: 'nav/open', screen: {kind: 'sandbox'}}},
		{keys: ['t'], label: 't', help: 'take this lesson\'s quiz (Esc comes back here)', footer: false, action: {type: 'lesson/quiz'}},
		{keys: ['h'], label: 'h', help: 'next hint for the first open task', footer: false, action: {type: 'tasks/hint'}},
		{keys: ['r'], label: 'r', help: 'reveal the solution (counts as assisted)', footer: false, action: {type: 'tasks/reveal'}},
		back,
		help,
		quit,
		ctrlCQuit,
	],
	sandbox: [
		{keys: ['enter'], label: 'Enter', help: 'run', footer: false, action: {type: 'sandbox/submit'}},
		{keys: ['up'], label: '↑', footerLabel: '↑↓', help: 'older command (history)', short: 'history', footer: true, action: {type: 'sandbox/history', step: -1}},
		{keys: ['down'], label: '↓', help: 'newer command (history)', footer: false, action: {type: 'sandbox/history', step: 1}},
		{keys: ['tab'], label: 'Tab', help: 'complete', footer: true, action: {type: 'sandbox/complete'}},
		{keys: ['pageup'], label: 'PgUp', footerLabel: 'PgUp/PgDn', help: 'scroll back', short: 'scroll', footer: true, action: state => ({type: 'sandbox/scroll', lines: Math.max(1, state.size.rows - 6)})},
		{keys: ['pagedown'], label: 'PgDn', help: 'scroll down', footer: false, action: state => ({type: 'sandbox/scroll', lines: -Math.max(1, state.size.rows - 6)})},
		{keys: ['backspace'], label: 'Backspace', help: 'delete a character', footer: false, action: {type: 'sandbox/backspace'}},
		{keys: ['ctrl+u'], label: 'Ctrl+U', help: 'clear the line', footer: false, action: {type: 'sandbox/clear-line'}},
		{keys: ['ctrl+d'], label: 'Ctrl+D', help: 'end pasted input (kubectl apply -f -)', footer: false, action: {type: 'sandbox/eof'}},
		{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'clear the line; quit when it is empty', short: 'clear/quit', footer: true, action: {type: 'sandbox/interrupt'}},
		{keys: ['?'], label: '?', help: 'all keys (when the line is empty)', footer: false, action: state => (state.sandbox.input === '' && !state.sandbox.pending ? {type: 'help/toggle'} : {type: 'sandbox/type', text: '?'})},
		{keys: ['escape'], label: 'Esc', help: 'back (the sandbox keeps its state)', short: 'back', footer: true, action: {type: 'nav/back'}},

	],
	quiz: [...quizKeys, ...quizWaiting],
	progress: [back, help, quit, ctrlCQuit],
};

/** The bindings of the current screen that exist in this state, in table order. */
export function activeBindings(state: AppState): Binding[] {
	// the sandbox lends its keys to what runs in it: the editor, or a command in the foreground
	if (state.screen.kind === 'sandbox' && state.sandbox.editor) return [...EDITOR_BINDINGS];
	if (state.screen.kind === 'sandbox' && state.sandbox.job !== undefined) return [...JOB_BINDINGS];
	return KEYMAPS[state.screen.kind].filter(binding => binding.when?.(state) ?? true);
}

/** Which action a key press means on the current screen, if any. */
export function resolveKey(state: AppState, key: string, now = 0): Action | undefined {
	if (state.help) return key === 'ctrl+c' ? {type: 'app/quit'} : {type: 'help/close'};
	const binding = activeBindings(state).find(candidate => candidate.keys.includes(key));
	if (binding) {
		const action = typeof binding.action === 'function' ? binding.action(state, key, now) : binding.action;
		// A digit names the manifest: `3` applies [3].
		return action?.type === 'lesson/apply' && /^[1-9]$/.test(key) ? {type: 'lesson/apply', number: Number(key)} : action;
	}
	// The prompt takes printable keys only through this explicit rule (docs/architecture.md, "How input becomes a frame").
	if (state.screen.kind === 'sandbox' && state.sandbox.editor) {
		if (key === 'space') return {type: 'sandbox/editor-op', op: {type: 'insert', text: ' '}};
		if (isPrintable(key) || (key.length > 1 && /[\r\n]/.test(key))) return {type: 'sandbox/editor-op', op: {type: 'insert', text: key}};
		return undefined;
	}
	if (state.screen.kind === 'sandbox') {
		if (key === 'space') return {type: 'sandbox/type', text: ' '};
		// A paste arrives as one string; its line breaks submit lines like Enter would.
		if (isPrintable(key) || (key.length > 1 && /[\r\n]/.test(key))) return {type: 'sandbox/type', text: key};
	}
	// A typed answer and keys that arrived together follow the quiz's own rule (src/core/quiz/quiz-keys.ts).
	const session = runningQuiz(state);
	if (session) return quizAction(quizKeyIntent(session, key, now));
	return undefined;
}

/** Footer text for a screen, from the same table: `↑↓ move · Enter open · q quit`. */
export function footerText(kind: ScreenKind, width = Infinity, state?: AppState): string {
	return footerLine(state ? activeBindings(state) : KEYMAPS[kind].filter(binding => !binding.when), width);
}

/** The footer for some bindings, fitted to `width`. */
export function footerLine(bindings: ReadonlyArray<Pick<Binding, 'keys' | 'footer' | 'footerLabel' | 'label' | 'short' | 'help'>>, width = Infinity): string {
	const items = bindings.filter(binding => binding.footer).map(binding => `${binding.footerLabel ?? binding.label} ${binding.short ?? binding.help}`);
	const full = items.join(' · ');
	if ([...full].length <= width) return full;
	// Too narrow for every key: the ways out and to the full list stay, then as many of the others
	// as fit, in order — never half a key name cut off at the edge.
	const essential = (item: string) => /^((Enter\/)?(q\/)?Esc|q|\?|Ctrl\+C) /.test(item);
	const shown = new Set(items.filter(essential));
	if (![...shown].some(item => item.startsWith('? ')) && bindings.some(binding => binding.keys.includes('?'))) shown.add('? help');
	const length = () => [...[...shown].join(' · ')].length;
	for (const item of items) {
		if (shown.has(item)) continue;
		shown.add(item);
		if (length() > width) shown.delete(item);
	}
	const ordered = items.filter(item => shown.has(item));
	return [...ordered, ...[...shown].filter(item => !items.includes(item))].join(' · ');
}
