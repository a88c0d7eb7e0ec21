import type {Action, RequestResult} from './actions.js';
import type {AppState, RequestBody, Screen} from './app-state.js';
import {homeItems, quizItems, type HomeItem} from './home-items.js';
import {resolveKey} from './keymap.js';
import {bodyHeight, innerWidth} from './layout.js';
import {clampOffset, maxOffset, snapToPage, turnPage} from './lesson-paging.js';
import {quizAction, quizResult, startQuiz} from './quiz-reducer.js';
import {sandboxReducer, sandboxResult} from './sandbox-reducer.js';
import {taskPanel} from './task-panel.js';
import {allDone, applyReports, focusTask, helpLine, tasksFor, withRecord} from './tasks-view.js';
import {hasMoreHints, hintReducer, MAX_HINT_LEVEL} from '../lessons/hint-state.js';

/** The keys the lesson's task panel names in its head. */
export const LESSON_TASK_KEYS = 'c check · h hint · r solution';

function push(state: AppState, request: RequestBody): AppState {
	return {...state, requests: [...state.requests, {...request, id: state.nextRequest} as AppState['requests'][number]], nextRequest: state.nextRequest + 1};
}

function open(state: AppState, screen: Screen): AppState {
	if (state.screen.kind === screen.kind && screen.kind !== 'lesson') return state;
	const back = [...state.back, state.screen].slice(-20);
	let next: AppState = {...state, screen, back, help: false, status: undefined};
	if (screen.kind === 'lesson') next = enterLesson(next, screen.lesson);
	if (screen.kind === 'quiz') next = startQuiz(next, {...(screen.quiz ? {quiz: screen.quiz} : {}), mode: screen.mode}, push);
	return next;
}

/** Opening a lesson: remember it for "continue", and set up its tasks the first time. */
function enterLesson(state: AppState, id: string): AppState {
	const lesson = state.lessons.find(candidate => candidate.id === id);
	if (!lesson) return state;
	let next = push(state, {kind: 'visit', lesson: id});
	if (next.tasks?.lesson !== id) {
		const tasks = tasksFor(lesson, state.progress.lessons[id]);
		if (tasks) next = push({...next, tasks}, {kind: 'start-tasks', lesson: id});
	}
	return next;
}

/** Height of the lesson text viewport for the current state. */
export function lessonViewportHeight(state: AppState): number {
	return bodyHeight(state.size, lessonTasks(state) ? taskPanel(lessonTasks(state)!, state.size, LESSON_TASK_KEYS).height : 0);
}

/** The tasks of the lesson in view, when it has any. */
export function lessonTasks(state: AppState): AppState['tasks'] {
	return state.tasks && state.screen.kind === 'lesson' && state.tasks.lesson === state.screen.lesson ? state.tasks : undefined;
}

function lessonTotal(state: AppState): number {
	const screen = state.screen;
	if (screen.kind !== 'lesson' || state.rendered?.lesson !== screen.lesson) return 0;
	return state.rendered.lines.length;
}

function scrollLesson(state: AppState, to: (offset: number, height: number) => number): AppState {
	const screen = state.screen;
	if (screen.kind !== 'lesson') return state;
	const height = lessonViewportHeight(state);
	const total = lessonTotal(state);
	const offset = clampOffset(to(screen.offset, height), total, height);
	const atEnd = total > 0 && offset >= maxOffset(total, height) && offset !== screen.offset;
	let next: AppState = {...state, screen: {...screen, offset}, status: atEnd ? endOfLessonStatus(state, screen.lesson) : undefined};
	// A lesson without tasks is done once it has been read to the end.
	const lesson = state.lessons.find(candidate => candidate.id === screen.lesson);
	if (lesson && lesson.tasks === undefined && total > 0 && offset >= maxOffset(total, height) && !state.progress.done.includes(lesson.id)) {
		next = push({...next, progress: {...next.progress, done: [...next.progress.done, lesson.id]}}, {kind: 'lesson-done', lesson: lesson.id, assisted: false});
	}
	return next;
}

function neighbour(state: AppState, step: 1 | -1): AppState {
	const screen = state.screen;
	if (screen.kind !== 'lesson') return state;
	const index = state.lessons.findIndex(lesson => lesson.id === screen.lesson);
	const target = state.lessons[index + step];
	if (!target) return {...state, status: step === 1 ? 'This is the last lesson. Esc goes back home.' : 'This is the first lesson.'};
	return enterLesson({...state, screen: {kind: 'lesson', lesson: target.id, offset: 0}, status: undefined}, target.id);
}

/** `a`: the first manifest on the page in view, else the next one below it; `3`: manifest [3]. */
function applyManifest(state: AppState, number?: number): AppState {
	const screen = state.screen;
	if (screen.kind !== 'lesson' || state.rendered?.lesson !== screen.lesson) return state;
	const {manifests} = state.rendered;
	if (manifests.length === 0) return {...state, status: 'This lesson has no manifest to try.'};
	if (number !== undefined && !manifests.some(candidate => candidate.number === number)) {
		return {...state, status: `There is no manifest [${number}]; this lesson has ${manifests.length === 1 ? '[1]' : `[1] to [${manifests.length}]`}.`};
	}
	const manifest = number !== undefined ? manifests.find(candidate => candidate.number === number)! : manifests.find(candidate => candidate.line >= screen.offset) ?? manifests[manifests.length - 1];
	// The request's id marks its result as this apply's (the status line is only what it says).
	const next = {...push(state, {kind: 'run', command: 'kubectl apply -f -', stdin: manifest.yaml}), applying: state.nextRequest};
	const echo = {text: `${state.sandbox.prompt}kubectl apply -f -   # manifest [${manifest.number}] from the lesson`, kind: 'command' as const};
	return {...next, sandbox: {...next.sandbox, busy: true, transcript: [...next.sandbox.transcript, echo]}, status: `Applying manifest [${manifest.number}] in the sandbox…`};
}

/** Said once the last page is reached: where to go from here, with keys that work in the reader. */
function endOfLessonStatus(state: AppState, id: string): string {
	const last = state.lessons.at(-1)?.id === id;
	const next = last ? 'Esc goes home' : 'n opens the next lesson';
	return quizOf(state, id) ? `End of the lesson: t takes its quiz, ${next}.` : `End of the lesson: ${next}.`;
}

function quizOf(state: AppState, id: string): string | undefined {
	const named = state.lessons.find(candidate => candidate.id === id)?.frontMatter.quiz;
	const quiz = typeof named === 'string' ? named : id;
	return state.quizzes.some(candidate => candidate.id === quiz) ? quiz : undefined;
}

/** `t`: the lesson's own quiz (front matter `quiz:`, else the quiz with the lesson's id); Esc comes back here. */
function lessonQuiz(state: AppState): AppState {
	const screen = state.screen;
	if (screen.kind !== 'lesson') return state;
	const id = quizOf(state, screen.lesson);
	if (!id) return {...state, status: 'This lesson has no quiz; the home lists every quiz.'};
	return open(state, {kind: 'quiz', quiz: id, mode: 'practice'});
}

function taskHelp(state: AppState, kind: 'hint' | 'reveal'): AppState {
	const tasks = lessonTasks(state);
	if (!tasks) return {...state, status: 'This lesson has no tasks.'};
	const focus = focusTask(tasks.tasks);
	const task = tasks.tasks[focus];
	// Every task is done: a hint or a reveal now would show nothing, and r would turn "done" into "assisted".
	if (task.done) return {...state, status: 'Every task of this lesson is done already: no hint or solution needed.'};
	let hint = task.hint;
	let status: string;
	if (kind === 'hint') {
		if (!hasMoreHints(task.hints, task.hint)) return {...state, status: task.hints.length === 0 ? 'No hints for this task; r reveals the solution.' : 'No more hints; r reveals the solution.'};
		hint = hintReducer(task.hint, {type: 'hint'}, task.hints.length);
		status = `Hint ${hint.level} of ${Math.min(task.hints.length, MAX_HINT_LEVEL)} shown below.`;
	} else {
		if (task.hint.solutionRevealed) return {...state, status: 'The solution is shown below.'};
		hint = hintReducer(task.hint, {type: 'reveal-solution'}, task.hints.length);
		status = 'Solution shown below: this task will count as assisted.';
	}
	const updated = {...tasks, tasks: tasks.tasks.map((candidate, index) => (index === focus ? {...candidate, hint} : candidate))};
	// The panel scrolls to what was just asked for, so it is in view however long the rest is.
	const scroll = helpLine(updated, innerWidth(state.size), kind === 'hint' ? 'hint' : 'solution');
	const next = {...state, tasks: {...updated, scroll}, status};
	// Help is kept in progress at once: leaving, coming back or restarting before solving changes nothing.
	return push(next, {kind: 'task-help', lesson: tasks.lesson, task: task.id, hints: hint.level, solution: hint.solutionRevealed});
}

/** `c`: the learner asks what is still wrong; the answer comes as a check report. */
function checkNow(state: AppState): AppState {
	const tasks = lessonTasks(state);
	if (!tasks) return {...state, status: 'This lesson has no tasks.'};
	return push({...state, status: 'Checking the tasks against the cluster…'}, {kind: 'check-tasks', lesson: tasks.lesson});
}

function scrollTasks(state: AppState, lines: number): AppState {
	const tasks = lessonTasks(state);
	if (!tasks) return state;
	const {scroll} = taskPanel({...tasks, scroll: tasks.scroll + lines}, state.size, LESSON_TASK_KEYS);
	return {...state, tasks: {...tasks, scroll}};
}

/** `R` asks first: the lesson's cluster goes back to its starting state, and its history with it. */
function askReset(state: AppState): AppState {
	const tasks = lessonTasks(state);
	if (!tasks) return {...state, status: 'This lesson has no cluster of its own to reset.'};
	return {...state, confirm: {kind: 'reset-lesson', lesson: tasks.lesson}, status: "Reset this lesson's cluster? y resets · other keys keep it"};
}

function answerConfirm(state: AppState, yes: boolean): AppState {
	const confirm = state.confirm;
	if (!confirm) return state;
	const next: AppState = {...state, confirm: undefined};
	if (!yes || !state.tasks || state.tasks.lesson !== confirm.lesson) return {...next, status: "Kept this lesson's cluster as it is."};
	const tasks = {...state.tasks, started: false, checked: false, scroll: 0, tasks: state.tasks.tasks.map(task => ({...task, passed: false}))};
	return push({...next, tasks, status: "Resetting this lesson's cluster…"}, {kind: 'reset-tasks', lesson: confirm.lesson});
}

/** "Checked: 1 of 2 tasks pass now." — the panel says what is still wrong. */
function checkedStatus(tasks: AppState['tasks']): string {
	const passing = tasks!.tasks.filter(task => task.passed).length;
	const total = tasks!.tasks.length;
	if (passing === total) return `Checked: ${total === 1 ? 'the task passes' : `all ${total} tasks pass`}.`;
	return `Checked: ${passing} of ${total} task${total === 1 ? '' : 's'} pass${passing === 1 ? 'es' : ''} now; what is still wrong is shown below.`;
}

/**
 * New check results: update the checklist and record tasks (and the lesson) that pass for the
 * first time. A task passes assisted when its solution was shown, or when a manifest from the
 * lesson (`a`, `1`–`9`) is what made it pass.
 */
function taskReports(state: AppState, result: RequestResult, byManifest: boolean): AppState {
	const tasks = state.tasks;
	if (!tasks || !('tasks' in result) || !result.tasks) return state;
	const checked = tasks.checked || result.kind === 'check-tasks';
	const reported = applyReports(tasks.tasks, result.tasks);
	let next: AppState = state;
	// Help asked for in the sandbox (`hint`, `solution`, a completing manifest) is kept like the lesson's own.
	reported.forEach((task, index) => {
		const before = tasks.tasks[index].hint;
		if (task.hint.level > before.level || (task.hint.solutionRevealed && !before.solutionRevealed)) next = push(next, {kind: 'task-help', lesson: tasks.lesson, task: task.id, hints: task.hint.level, solution: task.hint.solutionRevealed});
	});
	const updated = reported.map(task => {
		if (task.done || !task.passed) return task;
		const assisted = task.hint.solutionRevealed || byManifest;
		next = push(next, {kind: 'record-task', lesson: tasks.lesson, task: task.id, passed: true, assisted});
		return {...task, done: {assisted}};
	});
	const current = {...tasks, tasks: updated, started: true, checked};
	next = {...next, tasks: current};
	if (result.kind === 'check-tasks') next = {...next, status: checkedStatus(current)};
	if (allDone(updated) && !allDone(tasks.tasks)) {
		const assisted = updated.some(task => task.done?.assisted);
		next = push({...next, status: `All tasks of this lesson are done${assisted ? ' (assisted)' : ''}: lesson complete.`}, {kind: 'lesson-done', lesson: tasks.lesson, assisted});
	}
	return next;
}

/** What `kubectl apply` did, in one line: the objects it names, else its first line. */
export function applySummary(output: string): string {
	const lines = output.trim().split('\n');
	const objects = lines.filter(line => /^\S+\/\S+ (created|configured|unchanged)/.test(line));
	return objects.length > 0 ? objects.join(', ') : lines.find(line => !line.startsWith('Warning:')) ?? lines[0] ?? '';
}

function requestDone(state: AppState, id: number, result: RequestResult): AppState {
	let next = quizResult(sandboxResult(state, result), id, result, push);
	if (state.applying === id) {
		next = {...next, applying: undefined};
		if (result.kind === 'run') {
			const ok = result.exitCode === 0;
			next = {...next, status: `${ok ? 'Applied' : 'Failed'}: ${applySummary(result.output)}${ok ? '  (s opens the sandbox)' : ''}`};
		}
	}
	next = taskReports(next, result, state.applying === id);
	next = {...next, requests: next.requests.filter(request => request.id !== id)};
	// `exit` on the laptop leaves the sandbox, as it would leave a terminal.
	if (result.kind === 'run' && result.leave && next.screen.kind === 'sandbox') next = reducer(next, {type: 'nav/back'});
	return next;
}

function withItems(state: AppState): AppState {
	const items = homeItems(state.lessons, state.quizzes, state.progress);
	const screen = state.screen.kind === 'home' ? {...state.screen, cursor: Math.min(state.screen.cursor, Math.max(0, items.length - 1))} : state.screen;
	return {...state, items, screen};
}

/** The menu of the screen in view: the home's, or the quiz list's. */
export function menuItems(state: AppState): HomeItem[] {
	return state.screen.kind === 'quizzes' ? quizItems(state.quizzes) : state.items;
}

function selectHome(state: AppState): AppState {
	if (state.screen.kind !== 'home' && state.screen.kind !== 'quizzes') return state;
	const item = menuItems(state)[state.screen.cursor];
	if (!item) return state;
	switch (item.kind) {
		case 'continue':
		case 'lesson':
			return open(state, {kind: 'lesson', lesson: item.lesson, offset: 0});
		case 'quiz':
			return open(state, {kind: 'quiz', quiz: item.quiz, mode: 'practice'});
		case 'review':
			return open(state, {kind: 'quiz', mode: 'review'});
		case 'exam':
			return open(state, {kind: 'quiz', mode: 'exam'});
		case 'launch':
			return {...state, exiting: true, launch: item.command};
		case 'sandbox':
			return open(state, {kind: 'sandbox'});
		case 'quizzes':
			return open(state, {kind: 'quizzes', cursor: 0});
		case 'progress':
			return open(state, {kind: 'progress'});
	}
}

export function reducer(state: AppState, action: Action): AppState {
	switch (action.type) {
		case 'key': {
			// Keys are resolved here, against the state they act on, so no handler sees stale state.
			const resolved = resolveKey(state, action.name, action.now);
			return resolved ? reducer(state, resolved) : state;
		}
		case 'app/resize': {
			const next = {...state, size: action.size};
			return next.screen.kind === 'lesson' ? scrollLesson(next, (offset, height) => snapToPage(offset, lessonTotal(next), height, next.rendered?.keep)) : next;
		}
		case 'app/loaded': {
			let next = withItems({...state, loaded: true, lessons: action.lessons, quizzes: action.quizzes, warnings: [...state.warnings, ...action.warnings]});
			// Started on a lesson (`kubetutor lesson ID`): its tasks and visit start now that it is known.
			if (next.screen.kind === 'lesson') next = enterLesson(next, next.screen.lesson);
			return next;
		}
		case 'app/progress': {
			const tasks = state.tasks ? {...state.tasks, tasks: withRecord(state.tasks.tasks, action.progress.lessons[state.tasks.lesson])} : undefined;
			return withItems({...state, progress: action.progress, warnings: [...state.warnings, ...(action.warnings ?? [])], ...(tasks ? {tasks} : {})});
		}
		case 'app/quit':
			return {...state, exiting: true};
		case 'nav/open':
			return open(state, action.screen);
		case 'nav/back': {
			if (state.back.length === 0) return state;
			return {...state, screen: state.back[state.back.length - 1], back: state.back.slice(0, -1), help: false, status: undefined};
		}
		case 'help/toggle':
			return {...state, help: !state.help};
		case 'help/close':
			return {...state, help: false};
		case 'home/move': {
			const count = menuItems(state).length;
			if ((state.screen.kind !== 'home' && state.screen.kind !== 'quizzes') || count === 0) return state;
			const cursor = (state.screen.cursor + action.delta + count) % count;
			return {...state, screen: {...state.screen, cursor}};
		}
		case 'home/select':
			return selectHome(state);
		case 'lesson/rendered': {
			// Rendered again at another width: the same place in the text, at the start of its page.
			const before = state.rendered;
			const same = before?.lesson === action.rendered.lesson && before.lines.length > 0;
			const next = {...state, rendered: action.rendered};
			return scrollLesson(next, (offset, height) => (same && before.width !== action.rendered.width ? snapToPage(Math.round((offset * action.rendered.lines.length) / before.lines.length), action.rendered.lines.length, height, action.rendered.keep) : offset));
		}
		case 'lesson/scroll':
			return scrollLesson(state, offset => offset + action.lines);
		case 'lesson/page':
			return scrollLesson(state, (offset, height) => turnPage(offset, action.pages, lessonTotal(state), height, state.rendered?.keep));
		case 'lesson/edge':
			return scrollLesson(state, offset => (action.edge === 'top' ? 0 : offset + 1e9));
		case 'lesson/neighbour':
			return neighbour(state, action.step);
		case 'lesson/apply':
			return applyManifest(state, action.number);
		case 'lesson/quiz':
			return lessonQuiz(state);
		case 'tasks/hint':
			return taskHelp(state, 'hint');
		case 'tasks/reveal':
			return taskHelp(state, 'reveal');
		case 'tasks/check':
			return checkNow(state);
		case 'tasks/scroll':
			return scrollTasks(state, action.lines);
		case 'tasks/reset':
			return askReset(state);
		case 'confirm/answer':
			return answerConfirm(state, action.yes);
		case 'request/taken':
			return {...state, requests: state.requests.filter(request => !action.ids.includes(request.id))};
		case 'request/done':
			return requestDone(state, action.id, action.result);
		case 'quiz/session':
		case 'quiz/scroll':
		case 'quiz/check-task':
		case 'quiz/leave':
			return quizAction(state, action, push, current => reducer(current, {type: 'nav/back'}));
		case 'sandbox/type':
		case 'sandbox/backspace':
		case 'sandbox/submit':
		case 'sandbox/history':
		case 'sandbox/complete':
		case 'sandbox/interrupt':
		case 'sandbox/eof':
		case 'sandbox/scroll':
		case 'sandbox/clear-line':
		case 'sandbox/tick':
		case 'sandbox/editor-op':
		case 'sandbox/editor-save':
		case 'sandbox/editor-quit':
			return sandboxReducer(state, action, push);
		default: {
			// Every action is handled by name above: a new one fails to compile until it is.
			const unhandled: never = action;
			return unhandled;
		}
	}
}

