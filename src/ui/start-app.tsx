import type {CommandContext} from '../cli/command.js';
import type {Screen} from '../core/app/app-state.js';
import type {LaunchCommand} from '../core/app/home-items.js';
import {summariseProgress} from '../core/app/progress-summary.js';
import {formatProblem} from '../core/content/content-problem.js';
import type {LoadedContent} from '../core/content/load-content.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {readProgressSnapshot} from '../adapters/progress-snapshot.js';
import {readShippedCatalog} from '../cli/shipped-catalog.js';
import {App, type FirstFrame} from './App.js';
import type {AppServices} from './app-services.js';
import {canShowUnicode} from '../cli/terminal.js';
import {VERSION} from '../cli/version.js';
import {renderFullScreen} from './render-full-screen.js';

export type StartScreen = {kind: 'home'} | {kind: 'lesson'; lesson: string} | {kind: 'sandbox'};

export interface Preloaded {
	/** Content the command has loaded already (`kubetutor lesson ID` looks the lesson up first). */
	content?: LoadedContent;
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
			const [{loadAllContent}, {quizEntries}] = await Promise.all([import('../adapters/content-files.js'), import('../core/content/load-content.js')]);
			const content = preloaded.content ?? loadAllContent(context.options.content, context.cwd);
			return {lessons: content.lessons, quizzes: quizEntries(content.quizzes), warnings: content.problems.map(formatProblem)};
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
function firstFrame(context: CommandContext, preloaded: Preloaded): FirstFrame {
	const shipped = preloaded.content || context.options.content.length > 0 ? undefined : readShippedCatalog();
	const snapshot = readProgressSnapshot(context.env);
	return {
		...(shipped ? {content: {lessons: shipped.lessons, quizzes: shipped.quizzes, warnings: []}} : {}),
		...(snapshot ? {progress: summariseProgress(snapshot, new Date())} : {}),
	};
}

/**
 * Renders the full-screen app on the terminal's alternate screen (so the shell's scrollback is
 * left as it was, and a resize has no reflowed old frame to leave behind) and resolves with the
 * exit status once it has quit. The terminal is put back however the app ends. `onLaunch` hears
 * of a command the home hands over to (the hands-on exam, a drill) as the app closes.
 */
export async function startApp(context: CommandContext, start: StartScreen, preloaded: Preloaded, onLaunch?: (command: LaunchCommand) => void): Promise<number> {
	let code = 0;
	const services = realServices(context, preloaded);
	const app = <App services={services} initialScreen={screenOf(start)} first={firstFrame(context, preloaded)} onExit={(status, launch) => {
		code = status;
		if (launch) onLaunch?.(launch);
	}} />;
	if (!(await renderFullScreen(context, app))) code = 1;
	for (const warning of await services.laterWarnings()) context.stderr.write(`${warning}\n`);
	return code;
}
