import type {CommandHandler} from './command.js';
import {loadAllContent} from '../adapters/content-files.js';
import {formatProblem} from '../core/content/content-problem.js';
import {printWidth} from './print-width.js';
import {closest} from './suggest.js';
import {parseWorkers} from './workers-flag.js';

interface LessonArgs {
	id?: string;
	workers?: number;
	script?: string;
	seed?: number;
}

/** The lesson id, `--script FILE`, `--seed N` and `--workers N` (the parser puts flags in canonical form). */
function lessonArgs(args: readonly string[]): LessonArgs | {problem: string} {
	const out: LessonArgs = {};
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--script') out.script = args[++i];
		else if (args[i] === '--seed') {
			const value = args[++i];
			if (!/^\d+$/.test(value ?? '')) return {problem: `--seed needs a whole number, got "${value ?? ''}"`};
			out.seed = Number(value);
		} else if (args[i] === '--workers') {
			const workers = parseWorkers(args[++i]);
			if (typeof workers !== 'number') return workers;
			out.workers = workers;
		} else out.id = args[i];
	}
	return out;
}

const USAGE = "Usage: kubetutor lesson [ID] [--script FILE] [--seed N] [--workers N] (see 'kubetutor lesson --help')";

/**
 * The learner's commands for a `--script` run: the file, else standard input when it is not a
 * terminal and holds a command (an empty or closed stdin still prints the lesson).
 */
async function scriptOf(context: Parameters<CommandHandler>[0], parsed: LessonArgs): Promise<{text?: string} | {message: string}> {
	const {readScriptFile, readScriptStdin} = await import('../adapters/script-input.js');
	if (parsed.script !== undefined) {
		const read = readScriptFile('lesson', context.cwd, parsed.script);
		return read.ok ? {text: read.text} : {message: read.message};
	}
	if (context.stdin.isTTY) return {};
	const read = await readScriptStdin('lesson', context.stdin);
	if (!read.ok) return {message: read.message};
	return read.text.split('\n').some(line => line.trim() && !line.trim().startsWith('#')) ? {text: read.text} : {};
}

const lessonCommand: CommandHandler = async context => {
	const parsed = lessonArgs(context.args);
	if ('problem' in parsed) {
		context.stderr.write(`kubetutor lesson: ${parsed.problem}. ${USAGE}\n`);
		return 2;
	}
	if (parsed.id === undefined && (parsed.script !== undefined || parsed.seed !== undefined)) {
		context.stderr.write(`kubetutor lesson: --script and --seed need a lesson ID. ${USAGE}\n`);
		return 2;
	}
	const content = loadAllContent(context.options.content, context.cwd);
	for (const problem of content.problems) context.stderr.write(`warning: ${formatProblem(problem)}\n`);
	const lessons = content.lessons;
	const id = parsed.id;
	if (id === undefined) {
		const {loadProgressStore, progressSummary} = await import('./progress-access.js');
		const store = await loadProgressStore(context.env);
		for (const warning of store?.warnings ?? []) context.stderr.write(`warning: ${warning}\n`);
		const {lessonListText} = await import('../plain/lesson-list.js');
		context.stdout.write(lessonListText(lessons, progressSummary(store, new Date())));
		return 0;
	}
	// The lesson list numbers the lessons, so `kubetutor lesson 3` opens the third, as the plain home does.
	const lesson = lessons.find(candidate => candidate.id === id) ?? (/^[1-9]\d*$/.test(id) ? lessons[Number(id) - 1] : undefined);
	if (!lesson) {
		const guess = closest(id, lessons.map(l => l.id));
		context.stderr.write(`kubetutor: no lesson "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run 'kubetutor lesson' to list them.\n`);
		return 1;
	}
	const script = await scriptOf(context, parsed);
	if ('message' in script) {
		context.stderr.write(`${script.message}\n`);
		return 2;
	}
	if (script.text !== undefined) {
		const {runLessonScriptCommand} = await import('../commands/lesson-script.js');
		return runLessonScriptCommand(context, lesson, script.text, {seed: parsed.seed, workers: parsed.workers});
	}
	if (context.options.plain) {
		const {lessonPlainText} = await import('../plain/lesson-print.js');
		context.stdout.write(await lessonPlainText(lesson, printWidth(context.stdout.columns)));
		return 0;
	}
	const {startApp} = await import('../ui/start-app.js');
	return startApp(context, {kind: 'lesson', lesson: lesson.id}, {content, ...(parsed.workers ? {sandbox: {workers: parsed.workers}} : {})});
};

export default lessonCommand;
