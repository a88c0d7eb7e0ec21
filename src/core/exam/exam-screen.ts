/**
 * The exam screen's model: the exam, the shell's prompt and transcript beside the task text, the
 * submit question and the results. Keys are data (EXAM_BINDINGS) as in src/core/app/keymap.ts; the
 * Ink layer (src/ui/exam/) only renders this state and passes keys and the time in.
 */
import {outputText} from '../cluster/command-result.js';
import type {Shell} from '../cluster/shell/shell.js';
import type {TranscriptLine} from '../app/app-state.js';
import {isPrintable} from '../app/key-name.js';
import {bounded, stdinRequest} from '../app/sandbox-input.js';
import {textLines} from '../app/sandbox-reducer.js';
import {parseTutorCommand, runTutorCommand} from '../practice/practice-session.js';
import {endExam, examOver, realisticRefusal, tickExam, type ExamState} from './exam-session.js';

export type ExamView = 'work' | 'confirm' | 'results' | 'final-sandbox';

export interface ExamScreenState {
	readonly exam: ExamState;
	readonly view: ExamView;
	/** The task text shown above the shell (Ctrl+T hides it for more transcript). */
	readonly showTask: boolean;
	readonly input: string;
	readonly history: readonly string[];
	readonly historyIndex?: number;
	readonly transcript: readonly TranscriptLine[];
	/** Transcript lines scrolled back from the newest (PgUp). */
	readonly scroll: number;
	/** Collecting a here-document or `-f -` input for this command. */
	readonly pending?: {command: string; delimiter: string; lines: string[]};
	/** The latest warning or message, shown under the prompt. */
	readonly notice?: string;
	/** The task whose result is open on the results screen. */
	readonly resultCursor: number;
	readonly resultScroll: number;
	readonly quit: boolean;
}

export interface ExamContext {
	shell: Shell;
	now: number;
}

export function openExamScreen(exam: ExamState): ExamScreenState {
	const first = exam.tasks[0];
	const intro = `# Exam: ${exam.tasks.length} tasks, ${exam.settings.minutes} minutes, seed ${exam.settings.seed}${exam.settings.realistic ? ', realistic' : ''}.${exam.settings.realistic ? '' : ' ? lists the keys and commands.'}`;
	return {
		exam,
		view: 'work',
		showTask: true,
		input: '',
		history: [],
		transcript: [{text: intro, kind: 'note'}, {text: `# Each task names its namespace; task 1's is ${first?.namespace ?? 'missing'}. tasks lists them all.`, kind: 'note'}],
		scroll: 0,
		resultCursor: 0,
		resultScroll: 0,
		quit: false,
	};
}

type Change = (state: ExamScreenState, context: ExamContext) => ExamScreenState;

export interface ExamBinding {
	keys: readonly string[];
	label: string;
	help: string;
	/** Fewer words for the footer. */
	short?: string;
	footer: boolean;
	views: readonly ExamView[];
	change: Change;
}

const append = (state: ExamScreenState, lines: TranscriptLine[]): ExamScreenState => ({...state, scroll: 0, transcript: bounded([...state.transcript, ...lines])});

const scrollBy = (state: ExamScreenState, lines: number): ExamScreenState => ({...state, scroll: Math.min(Math.max(0, state.transcript.length - 1), Math.max(0, state.scroll + lines))});

/** Runs a tutor command on the exam's practice session and shows its answer. */
function tutor(state: ExamScreenState, context: ExamContext, line: string): ExamScreenState {
	const command = parseTutorCommand(line);
	if (!command) return state;
	if (command.kind === 'submit' && state.view === 'work') return {...state, view: 'confirm'};
	const reply = runTutorCommand(state.exam.practice, context.shell.cluster, command);
	return append({...state, exam: {...state.exam, practice: reply.state}}, textLines(reply.output, reply.exitCode === 0 ? 'stdout' : 'stderr'));
}

/** Enter: a tutor command, a shell command, or a line of stdin being collected. */
function enter(state: ExamScreenState, context: ExamContext): ExamScreenState {
	const line = state.input;
	if (state.pending) {
		const echo: TranscriptLine = {text: `> ${line}`, kind: 'command'};
		if (line.trim() !== state.pending.delimiter) return append({...state, input: '', pending: {...state.pending, lines: [...state.pending.lines, line]}}, [echo]);
		const {command, lines} = state.pending;
		return run(append({...state, input: '', pending: undefined}, [echo]), context, command, lines.length > 0 ? `${lines.join('\n')}\n` : '');
	}
	const history = line.trim() && state.history.at(-1) !== line ? [...state.history, line] : state.history;
	const next = append({...state, input: '', history, historyIndex: undefined}, [{text: `${context.shell.prompt()}${line}`, kind: 'command'}]);
	if (!line.trim()) return next;
	if (parseTutorCommand(line)) return tutor(next, context, line);
	const refused = state.exam.settings.realistic && state.view === 'work' ? realisticRefusal(line) : undefined;
	if (refused) return append(next, [{text: refused, kind: 'stderr'}]);
	const wants = stdinRequest(line);
	if (wants) return {...next, pending: {...wants, lines: []}};
	return run(next, context, line.trim(), undefined);
}

function run(state: ExamScreenState, context: ExamContext, command: string, stdin: string | undefined): ExamScreenState {
	const result = context.shell.run(command, stdin);
	if (result.clear) return {...state, transcript: []};
	return append(state, textLines(outputText(result), result.exitCode === 0 ? 'stdout' : 'stderr'));
}

/** Tab: the shell completes the word; several candidates are listed under the line. */
function complete(state: ExamScreenState, context: ExamContext): ExamScreenState {
	if (state.pending) return state;
	const {replacement, candidates} = context.shell.complete(state.input);
	const next = {...state, input: replacement};
	return candidates.length > 1 ? append(next, [{text: candidates.slice(0, 50).join('  '), kind: 'note'}]) : next;
}

function walkHistory(state: ExamScreenState, step: 1 | -1): ExamScreenState {
	if (state.history.length === 0 || state.pending) return state;
	const current = state.historyIndex ?? state.history.length;
	const next = Math.min(state.history.length, Math.max(0, current + step));
	if (next === state.history.length) return {...state, input: '', historyIndex: undefined};
	return {...state, input: state.history[next], historyIndex: next};
}

function moveTask(state: ExamScreenState, context: ExamContext, step: number): ExamScreenState {
	const count = state.exam.tasks.length;
	const target = ((state.exam.practice.current + step + count) % count) + 1;
	return tutor(state, context, `task ${target}`);
}

function submitNow(state: ExamScreenState, context: ExamContext): ExamScreenState {
	const exam = endExam(state.exam, context.shell.cluster, 'submit');
	return {...state, exam, view: 'results', resultCursor: 0, resultScroll: 0, notice: 'Submitted: every task was graded as the cluster stands'};
}

const WORK: readonly ExamView[] = ['work'];
const RESULTS: readonly ExamView[] = ['results'];
const TYPING: readonly ExamView[] = ['work', 'final-sandbox'];

export const EXAM_BINDINGS: readonly ExamBinding[] = [
	{keys: ['enter'], label: 'Enter', help: 'run the command', footer: false, views: TYPING, change: enter},
	{keys: ['ctrl+x'], label: 'Ctrl+X', short: 'submit', help: 'submit the exam (asks first)', footer: true, views: WORK, change: state => ({...state, view: 'confirm'})},
	{keys: ['ctrl+n'], label: 'Ctrl+N', short: 'next', help: 'next task', footer: true, views: WORK, change: (state, context) => moveTask(state, context, 1)},
	{keys: ['ctrl+p'], label: 'Ctrl+P', short: 'prev', help: 'previous task', footer: true, views: WORK, change: (state, context) => moveTask(state, context, -1)},
	{keys: ['ctrl+f'], label: 'Ctrl+F', short: 'flag', help: 'flag the task for review', footer: true, views: WORK, change: (state, context) => tutor(state, context, 'flag')},
	{keys: ['ctrl+t'], label: 'Ctrl+T', short: 'task text', help: 'hide or show the task text', footer: true, views: WORK, change: state => ({...state, showTask: !state.showTask})},
	{keys: ['up'], label: '↑', help: 'older command', footer: false, views: TYPING, change: state => walkHistory(state, -1)},
	{keys: ['down'], label: '↓', help: 'newer command', footer: false, views: TYPING, change: state => walkHistory(state, 1)},
	{keys: ['?'], label: '?', help: 'the keys and the tutor\'s commands (on an empty line)', footer: false, views: WORK, change: (state, context) => (state.input === '' && !state.exam.settings.realistic ? append(state, helpLines()) : type(state, '?', context))},
	{keys: ['tab'], label: 'Tab', help: 'complete', footer: false, views: TYPING, change: complete},
	{keys: ['pageup'], label: 'PgUp', help: 'scroll the transcript back', footer: false, views: TYPING, change: state => scrollBy(state, 10)},
	{keys: ['pagedown'], label: 'PgDn', help: 'scroll the transcript forward', footer: false, views: TYPING, change: state => scrollBy(state, -10)},
	{keys: ['backspace'], label: 'Backspace', help: 'delete a character', footer: false, views: TYPING, change: state => ({...state, input: state.input.slice(0, -1)})},
	{keys: ['ctrl+u'], label: 'Ctrl+U', help: 'clear the line', footer: false, views: TYPING, change: state => ({...state, input: ''})},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'clear the line; submit when it is empty', footer: false, views: WORK, change: state => (state.input || state.pending ? {...state, input: '', pending: undefined} : {...state, view: 'confirm'})},
	{keys: ['y'], label: 'y', help: 'yes, submit and grade every task', footer: true, views: ['confirm'], change: submitNow},
	{keys: ['n', 'escape'], label: 'n', help: 'no, keep working', footer: true, views: ['confirm'], change: state => ({...state, view: 'work'})},
	{keys: ['down', 'j'], label: '↓', short: 'task', help: 'next task', footer: true, views: RESULTS, change: state => ({...state, resultCursor: Math.min(state.exam.tasks.length - 1, state.resultCursor + 1), resultScroll: 0})},
	{keys: ['up', 'k'], label: '↑', help: 'previous task', footer: true, views: RESULTS, change: state => ({...state, resultCursor: Math.max(0, state.resultCursor - 1), resultScroll: 0})},
	{keys: ['pagedown', 'space'], label: 'PgDn', help: 'scroll the result', footer: false, views: RESULTS, change: state => ({...state, resultScroll: state.resultScroll + 5})},
	{keys: ['?'], label: '?', help: 'the keys and the tutor\'s commands (on an empty line)', footer: false, views: WORK, change: (state, context) => (state.input === '' && !state.exam.settings.realistic ? append(state, helpLines()) : type(state, '?', context))},
	{keys: ['tab'], label: 'Tab', help: 'complete', footer: false, views: TYPING, change: complete},
	{keys: ['pageup'], label: 'PgUp', help: 'scroll back', footer: false, views: RESULTS, change: state => ({...state, resultScroll: Math.max(0, state.resultScroll - 5)})},
	{keys: ['s'], label: 's', short: 'sandbox + trace', help: 'the final cluster (trace works)', footer: true, views: RESULTS, change: state => append({...state, view: 'final-sandbox'}, [{text: '# The cluster as it was graded. trace shows how a request travels; Esc returns to the results.', kind: 'note'}])},
	{keys: ['escape'], label: 'Esc', help: 'back to the results', footer: true, views: ['final-sandbox'], change: state => ({...state, view: 'results'})},
	{keys: ['q', 'ctrl+c'], label: 'q', help: 'quit', footer: true, views: RESULTS, change: state => ({...state, quit: true})},
	{keys: ['ctrl+c'], label: 'Ctrl+C', help: 'quit', footer: false, views: ['final-sandbox', 'confirm'], change: state => (state.view === 'confirm' ? {...state, view: 'work'} : {...state, quit: true})},
];

const TUTOR_HELP = [
	'tasks: list the tasks · task K: go to task K · check: how the current task stands',
	'hint: the next hint · solution: one way to do it (the task counts as assisted)',
	'flag: mark the task for review · submit: end the exam and grade every task',
];

/** `?` on an empty line: the tutor's commands, then every key of the exam, from the table. */
function helpLines(): TranscriptLine[] {
	const keys = EXAM_BINDINGS.filter(binding => binding.views.includes('work')).map(binding => `${binding.label}: ${binding.help}`);
	return [...TUTOR_HELP, ...keys].map(text => ({text: `# ${text}`, kind: 'note'}));
}

export function activeExamBindings(state: ExamScreenState): ExamBinding[] {
	return EXAM_BINDINGS.filter(binding => binding.views.includes(state.view));
}

/** A key press: a binding of the current view, or text for the prompt. */
export function examKey(state: ExamScreenState, key: string, context: ExamContext): ExamScreenState {
	const ticked = examTick(state, context);
	if (ticked.view !== state.view && ticked.view === 'results') return ticked;
	const binding = activeExamBindings(ticked).find(candidate => candidate.keys.includes(key));
	if (binding) return binding.change(ticked, context);
	if (!TYPING.includes(ticked.view)) return ticked;
	if (key === 'space') return {...ticked, input: `${ticked.input} `};
	return type(ticked, key, context);
}

/** Printable text goes into the prompt; a paste's line breaks submit the lines before them. */
function type(state: ExamScreenState, key: string, context: ExamContext): ExamScreenState {
	if (key.length > 1 && /[\r\n]/.test(key)) return pasted(state, key, context);
	return isPrintable(key) ? {...state, input: state.input + key} : state;
}

/** A paste: each line break submits the line before it, as Enter would. */
function pasted(state: ExamScreenState, text: string, context: ExamContext): ExamScreenState {
	const parts = text.split(/\r\n|\r|\n/);
	let next = state;
	parts.forEach((part, index) => {
		next = {...next, input: next.input + part};
		if (index < parts.length - 1) next = enter(next, context);
	});
	return next;
}

/** The clock moved: a warning at 15 and 5 minutes left, the results when time is up. */
export function examTick(state: ExamScreenState, context: ExamContext): ExamScreenState {
	if (examOver(state.exam)) return state;
	const {state: exam, notice} = tickExam(state.exam, context.shell.cluster, context.now);
	if (exam === state.exam) return state;
	if (examOver(exam)) return {...state, exam, view: 'results', pending: undefined, input: '', notice};
	return append({...state, exam, notice}, notice ? [{text: `# ${notice}`, kind: 'note'}] : []);
}
