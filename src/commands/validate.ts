import {fileContentReader, packageRoot} from '../adapters/content-files.js';
import {scriptRunnerOrFailure} from '../adapters/script-runner.js';
import type {CommandContext} from '../cli/command.js';
import {formatProblem} from '../core/content/content-problem.js';
import {loadContent, type LoadedContent} from '../core/content/load-content.js';
import {withPredictChoices} from '../core/content/with-predict-choices.js';

/**
 * `kubetutor validate [DIR...]`: check lessons and quizzes (default: the shipped ones plus any
 * `--content` packs) with the loader the app uses. Prints every problem as
 * `file:line:col message`; exit 1 when any.
 */
export default async function validate(ctx: CommandContext): Promise<number> {
	const dirs = ctx.args.filter(arg => !arg.startsWith('-'));
	const targets = dirs.length > 0 ? [...dirs, ...ctx.options.content] : [packageRoot(), ...ctx.options.content];
	const reader = fileContentReader(ctx.cwd);
	// Quizzes in a pack may refer to the shipped lessons.
	const knownLessons = dirs.length > 0 || ctx.options.content.length > 0 ? loadContent([packageRoot()], reader).lessons : [];
	const loaded = await withPredictChoices(loadContent(targets, reader, {knownLessons}), await scriptRunnerOrFailure(), {checkSetups: true});
	for (const problem of loaded.problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
	ctx.stdout.write(`${summaryLine(loaded)}\n`);
	return loaded.problems.length > 0 ? 1 : 0;
}

function summaryLine({checked, quizzes, problems}: LoadedContent): string {
	const questions = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
	const files = `${plural(checked.lessons, 'lesson')} and ${plural(checked.quizzes, 'quiz', 'quizzes')}`;
	if (problems.length === 0) return `✔ ${files} checked (${plural(questions, 'question')}), no problems`;
	const broken = new Set(problems.map(problem => problem.file)).size;
	return `✘ ${plural(problems.length, 'problem')} in ${plural(broken, 'file')} (${files} checked)`;
}

function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
