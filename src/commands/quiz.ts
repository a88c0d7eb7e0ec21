import {answerRecorder} from '../adapters/answer-recorder.js';
import {openProgressStore} from '../adapters/progress-file-store.js';
import type {CommandContext} from '../cli/command.js';
import {ungated} from '../cli/output-gate.js';
import {wantsInk} from '../cli/terminal.js';
import {formatProblem} from '../core/content/content-problem.js';
import {dueReviews} from '../core/progress/leitner.js';
import {EXAM_QUESTIONS, startSession, type QuizSession, type SessionItem, type SessionMode} from '../core/quiz/quiz-session.js';
import type {Quiz, TextQuestion} from '../core/quiz/quiz-types.js';
import {completePredictItems} from '../core/quiz/predict-choices.js';
import {itemsForQuiz, itemsForReview, pickExamItems} from '../core/quiz/session-items.js';
import {runPlainQuiz} from '../plain/quiz-plain.js';
import {loadAllContent} from '../adapters/content-files.js';
import {loadScriptRunner} from '../adapters/script-runner.js';
import {withPredictChoices} from '../core/content/with-predict-choices.js';

/** `kubetutor quiz [ID] [--exam|--review]`. */
export default async function quiz(ctx: CommandContext): Promise<number> {
	const exam = ctx.args.includes('--exam');
	const review = ctx.args.includes('--review');
	const id = ctx.args.find(arg => !arg.startsWith('-'));
	if (exam && review) return usage(ctx, '--exam and --review cannot be combined');
	if ((exam || review) && id) return usage(ctx, `${exam ? '--exam' : '--review'} mixes all quizzes; leave out "${id}"`);

	// Predict questions run the simulator: generated for the quiz asked for, or once an exam or
	// review has picked its questions.
	const loaded = await withPredictChoices(loadAllContent(ctx.options.content, ctx.cwd), await loadScriptRunner(), {generateFor: quizId => quizId === id, keepPending: exam || review});
	for (const problem of loaded.problems) ctx.stderr.write(`kubetutor: skipped broken content: ${formatProblem(problem)}\n`);
	const quizzes = loaded.quizzes;
	if (!id && !exam && !review) {
		listQuizzes(ctx, quizzes);
		return 0;
	}
	const store = openProgressStore({env: ctx.env});
	for (const warning of store.warnings) ctx.stderr.write(`${warning}\n`);
	let warningsShown = store.warnings.length;
	const showNewWarnings = () => {
		for (const warning of store.warnings.slice(warningsShown)) ctx.stderr.write(`${warning}\n`);
		warningsShown = store.warnings.length;
	};

	const now = new Date();
	let plan: {mode: SessionMode; title: string; items: SessionItem[]};
	if (id) {
		const chosen = quizzes.find(entry => entry.id === id);
		if (!chosen) {
			ctx.stderr.write(`kubetutor: no quiz "${id}". Quizzes: ${quizzes.map(entry => entry.id).join(', ')}\n`);
			return 1;
		}
		plan = {mode: 'practice', title: chosen.title, items: itemsForQuiz(chosen)};
	} else if (review) {
		const items = itemsForReview(quizzes, dueReviews(store.get(), now));
		if (items.length === 0) {
			ctx.stdout.write('✔ Nothing is due for review today. Wrong answers come back here on a schedule (1, 2, 4, 8, 16 days).\n');
			return 0;
		}
		plan = {mode: 'review', title: 'Review', items};
	} else {
		plan = {mode: 'exam', title: 'Exam', items: pickExamItems(quizzes, EXAM_QUESTIONS, Math.random)};
	}
	if (exam || review) {
		const completed = await completePredictItems(plan.items, await loadScriptRunner());
		for (const problem of completed.problems) ctx.stderr.write(`kubetutor: skipped broken content: ${formatProblem(problem)}\n`);
		plan = {...plan, items: completed.items};
	}
	// The exam clock starts once the questions are ready, not while the simulator generates them.
	const session: QuizSession = startSession({...plan, now: Date.now()});
	const record = answerRecorder(store, session.mode);
	// The task may have been done in the app meanwhile: read the file again.
	const taskPassed = (lesson: string, task: string) => (store.reload?.() ?? store.get()).lessons[lesson]?.tasks[task]?.passed ?? false;
	const sameCommandResult = await commandGrader(session);
	const plain = !wantsInk({stdinIsTTY: Boolean(ctx.stdin.isTTY), stdoutIsTTY: Boolean(ctx.stdout.isTTY), plainFlag: ctx.options.plain, env: ctx.env});
	if (plain) {
		// A save that fails is told right after the answer, not only at the end.
		const onResult = (result: Parameters<typeof record>[0]) => {
			record(result);
			showNewWarnings();
		};
		await runPlainQuiz({session, input: ctx.stdin, output: ctx.stdout, now: Date.now, onResult, taskPassed, ...(sameCommandResult ? {sameCommandResult} : {})});
	} else {
		const {runInkQuiz} = await import('../ui/screens/QuizRunner.js');
		await runInkQuiz({session, onResult: record, taskPassed, ...(sameCommandResult ? {sameCommandResult} : {}), stdin: ctx.stdin, stdout: ungated(ctx.stdout), stderr: ctx.stderr});
	}
	showNewWarnings();
	return 0;
}

/** Command questions are graded by running the answer; the simulator loads only when a session has one. */
async function commandGrader(session: QuizSession): Promise<((question: TextQuestion, text: string) => boolean) | undefined> {
	if (!session.items.some(item => item.question.kind === 'text' && item.question.normalise === 'command')) return undefined;
	const run = await loadScriptRunner();
	if (!run) return undefined;
	const {sameCommandResult} = await import('../core/quiz/command-answer.js');
	return (question, text) => sameCommandResult(question, text, run);
}

function listQuizzes(ctx: CommandContext, quizzes: readonly Quiz[]): void {
	const width = Math.max(0, ...quizzes.map(quiz => quiz.id.length));
	ctx.stdout.write('Quizzes:\n');
	for (const quiz of quizzes) ctx.stdout.write(`  ${quiz.id.padEnd(width)}  ${quiz.title} (${quiz.questions.length} questions)\n`);
	ctx.stdout.write('Start one with `kubetutor quiz ID`; `--review` asks what is due, `--exam` is a timed mixed exam.\n');
}

function usage(ctx: CommandContext, message: string): number {
	ctx.stderr.write(`kubetutor: ${message}. See 'kubetutor quiz --help'.\n`);
	return 2;
}
