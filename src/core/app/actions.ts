import type {EditorOp} from './text-editor.js';
import type {HintState} from '../lessons/hint-state.js';
import type {Lesson} from '../content/lesson.js';
import type {QuizEntry} from './home-items.js';
import type {Size} from './layout.js';
import type {ProgressSummary} from './progress-summary.js';
import type {RenderedLesson, Screen} from './app-state.js';
import type {QuizSession, SessionAction} from '../quiz/quiz-session.js';

/** What a check of the lesson's tasks found, as the shell adapter reports it. */
export interface TaskCheckReport {
	id: string;
	passed: boolean;
	why?: string;
	/** Hints asked and solution shown in the sandbox (`hint`, `solution`, a completing manifest). */
	hint?: HintState;
}

/** What performing a request produced. */
export type RequestResult =
	/** `running`: the command goes on in the foreground (its name), until a later result without it. */
	| {kind: 'run'; output: string; exitCode: number; prompt: string; clear?: boolean; leave?: boolean; running?: string; editor?: {title: string; text: string}; tasks?: TaskCheckReport[]}
	| {kind: 'complete'; input: string; candidates: string[]}
	| {kind: 'start-tasks'; transcript: string; prompt: string; tasks: TaskCheckReport[]}
	| {kind: 'quiz-started'; session: QuizSession}
	| {kind: 'quiz-message'; message: string}
	| {kind: 'quiz-task'; passed: boolean; now: number}
	| {kind: 'quiz-command'; text: string; sameResult: boolean | undefined; now: number}
	| {kind: 'done'}
	| {kind: 'failed'; message: string};

export type Action =
	/** `now`: when the key was pressed (a quiz records when each answer was given). */
	| {type: 'key'; name: string; now?: number}
	| {type: 'app/resize'; size: Size}
	| {type: 'app/loaded'; lessons: Lesson[]; quizzes: QuizEntry[]; warnings: string[]}
	| {type: 'app/progress'; progress: ProgressSummary; warnings?: string[]}
	| {type: 'app/quit'}
	| {type: 'nav/open'; screen: Screen}
	| {type: 'nav/back'}
	| {type: 'help/toggle'}
	| {type: 'help/close'}
	| {type: 'home/move'; delta: number}
	| {type: 'home/select'}
	| {type: 'lesson/rendered'; rendered: RenderedLesson}
	| {type: 'lesson/scroll'; lines: number}
	| {type: 'lesson/page'; pages: number}
	| {type: 'lesson/edge'; edge: 'top' | 'bottom'}
	| {type: 'lesson/neighbour'; step: 1 | -1}
	| {type: 'lesson/apply'; number?: number}
	| {type: 'lesson/quiz'}
	| {type: 'tasks/hint'}
	| {type: 'tasks/reveal'}
	| {type: 'quiz/session'; action: SessionAction}
	| {type: 'quiz/scroll'; lines: number}
	| {type: 'quiz/check-task'}
	| {type: 'quiz/leave'}
	| {type: 'sandbox/type'; text: string}
	| {type: 'sandbox/backspace'}
	| {type: 'sandbox/submit'}
	| {type: 'sandbox/history'; step: 1 | -1}
	| {type: 'sandbox/complete'}
	| {type: 'sandbox/interrupt'}
	| {type: 'sandbox/eof'}
	| {type: 'sandbox/scroll'; lines: number}
	| {type: 'sandbox/clear-line'}
	/** A second of wall-clock time passed with a job in the foreground (the Ink root's timer). */
	| {type: 'sandbox/tick'}
	/** The editor `kubectl edit` opened: a change or a move, save and close, close without saving. */
	| {type: 'sandbox/editor-op'; op: EditorOp}
	| {type: 'sandbox/editor-save'}
	| {type: 'sandbox/editor-quit'}
	| {type: 'request/taken'; ids: number[]}
	| {type: 'request/done'; id: number; result: RequestResult};

/** The actions of the sandbox prompt, handled by `sandboxReducer`. */
export type SandboxAction = Extract<Action, {type: `sandbox/${string}`}>;
