import type {CommandHandler} from './command.js';
import {findLesson} from '../core/content/lesson-catalog.js';
import {formatContentError} from '../core/content/lesson.js';
import {printWidth} from './print-width.js';
import {readShippedCatalog} from './shipped-catalog.js';
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
	// Without packs, the catalog built with the package: the reader's first frame then needs no YAML parser.
	const shipped = context.options.content.length === 0 ? readShippedCatalog() : undefined;
	const catalog = shipped?.catalog ?? (await import('./content-files.js')).loadLessonCatalog(context.options.content, context.cwd);
	for (const error of catalog.errors) context.stderr.write(`warning: ${formatContentError(error)}\n`);
	const id = parsed.id;
	if (id === undefined) {
		const {loadProgressStore, progressSummary} = await import('./progress-access.js');
		const store = await loadProgressStore(context.env);
		for (const warning of store?.warnings ?? []) context.stderr.write(`warning: ${warning}\n`);
		const {lessonListText} = await import('../plain/lesson-list.js');
		context.stdout.write(lessonListText(catalog.lessons, progressSummary(store, new Date())));
		return 0;
	}
	// The lesson list numbers the lessons, so `kubetutor lesson 3` opens the third, as the plain home does.
	const lesson = findLesson(catalog, id) ?? (/^[1-9]\d*$/.test(id) ? catalog.lessons[Number(id) - 1] : undefined);
	if (!lesson) {
		const guess = closest(id, catalog.lessons.map(l => l.id));
		context.stderr.write(`kubetutor: no lesson "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run 'kubetutor lesson' to list them.\n`);
		return 1;
	}
	if (context.options.plain) {
		const {lessonPlainText} = await import('../plain/lesson-print.js');
		context.stdout.write(await lessonPlainText(lesson, printWidth(context.stdout.columns)));
		return 0;
	}
	const {startApp} = await import('../ui/start-app.js');
	return startApp(context, {kind: 'lesson', lesson: lesson.id}, {catalog, ...(shipped ? {quizzes: shipped.quizzes} : {}), ...(parsed.workers ? {sandbox: {workers: parsed.workers}} : {})});
};

export default lessonCommand;
