import type {PracticeState} from '../core/practice/practice-session.js';
import type {TaskCheckReport} from '../core/app/actions.js';
import type {QuizEntry} from '../core/app/home-items.js';
import type {Lesson} from '../core/content/lesson.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import type {LessonSandbox} from '../core/progress/progress-schema.js';
import type {MarkdownRenderer} from '../adapters/markdown.js';
import type {QuizMode} from '../core/app/app-state.js';
import type {StartedQuiz} from './quiz-start.js';

/** A file `kubectl edit` opens in the sandbox's editor. */
export interface EditorFile {
	title: string;
	text: string;
}

/**
 * The sandboxes the app keeps alive across screens: one simulated cluster per lesson (and a free
 * one), the shell on the current one. `waited` is the simulated time (ms) that passed on the
 * lesson's cluster before a step, so its history replays exactly (docs/architecture.md, "One sandbox per lesson").
 */
export interface SandboxSession {
	prompt(): string;
	/** The seed the clusters are created with; undefined for the default. */
	readonly seed?: number;
	/**
	 * `lesson` names the lesson whose cluster ran the command (none in the free sandbox); `tutor`:
	 * the line was the tutor's own command (`check`, `hint`…), which changes no object. `running`:
	 * the command stays in the foreground (its name) until `job` reports it ended.
	 */
	run(command: string, stdin?: string): Promise<{output: string; exitCode: number; clear?: boolean; leave?: boolean; running?: string; editor?: EditorFile; lesson?: string; waited?: number; tutor?: boolean}>;
	/** The editor closed with `text`: kubectl's output, or the file reopened with kubectl's error comments. */
	edit(text: string): Promise<{output: string; exitCode: number; editor?: EditorFile}>;
	/** The foreground job: the wall clock moved on (`tick`) or Ctrl+C (`interrupt`); what it printed meanwhile. */
	job(signal: 'tick' | 'interrupt'): Promise<{output: string; exitCode: number; running?: string}>;
	complete(input: string): Promise<{input: string; candidates: string[]}>;
	/**
	 * Makes the lesson's cluster the current one: the one kept from earlier in this run, else one
	 * rebuilt from `kept` (its steps from progress), else a fresh one in its tasks' starting state.
	 */
	setUpTasks(lesson: Lesson, kept?: LessonSandbox): Promise<{transcript: string; waited: number}>;
	/** A fresh cluster in the lesson's starting state; returns what to show in the transcript. */
	resetTasks(lesson: Lesson): Promise<string>;
	/** Checks the lesson's tasks after letting the time since its last step pass (`c` in the lesson). */
	checkNow(lesson: Lesson): Promise<{tasks: TaskCheckReport[]; waited: number}>;
	checkTasks(lesson: Lesson): TaskCheckReport[];
	/** The lesson's practice session as plain data (hints asked, solutions shown, checks), to save with progress. */
	practice?(): PracticeState | undefined;
}

/**
 * Everything the app needs from the outside world, injected so screen tests can use fakes and
 * start-up can load each piece only when it is first needed.
 */
export interface AppServices {
	version: string;
	/** False on terminals that cannot show box drawing (LANG=C): diagrams and marks become ASCII. */
	unicode: boolean;
	loadContent(): Promise<{lessons: Lesson[]; quizzes: QuizEntry[]; warnings: string[]}>;
	openProgress(): Promise<ProgressStore | undefined>;
	loadRenderer(): Promise<MarkdownRenderer>;
	createSandbox(): Promise<SandboxSession>;
	/** A quiz session for the quiz screen, or a message when there is nothing to ask. */
	startQuiz(request: {quiz?: string; mode: QuizMode}): Promise<StartedQuiz | {message: string}>;
	/** Starts loading quiz content in the background (the learner is looking at the quiz list). */
	prepareQuizzes?(): void;
}
