import type {PracticeState} from '../core/practice/practice-session.js';
import type {TaskCheckReport} from '../core/app/actions.js';
import type {QuizEntry} from '../core/app/home-items.js';
import type {Lesson} from '../core/content/lesson.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import type {MarkdownRenderer} from '../adapters/markdown.js';
import type {QuizMode} from '../core/app/app-state.js';
import type {StartedQuiz} from './quiz-start.js';

/** The one sandbox the app keeps alive across screens: the simulated cluster behind a shell. */
/** A file `kubectl edit` opens in the sandbox's editor. */
export interface EditorFile {
	title: string;
	text: string;
}

export interface SandboxSession {
	prompt(): string;
	/** `running`: the command stays in the foreground (its name) until `job` reports it ended. */
	run(command: string, stdin?: string): Promise<{output: string; exitCode: number; clear?: boolean; leave?: boolean; running?: string; editor?: EditorFile}>;
	/** The editor closed with `text`: kubectl's output, or the file reopened with kubectl's error comments. */
	edit(text: string): Promise<{output: string; exitCode: number; editor?: EditorFile}>;
	/** The foreground job: the wall clock moved on (`tick`) or Ctrl+C (`interrupt`); what it printed meanwhile. */
	job(signal: 'tick' | 'interrupt'): Promise<{output: string; exitCode: number; running?: string}>;
	complete(input: string): Promise<{input: string; candidates: string[]}>;
	/** Runs the starting state of the lesson's tasks; returns what to show in the transcript. */
	setUpTasks(lesson: Lesson): Promise<string>;
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
