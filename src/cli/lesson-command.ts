import type {CommandHandler} from './command.js';
import {loadAllContent} from '../adapters/content-files.js';
import {formatProblem} from '../core/content/content-problem.js';
import {printWidth} from './print-width.js';
import {closest} from './suggest.js';

const lessonCommand: CommandHandler = async context => {
	const content = loadAllContent(context.options.content, context.cwd);
	for (const problem of content.problems) context.stderr.write(`warning: ${formatProblem(problem)}\n`);
	const lessons = content.lessons;
	const id = context.args[0];
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
	return startApp(context, {kind: 'lesson', lesson: lesson.id}, {content});
};

export default lessonCommand;
