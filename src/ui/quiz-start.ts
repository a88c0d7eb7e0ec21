import type {TextQuestion} from '../core/quiz/quiz-types.js';
import {answerRecorder} from '../adapters/answer-recorder.js';
import type {QuizMode} from '../core/app/app-state.js';
import type {LoadedContent} from '../core/content/load-content.js';
import {dueReviews} from '../core/progress/leitner.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import {EXAM_QUESTIONS, EXAM_MINUTES, startSession, type QuizSession, type SessionResult} from '../core/quiz/quiz-session.js';
import {itemsForQuiz, itemsForReview, pickExamItems} from '../core/quiz/session-items.js';

export interface StartedQuiz {
	session: QuizSession;
	onResult: (result: SessionResult) => void;
	taskPassed: (lesson: string, task: string) => boolean;
	/** Whether the typed command, run in the current command question's sandbox, prints what the reference prints. */
	sameCommandResult?: (question: TextQuestion, text: string) => boolean | undefined;
}

/**
 * A quiz session for the app's quiz screen, built the way `kubetutor quiz` builds one: the same
 * content loader, item pickers and answer records, so both front ends score alike.
 */
type LoadedQuizzes = LoadedContent;

let loading: {key: string; promise: Promise<LoadedQuizzes>} | undefined;

/** Loads and checks the quiz content once; the quiz list starts it so the first quiz opens quickly. */
export function loadQuizContent(content: readonly string[], cwd: string): Promise<LoadedQuizzes> {
	const key = JSON.stringify([content, cwd]);
	if (loading?.key !== key) {
		const promise = Promise.all([import('../adapters/content-files.js'), import('../adapters/script-runner.js'), import('../core/content/with-predict-choices.js')]).then(async ([files, runner, predict]) =>
			predict.withPredictChoices(files.loadAllContent(content, cwd), await runner.loadScriptRunner()),
		);
		// A failed load is not kept: the next quiz tries again.
		promise.catch(() => {
			if (loading?.promise === promise) loading = undefined;
		});
		loading = {key, promise};
	}
	return loading.promise;
}

export async function startQuiz(request: {quiz?: string; mode: QuizMode}, store: ProgressStore | undefined, content: readonly string[], cwd: string): Promise<StartedQuiz | {message: string}> {
	const {quizzes} = await loadQuizContent(content, cwd);
	const commandGrader = await loadCommandGrader();
	const now = new Date();
	let session: QuizSession;
	if (request.mode === 'review') {
		const items = itemsForReview(quizzes, store ? dueReviews(store.get(), now) : []);
		if (items.length === 0) return {message: '✓ Nothing is due for review today. Wrong answers come back here on a schedule (1, 2, 4, 8, 16 days).'};
		session = startSession({mode: 'review', title: 'Review', items, now: now.getTime()});
	} else if (request.mode === 'exam') {
		session = startSession({mode: 'exam', title: 'Exam', items: pickExamItems(quizzes, EXAM_QUESTIONS, Math.random), now: now.getTime(), durationMs: EXAM_MINUTES * 60_000});
	} else {
		const quiz = quizzes.find(entry => entry.id === request.quiz);
		if (!quiz) return {message: `The quiz "${request.quiz ?? ''}" could not be loaded; kubetutor validate tells why.`};
		session = startSession({mode: 'practice', title: quiz.title, items: itemsForQuiz(quiz), now: now.getTime()});
	}
	return {
		session,
		onResult: store ? answerRecorder(store, session.mode) : () => {},
		taskPassed: (lesson, task) => store?.get().lessons[lesson]?.tasks[task]?.passed ?? false,
		sameCommandResult: (question, text) => commandGrader?.(question, text),
	};
}

/** Grades a command answer by running it (loaded with the simulator, which predict questions load too). */
async function loadCommandGrader(): Promise<((question: TextQuestion, text: string) => boolean) | undefined> {
	const [{loadScriptRunner}, {sameCommandResult}] = await Promise.all([import('../adapters/script-runner.js'), import('../core/quiz/command-answer.js')]);
	const run = await loadScriptRunner();
	return run ? (question, text) => sameCommandResult(question, text, run) : undefined;
}
