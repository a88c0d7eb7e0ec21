import {useApp, useInput} from 'ink';
import {useEffect, useReducer, useRef} from 'react';
import type {Action, RequestResult} from '../core/app/actions.js';
import type {LaunchCommand, QuizEntry} from '../core/app/home-items.js';
import type {ProgressSummary} from '../core/app/progress-summary.js';
import type {Lesson as LessonData} from '../core/content/lesson.js';
import {initialState, type AppState, type Request, type Screen} from '../core/app/app-state.js';
import {asciiText} from '../core/app/ascii-text.js';
import {keyName} from '../core/app/key-name.js';
import {activeBindings, footerText} from '../core/app/keymap.js';
import {quizArea} from '../core/app/quiz-reducer.js';
import {statusLine} from '../core/app/status-line.js';
import {bodyHeight, readingWidth, type Size} from '../core/app/layout.js';
import {summariseProgress} from '../core/app/progress-summary.js';
import {reducer} from '../core/app/reducer.js';
import {markLastVisited, markLessonDone, recordHelp, recordSandboxStep, recordTask, resetLessonSandbox} from '../core/progress/progress-ops.js';
import type {SandboxStep} from '../core/progress/progress-schema.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import type {AppServices, SandboxSession} from './app-services.js';
import type {StartedQuiz} from './quiz-start.js';
import {Frame} from './components/Frame.js';
import {HelpOverlay} from './components/HelpOverlay.js';
import {QuizHost} from './components/QuizHost.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {Home} from './screens/Home.js';
import {Lesson, lessonPageText} from './screens/Lesson.js';
import {Progress} from './screens/Progress.js';
import {Sandbox} from './screens/Sandbox.js';

/** What the first frame can show at once; the rest loads after it (start-app.tsx). */
export interface FirstFrame {
	content?: {lessons: LessonData[]; quizzes: QuizEntry[]; warnings: string[]};
	progress?: ProgressSummary;
}

export interface AppProps {
	services: AppServices;
	initialScreen?: Screen;
	first?: FirstFrame;
	/** Called once when the app decides to quit, with the exit status. */
	/** `launch`: the command the home hands over to (home-command.ts runs it, then opens the home again). */
	onExit?: (code: number, launch?: LaunchCommand) => void;
}

function message(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

function titleOf(state: AppState, version: string): {title: string; context?: string} {
	const screen = state.screen;
	switch (screen.kind) {
		case 'home':
			return {title: `kubetutor ${version} — Kubernetes Services, hands on`};
		case 'lesson': {
			const index = state.lessons.findIndex(lesson => lesson.id === screen.lesson);
			const lesson = state.lessons[index];
			return {title: lesson ? `Lesson ${index + 1}/${state.lessons.length}: ${lesson.title}` : 'Lesson', context: lessonPageText(state)};
		}
		case 'sandbox':
			return {title: 'Sandbox — simulated kind cluster', context: state.sandbox.scroll > 0 ? `scrolled back ${state.sandbox.scroll} lines` : 'kind v1.34'};
		case 'quiz':
			return {title: screen.mode === 'exam' ? 'Exam' : screen.mode === 'review' ? 'Review' : 'Quiz'};
		case 'progress':
			return {title: 'Your progress'};
		case 'quizzes':
			return {title: 'Quizzes'};
	}
}

/**
 * The app: one reducer, one root input hook that only dispatches key names, and effects at the
 * edge (loading content and progress after the first frame, running the sandbox, saving).
 */
function startState(size: Size, screen: Screen | undefined, first: FirstFrame | undefined): AppState {
	let state = initialState(size, screen);
	if (first?.content) state = reducer(state, {type: 'app/loaded', ...first.content});
	if (first?.progress) state = reducer(state, {type: 'app/progress', progress: first.progress});
	return state;
}

/** How often a foreground job in the sandbox looks at the wall clock. */
const JOB_TICK_MS = 500;

export function App({services, initialScreen, first, onExit}: AppProps) {
	const size = useTerminalSize();
	const [state, dispatch] = useReducer(reducer, undefined, () => startState(size, initialScreen, first));
	const {exit} = useApp();
	const store = useRef<ProgressStore | undefined>(undefined);
	const storeReady = useRef<Promise<ProgressStore | undefined> | undefined>(undefined);
	const sandbox = useRef<Promise<SandboxSession> | undefined>(undefined);
	const queue = useRef<Promise<void>>(Promise.resolve());
	const unicode = services.unicode;
	const transform = unicode ? (line: string) => line : asciiText;

	// The one input handler, always active (so Ink keeps raw mode on): every key of every screen,
	// the quiz's included, is resolved by the keymap in the reducer.
	useInput((input, key) => dispatch({type: 'key', name: keyName(input, key), now: Date.now()}));
	// The quiz session started by the shell: how to save its answers and check its tasks.
	const quiz = useRef<StartedQuiz | undefined>(undefined);

	useEffect(() => {
		dispatch({type: 'app/resize', size});
	}, [size.columns, size.rows]);

	// Content and progress load after the first frame, so the home screen appears at once; what the
	// first frame already showed is not loaded again, and the store's summary replaces the snapshot's.
	useEffect(() => {
		let live = true;
		void (async () => {
			try {
				const content = first?.content ?? (await services.loadContent());
				if (live && !first?.content) dispatch({type: 'app/loaded', ...content});
			} catch (error) {
				if (live) dispatch({type: 'app/loaded', lessons: [], quizzes: [], warnings: [`lessons could not be loaded: ${message(error)}`]});
			}
			storeReady.current = services.openProgress().catch(() => undefined);
			const opened = await storeReady.current;
			store.current = opened;
			if (live && opened) dispatch({type: 'app/progress', progress: summariseProgress(opened.get(), new Date()), warnings: opened.warnings});
		})();
		return () => {
			live = false;
		};
	}, []);

	// An exam's countdown moves once a second while it runs.
	const exam = state.quiz?.status === 'running' && state.quiz.session.deadline !== undefined && state.quiz.session.phase !== 'finished';
	useEffect(() => {
		if (!exam) return;
		const timer = setInterval(() => dispatch({type: 'quiz/session', action: {type: 'quiz/tick', now: Date.now()}}), 1000);
		return () => clearInterval(timer);
	}, [exam]);

	// A job in the sandbox's foreground follows the wall clock (docs/simulation.md, "Jobs").
	const job = state.sandbox.job !== undefined;
	useEffect(() => {
		if (!job) return;
		const timer = setInterval(() => dispatch({type: 'sandbox/tick'}), JOB_TICK_MS);
		return () => clearInterval(timer);
	}, [job]);

	// Quiz content takes a moment to load and check: start while the learner picks a quiz.
	useEffect(() => {
		if (state.screen.kind === 'quizzes') services.prepareQuizzes?.();
	}, [state.screen.kind]);

	// The lesson in view is rendered at the reading width, and again after a resize.
	const screen = state.screen;
	const lessonId = screen.kind === 'lesson' ? screen.lesson : undefined;
	const width = readingWidth(state.size);
	useEffect(() => {
		if (!lessonId || !state.loaded) return;
		if (state.rendered?.lesson === lessonId && state.rendered.width === width) return;
		const lesson = state.lessons.find(candidate => candidate.id === lessonId);
		if (!lesson) return;
		let live = true;
		void services
			.loadRenderer()
			.then(render => render(lesson.body, {width, ascii: !unicode}))
			.catch((error: unknown) => ({lines: [`This lesson cannot be shown: ${message(error)}`], manifests: []}))
			.then(out => {
				if (live) dispatch({type: 'lesson/rendered', rendered: {lesson: lessonId, width, ...out}});
			});
		return () => {
			live = false;
		};
	}, [lessonId, width, state.loaded]);

	const session = (): Promise<SandboxSession> => (sandbox.current ??= services.createSandbox());
	// On the sandbox screen the simulator loads while the learner types the first command.
	useEffect(() => {
		if (state.screen.kind === 'sandbox') void session().catch(() => undefined);
	}, [state.screen.kind]);
	// The lesson whose checklist is live: every command is followed by a check of its tasks.
	const tasksLesson = useRef<string | undefined>(undefined);
	tasksLesson.current = state.tasks?.lesson;

	// The store opens right after the content; a request that needs it (a lesson's kept cluster) waits for it.
	const openedStore = async (): Promise<ProgressStore | undefined> => {
		for (let tries = 0; !store.current && !storeReady.current && tries < 100; tries++) await new Promise(resolve => setTimeout(resolve, 10));
		return store.current ?? (await storeReady.current);
	};

	const perform = async (request: Request): Promise<RequestResult> => {
		const lessonOf = (id: string) => state.lessons.find(lesson => lesson.id === id);
		// Progress is saved once the store is open, even when the learner was quicker than it.
		const save = async (change: Parameters<ProgressStore['update']>[0]) => {
			const opened = await openedStore();
			if (!opened) return;
			const progress = opened.update(change);
			dispatch({type: 'app/progress', progress: summariseProgress(progress, new Date())});
		};
		const now = new Date().toISOString();
		const step = (lesson: string, entry: SandboxStep, seed: number | undefined) => save(progress => recordSandboxStep(progress, lesson, entry, now, seed));
		switch (request.kind) {
			case 'run': {
				const shell = await session();
				const result = await shell.run(request.command, request.stdin);
				const current = tasksLesson.current ? lessonOf(tasksLesson.current) : undefined;
				// Every command in a lesson's cluster is kept, so the cluster survives a restart.
				const wait = result.waited ? {wait: result.waited} : {};
				if (result.lesson && result.tutor && result.waited) await step(result.lesson, wait, shell.seed);
				else if (result.lesson && !result.tutor) await step(result.lesson, {...wait, run: request.command, ...(request.stdin === undefined ? {} : {stdin: request.stdin})}, shell.seed);
				const {lesson: _lesson, waited: _waited, tutor: _tutor, ...shown} = result;
				return {kind: 'run', ...shown, prompt: shell.prompt(), ...(current ? {tasks: shell.checkTasks(current)} : {})};
			}
			case 'job': {
				const shell = await session();
				const result = await shell.job(request.signal);
				const current = tasksLesson.current ? lessonOf(tasksLesson.current) : undefined;
				return {kind: 'run', ...result, prompt: shell.prompt(), ...(current && !result.running ? {tasks: shell.checkTasks(current)} : {})};
			}
			case 'edit': {
				const shell = await session();
				const result = await shell.edit(request.text);
				const current = tasksLesson.current ? lessonOf(tasksLesson.current) : undefined;
				return {kind: 'run', ...result, prompt: shell.prompt(), ...(current && !result.editor ? {tasks: shell.checkTasks(current)} : {})};
			}
			case 'complete': {
				const shell = await session();
				return {kind: 'complete', ...(await shell.complete(request.input))};
			}
			case 'start-tasks': {
				const lesson = lessonOf(request.lesson);
				if (!lesson) return {kind: 'done'};
				const shell = await session();
				const kept = (await openedStore())?.get().lessons[lesson.id]?.sandbox ?? state.progress.lessons[lesson.id]?.sandbox;
				const {transcript, waited} = await shell.setUpTasks(lesson, kept);
				if (waited) await step(lesson.id, {wait: waited}, shell.seed);
				return {kind: 'start-tasks', transcript, prompt: shell.prompt(), tasks: shell.checkTasks(lesson)};
			}
			case 'reset-tasks': {
				const lesson = lessonOf(request.lesson);
				if (!lesson) return {kind: 'done'};
				const shell = await session();
				const transcript = await shell.resetTasks(lesson);
				await save(progress => resetLessonSandbox(progress, lesson.id));
				return {kind: 'start-tasks', transcript, prompt: shell.prompt(), tasks: shell.checkTasks(lesson)};
			}
			case 'check-tasks': {
				const lesson = lessonOf(request.lesson);
				if (!lesson) return {kind: 'done'};
				const shell = await session();
				const {tasks, waited} = await shell.checkNow(lesson);
				if (waited) await step(lesson.id, {wait: waited}, shell.seed);
				return {kind: 'check-tasks', tasks};
			}
			case 'task-help':
				await save(progress => recordHelp(progress, request.lesson, request.task, {hints: request.hints, ...(request.solution ? {solution: now} : {})}));
				return {kind: 'done'};
			case 'visit':
				await save(progress => markLastVisited(progress, request.lesson, now));
				return {kind: 'done'};
			case 'record-task':
				await save(progress => recordTask(progress, request.lesson, request.task, {passed: request.passed, assisted: request.assisted, at: now}));
				return {kind: 'done'};
			case 'lesson-done':
				await save(progress => markLessonDone(progress, request.lesson, now, request.assisted));
				return {kind: 'done'};
			case 'start-quiz': {
				const started = await services.startQuiz(request.quiz ? {quiz: request.quiz, mode: request.mode} : {mode: request.mode});
				if ('message' in started) return {kind: 'quiz-message', message: started.message};
				quiz.current = started;
				return {kind: 'quiz-started', session: started.session};
			}
			case 'record-answer': {
				quiz.current?.onResult(request.result);
				const opened = store.current ?? (await storeReady.current);
				if (opened) dispatch({type: 'app/progress', progress: summariseProgress(opened.get(), new Date())});
				return {kind: 'done'};
			}
			case 'check-quiz-task':
				return {kind: 'quiz-task', passed: quiz.current?.taskPassed(request.lesson, request.task) ?? false, now: Date.now()};
			case 'check-quiz-command':
				return {kind: 'quiz-command', text: request.text, sameResult: quiz.current?.sameCommandResult?.(request.question, request.text), now: Date.now()};
		}
	};

	// Requests run one after another, in order, each result dispatched back to the reducer.
	useEffect(() => {
		if (state.requests.length === 0) return;
		const taken = state.requests;
		dispatch({type: 'request/taken', ids: taken.map(request => request.id)});
		for (const request of taken) {
			queue.current = queue.current.then(async () => {
				let result: RequestResult;
				try {
					result = await perform(request);
				} catch (error) {
					result = {kind: 'failed', message: `kubetutor: ${message(error)}`};
				}
				dispatch({type: 'request/done', id: request.id, result} satisfies Action);
			});
		}
	}, [state.requests]);

	useEffect(() => {
		if (!state.exiting) return;
		onExit?.(0, state.launch);
		exit();
	}, [state.exiting]);

	const height = bodyHeight(state.size);
	const {title, context} = titleOf(state, services.version);
	const status = statusLine(state);
	const footer = state.help ? 'any key closes the help' : footerText(screen.kind, state.size.columns, state);
	let body;
	if (state.help) body = <HelpOverlay bindings={activeBindings(state)} height={height} />;
	else if (screen.kind === 'home' || screen.kind === 'quizzes') body = <Home state={state} height={height} transform={transform} />;
	else if (screen.kind === 'lesson') body = <Lesson state={state} height={height} transform={transform} />;
	else if (screen.kind === 'sandbox') body = <Sandbox state={state} height={height} transform={transform} />;
	else if (screen.kind === 'progress') body = <Progress state={state} height={height} transform={transform} />;
	else body = <QuizHost quiz={state.quiz} {...quizArea(state)} />;
	return (
		<Frame size={state.size} title={transform(title)} {...(context ? {context: transform(context)} : {})} {...(status ? {status: transform(status)} : {})} footer={transform(footer)}>
			{body}
		</Frame>
	);
}
