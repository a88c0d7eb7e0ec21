import type {CommandHandler} from './command.js';
import {loadAllContent} from '../adapters/content-files.js';
import {formatProblem} from '../core/content/content-problem.js';
import {printWidth} from './print-width.js';
import {closest} from './suggest.js';
import {parseWorkers} from './workers-flag.js';

/** The lesson id and `--workers N` from the words after `lesson` (the parser puts flags in canonical form). */
function lessonArgs(args: readonly string[]): {id?: string; workers?: number} | {problem: string} {
	const out: {id?: string; workers?: number} = {};
	for (let i = 0; i < args.length; i++) {
		if (args[i] !== '--workers') {
			out.id = args[i];
			continue;
		}
		const workers = parseWorkers(args[++i]);
		if (typeof workers !== 'number') return workers;
		out.workers = workers;
	}
	return out;
}

const lessonCommand: CommandHandler = async context => {
	const parsed = lessonArgs(context.args);
	if ('problem' in parsed) {
		context.stderr.write(`kubetutor lesson: ${parsed.problem}. Usage: kubetutor lesson [ID] [--workers N] (see 'kubetutor lesson --help')\n`);
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
	if (context.options.plain) {
		const {lessonPlainText} = await import('../plain/lesson-print.js');
		context.stdout.write(await lessonPlainText(lesson, printWidth(context.stdout.columns)));
		return 0;
	}
	const {startApp} = await import('../ui/start-app.js');
	return startApp(context, {kind: 'lesson', lesson: lesson.id}, {content, ...(parsed.workers ? {sandbox: {workers: parsed.workers}} : {})});
};

export default lessonCommand;
