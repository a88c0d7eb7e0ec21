import type {EditorState} from './text-editor.js';
import type {TextQuestion} from '../quiz/quiz-types.js';
import type {Lesson} from '../content/lesson.js';
import type {HintState} from '../lessons/hint-state.js';
import type {QuizSession, SessionResult} from '../quiz/quiz-session.js';
import type {HomeItem, LaunchCommand, QuizEntry} from './home-items.js';
import type {Size} from './layout.js';
import {NO_PROGRESS, type ProgressSummary} from './progress-summary.js';

export type QuizMode = 'practice' | 'review' | 'exam';

/** Every screen the app can show; the reducer switches on `kind` exhaustively. */
export type Screen =
	| {kind: 'home'; cursor: number}
	| {kind: 'lesson'; lesson: string; offset: number}
	| {kind: 'sandbox'}
	| {kind: 'quizzes'; cursor: number}
	| {kind: 'quiz'; quiz?: string; mode: QuizMode}
	| {kind: 'progress'};

export type ScreenKind = Screen['kind'];

/** A lesson rendered for one width: terminal lines plus where its manifests are. */
export interface RenderedLesson {
	lesson: string;
	width: number;
	lines: string[];
	manifests: Array<{number: number; yaml: string; line: number}>;
	/** Line ranges a page should not split (a table with its header). */
	keep?: Array<{start: number; end: number}>;
}

export interface TranscriptLine {
	text: string;
	kind: 'command' | 'stdout' | 'stderr' | 'note';
}

/** Collecting stdin for a command: `kubectl apply -f -` or a here-document. */
export interface PendingInput {
	command: string;
	/** Word that ends the input; `EOF` for a bare `-f -`, where Ctrl+D also ends it. */
	delimiter: string;
	lines: string[];
}

export interface SandboxState {
	input: string;
	history: string[];
	/** Position while walking the history with ↑/↓; undefined when editing a fresh line. */
	historyIndex?: number;
	draft: string;
	transcript: TranscriptLine[];
	/** Lines scrolled back from the bottom of the transcript. */
	scroll: number;
	prompt: string;
	pending?: PendingInput;
	busy: boolean;
	/** Offered completions after an ambiguous Tab. */
	completions: string[];
	/** The command running in the foreground (port-forward, `logs -f`, `sleep 30`) until it ends or Ctrl+C stops it. */
	job?: string;
	/** `kubectl edit`'s file, open in the full-screen editor (text-editor.ts). */
	editor?: EditorState;
	/** A tick of the foreground job is on its way (one at a time, so a slow one never piles up). */
	ticking?: boolean;
}

/** One task of the lesson whose tasks are being worked on, as the checklist shows it. */
export interface TaskView {
	id: string;
	title: string;
	/** What the checks say about the cluster as it is now. */
	passed: boolean;
	/** Passed at some point (kept in progress even if the cluster broke since), and whether with help. */
	done?: {assisted: boolean};
	/** Why the first failing check fails, in Kubernetes terms; shown once the learner asked for a check. */
	why?: string;
	hints: string[];
	solution: string;
	/** Hints shown so far and whether the solution was revealed (src/core/lessons/hint-state.ts). */
	hint: HintState;
}

export interface TasksState {
	lesson: string;
	tasks: TaskView[];
	/** False until the lesson's cluster has been set up (or brought back) in the sandbox. */
	started: boolean;
	/** True once the learner asked for a check (`c`): before it the panel shows the goals only. */
	checked: boolean;
	/** Checklist lines scrolled past at the top of the task panel. */
	scroll: number;
}

/** A question the learner must answer with y before something is thrown away. */
export interface Confirm {
	kind: 'reset-lesson';
	lesson: string;
}

/** The quiz screen: its session lives in the model like every other screen's state. */
export type QuizState =
	| {status: 'loading'; request: number}
	| {status: 'message'; text: string}
	| {status: 'running'; session: QuizSession; scroll: number};

/** Effects the app shell performs for the reducer (Elm-style commands): it stays pure. */
export type Request =
	| {id: number; kind: 'run'; command: string; stdin?: string}
	| {id: number; kind: 'complete'; input: string}
	/** The foreground job: the wall clock moved on (`tick`), or Ctrl+C (`interrupt`). */
	| {id: number; kind: 'job'; signal: 'tick' | 'interrupt'}
	/** The editor closed: `text` is the file as saved (or as opened, when quit without saving). */
	| {id: number; kind: 'edit'; text: string}
	| {id: number; kind: 'start-tasks'; lesson: string}
	| {id: number; kind: 'check-tasks'; lesson: string}
	| {id: number; kind: 'reset-tasks'; lesson: string}
	| {id: number; kind: 'task-help'; lesson: string; task: string; hints: number; solution: boolean}
	| {id: number; kind: 'visit'; lesson: string}
	| {id: number; kind: 'record-task'; lesson: string; task: string; passed: boolean; assisted: boolean}
	| {id: number; kind: 'lesson-done'; lesson: string; assisted: boolean}
	| {id: number; kind: 'start-quiz'; quiz?: string; mode: QuizMode}
	| {id: number; kind: 'record-answer'; result: SessionResult}
	| {id: number; kind: 'check-quiz-task'; lesson: string; task: string}
	/** A typed command answer, to be run in the question's sandbox (src/core/quiz/command-answer.ts). */
	| {id: number; kind: 'check-quiz-command'; question: TextQuestion; text: string};

export type RequestBody = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

export interface AppState {
	screen: Screen;
	/** Screens Esc returns to, most recent last. */
	back: Screen[];
	help: boolean;
	size: Size;
	/** Lesson and quiz lists arrive after the first frame. */
	loaded: boolean;
	lessons: Lesson[];
	quizzes: QuizEntry[];
	progress: ProgressSummary;
	warnings: string[];
	rendered?: RenderedLesson;
	sandbox: SandboxState;
	tasks?: TasksState;
	quiz?: QuizState;
	requests: Request[];
	nextRequest: number;
	/** The request applying a lesson's manifest, whose result becomes the status line. */
	applying?: number;
	/** Asked on the status line; the next key answers it. */
	confirm?: Confirm;
	/** One line of feedback under the body ("Applied manifest [1] in the sandbox"). */
	status?: string;
	exiting: boolean;
	/** The command the home hands the terminal to once the app has closed (home-command.ts). */
	launch?: LaunchCommand;
	/** Home menu, derived from lessons, quizzes and progress. */
	items: HomeItem[];
}

/** The shell's prompt on the learner's laptop, where every sandbox starts. */
export const LAPTOP_PROMPT = 'you@laptop:~$ ';

export function initialSandbox(): SandboxState {
	return {input: '', history: [], draft: '', transcript: [], scroll: 0, prompt: LAPTOP_PROMPT, busy: false, completions: []};
}

export function initialState(size: Size, screen: Screen = {kind: 'home', cursor: 0}): AppState {
	return {
		screen,
		back: screen.kind === 'home' ? [] : [{kind: 'home', cursor: 0}],
		help: false,
		size,
		loaded: false,
		lessons: [],
		quizzes: [],
		progress: NO_PROGRESS,
		warnings: [],
		sandbox: initialSandbox(),
		requests: [],
		nextRequest: 1,
		exiting: false,
		items: [],
	};
}
