import {render} from 'ink';
import type {CommandContext} from '../cli/command.js';
import type {Screen} from '../core/app/app-state.js';
import type {QuizEntry} from '../core/app/home-items.js';
import {summariseProgress} from '../core/app/progress-summary.js';
import type {LessonCatalog} from '../core/content/lesson-catalog.js';
import {formatContentError} from '../core/content/lesson.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {readProgressSnapshot} from '../adapters/progress-snapshot.js';
import {readShippedCatalog} from '../cli/shipped-catalog.js';
import {App, type FirstFrame} from './App.js';
import {ErrorBoundary} from './components/ErrorBoundary.js';
import {FullScreen} from './components/FullScreen.js';
import type {AppServices} from './app-services.js';
import {canShowUnicode} from '../cli/terminal.js';
import {ungated} from '../cli/output-gate.js';
import {VERSION} from '../cli/version.js';
import {openTerminalSession} from './terminal-session.js';

export type StartScreen = {kind: 'home'} | {kind: 'lesson'; lesson: string} | {kind: 'sandbox'};

export interface Preloaded {
	catalog?: LessonCatalog;
	/** With `catalog`, the quiz list: then nothing is read from the content files before the first frame. */
	quizzes?: QuizEntry[];
	store?: ProgressStore;
	sandbox?: {seed?: number; cloud?: 'kind' | 'none'; workers?: number};
}

function screenOf(start: StartScreen): Screen {
	if (start.kind === 'lesson') return {kind: 'lesson', lesson: start.lesson, offset: 0};
	if (start.kind === 'sandbox') return {kind: 'sandbox'};
	return {kind: 'home', cursor: 0};
}

/** The real services: files, the progress store, marked and the simulator, each loaded when first needed. */
export function realServices(context: CommandContext, preloaded: Preloaded): AppServices & {laterWarnings(): Promise<string[]>} {
	// One store for the whole app: it is read once into memory, so the quiz screen and the home
	// must share it to see each other's answers.
	let store: Promise<ProgressStore | undefined> | undefined;
	// The home shows the warnings of opening; a save that fails later is told after the app quits.
	let shownAtOpen = 0;
	return {
		async laterWarnings() {
			const opened = await store;
			return opened ? opened.warnings.slice(shownAtOpen) : [];
		},
		version: VERSION,
		unicode: canShowUnicode(context.env),
		async loadContent() {
			const [{loadLessonCatalog}, {listQuizzes}] = await Promise.all([import('../cli/content-files.js'), import('../cli/quiz-list.js')]);
			const catalog = preloaded.catalog ?? loadLessonCatalog(context.options.content, context.cwd);
			return {lessons: catalog.lessons, quizzes: preloaded.quizzes ?? listQuizzes(context.options.content, context.cwd), warnings: catalog.errors.map(formatContentError)};
		},
		openProgress() {
			store ??= (preloaded.store ? Promise.resolve(preloaded.store) : import('../cli/progress-access.js').then(access => access.loadProgressStore(context.env))).then(opened => {
				shownAtOpen = opened?.warnings.length ?? 0;
				return opened;
			});
			return store;
		},
		async loadRenderer() {
			const {loadMarkdownRenderer} = await import('../adapters/markdown.js');
			return loadMarkdownRenderer();
		},
		prepareQuizzes() {
			void import('./quiz-start.js')
				.then(module => module.loadQuizContent(context.options.content, context.cwd))
				.catch(() => undefined);
		},
		async startQuiz(request) {
			const [{startQuiz}, store] = await Promise.all([import('./quiz-start.js'), this.openProgress()]);
			return startQuiz(request, store, context.options.content, context.cwd);
		},
		async createSandbox() {
			const {createSandboxSession} = await import('./sandbox-session.js');
			return createSandboxSession(preloaded.sandbox ?? {});
		},
	};
}

/**
 * What the first frame shows without loading the YAML parser or the content files, or opening the
 * progress store: the catalog built with the package (shipped content only) and the progress file.
 * The loader and the progress store still run after the first frame for what this leaves out.
 */
function firstFrame(context: CommandContext, preloaded: Preloaded): {frame: FirstFrame; preloaded: Preloaded} {
	const shipped = preloaded.catalog || context.options.content.length > 0 ? undefined : readShippedCatalog();
	const loaded = shipped ? {...preloaded, ...shipped} : preloaded;
	const snapshot = readProgressSnapshot(context.env);
	const frame: FirstFrame = {
		...(loaded.catalog && loaded.quizzes ? {content: {lessons: loaded.catalog.lessons, quizzes: loaded.quizzes, warnings: loaded.catalog.errors.map(formatContentError)}} : {}),
		...(snapshot ? {progress: summariseProgress(snapshot, new Date())} : {}),
	};
	return {frame, preloaded: loaded};
}

/**
 * Renders the full-screen app on the terminal's alternate screen (so the shell's scrollback is
 * left as it was, and a resize has no reflowed old frame to leave behind) and resolves with the
 * exit status once it has quit. The terminal is put back however the app ends.
 */
export async function startApp(context: CommandContext, start: StartScreen, preloaded: Preloaded): Promise<number> {
	let code = 0;
	// Ink draws with escape sequences of its own; the app's texts are gated where they are drawn.
	const stdout = ungated(context.stdout);
	const terminal = openTerminalSession({stdin: context.stdin, stdout, stderr: context.stderr});
	const first = firstFrame(context, preloaded);
	const services = realServices(context, first.preloaded);
	const app = <App services={services} initialScreen={screenOf(start)} first={first.frame} onExit={status => (code = status)} />;
	const instance = render(
		<ErrorBoundary>
			<FullScreen terminal={terminal}>{app}</FullScreen>
		</ErrorBoundary>,
		{
			stdin: context.stdin as NodeJS.ReadStream,
			stdout: stdout as NodeJS.WriteStream,
			stderr: context.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
			// Ink draws at most this often (a keystroke after a quiet moment is drawn at once): at 60 a
			// frame that follows a keystroke or a command's output waits at most 17 ms.
			maxFps: 60,
		},
	);
	terminal.onEnd(() => instance.unmount());
	try {
		await instance.waitUntilExit();
	} catch {
		code = 1;
	} finally {
		terminal.close();
	}
	for (const warning of await services.laterWarnings()) context.stderr.write(`${warning}\n`);
	return code;
}
