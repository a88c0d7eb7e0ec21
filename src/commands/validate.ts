import {resolve} from 'node:path';
import {fileContentReader, packageRoot} from '../adapters/content-files.js';
import {readPackManifest} from '../adapters/pack-files.js';
import {scriptRunnerOrFailure} from '../adapters/script-runner.js';
import type {CommandContext} from '../cli/command.js';
import {PACK_MANIFEST} from '../core/classes/pack-manifest.js';
import {formatProblem, sortProblems, type ContentProblem} from '../core/content/content-problem.js';
import type {ContentReader} from '../core/content/content-reader.js';
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
	const problems = sortProblems([...manifestProblems(targets, ctx.cwd, reader), ...loaded.problems, ...(await lessonSetupProblems(loaded, reader)), ...(await examProblems(loaded, reader))]);
	for (const problem of problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
	ctx.stdout.write(`${summaryLine({...loaded, problems})}\n`);
	return problems.length > 0 ? 1 : 0;
}

/**
 * Lesson task setups that try to read a file, then the dev check: setups fail their checks, solutions
 * pass them, try-it manifests apply and complete no unmarked task. With no simulator there is
 * nothing to run them in.
 */
async function lessonSetupProblems(loaded: LoadedContent, reader: ContentReader): Promise<ContentProblem[]> {
	let check: typeof import('../core/lessons/setup-file-problems.js').setupFileProblems;
	let devCheck: typeof import('../core/lessons/lesson-dev-check.js').lessonDevProblems;
	try {
		check = (await import('../core/lessons/setup-file-problems.js')).setupFileProblems;
		devCheck = (await import('../core/lessons/lesson-dev-check.js')).lessonDevProblems;
	} catch {
		return [];
	}
	return loaded.lessons.flatMap(lesson => {
		const read = reader.read(lesson.file);
		if (!('text' in read)) return [];
		const file = {file: lesson.file, text: read.text};
		const refused = check(file, lesson);
		// A setup that reads files is refused line by line; running its solution would only repeat that.
		return refused.length > 0 ? refused : devCheck(file, lesson);
	});
}

/** Exam task setups that read a file, fail, or leave the task passing before anything is done. */
async function examProblems(loaded: LoadedContent, reader: ContentReader): Promise<ContentProblem[]> {
	let check: typeof import('../core/exam/exam-setup-problems.js').examSetupProblems;
	try {
		check = (await import('../core/exam/exam-setup-problems.js')).examSetupProblems;
	} catch {
		return [];
	}
	// The shipped bank is proven task by task by its own tests (test/core/exam/exam-bank.test.ts);
	// running its setups again here would only make every validate slow.
	const shipped = `${reader.display(reader.join(packageRoot(), 'exams'))}/`;
	const files = [...new Set(loaded.exams.map(task => task.file))].filter(file => !file.startsWith(shipped));
	return files.flatMap(file => {
		const read = reader.read(file);
		return 'text' in read ? check({file, text: read.text}, loaded.exams.filter(task => task.file === file)) : [];
	});
}

/** Each pack folder's kubetutor-pack.yaml, when it has one (a pack without one is still valid). */
function manifestProblems(targets: readonly string[], cwd: string, reader: ContentReader): ContentProblem[] {
	return targets.flatMap(target => {
		if (reader.kind(target) !== 'folder') return [];
		const manifest = reader.join(target, PACK_MANIFEST);
		const read = readPackManifest(resolve(cwd, target), reader.display(manifest));
		return read.kind === 'bad' ? read.problems : [];
	});
}

function summaryLine({checked, quizzes, problems, exams}: LoadedContent): string {
	const questions = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
	const examFiles = checked.exams ?? 0;
	const files = examFiles > 0 ? `${plural(checked.lessons, 'lesson')}, ${plural(checked.quizzes, 'quiz', 'quizzes')} and ${plural(examFiles, 'exam file')}` : `${plural(checked.lessons, 'lesson')} and ${plural(checked.quizzes, 'quiz', 'quizzes')}`;
	const examTasks = exams.length > 0 ? `, ${plural(exams.length, 'exam task')}` : '';
	if (problems.length === 0) return `✔ ${files} checked (${plural(questions, 'question')}${examTasks}), no problems`;
	const broken = new Set(problems.map(problem => problem.file)).size;
	return `✘ ${plural(problems.length, 'problem')} in ${plural(broken, 'file')} (${files} checked)`;
}

function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
