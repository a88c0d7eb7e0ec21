import type {CommandHandler} from './command.js';

/**
 * `kubetutor` without a command. On a terminal only the app is imported before the first frame;
 * lessons, quizzes and progress load behind it. Plain mode prints the home as text.
 */
const homeCommand: CommandHandler = async context => {
	if (!context.options.plain) {
		const {startApp} = await import('../ui/start-app.js');
		return startApp(context, {kind: 'home'}, {});
	}
	const [{loadLessonCatalog}, {listQuizzes}, {formatContentError}, {VERSION}, {printWidth}, progress, {runPlainHome}, {lessonPlainText}] = await Promise.all([
		import('./content-files.js'),
		import('./quiz-list.js'),
		import('../core/content/lesson.js'),
		import('./version.js'),
		import('./print-width.js'),
		import('./progress-access.js'),
		import('../plain/home.js'),
		import('../plain/lesson-print.js'),
	]);
	const catalog = loadLessonCatalog(context.options.content, context.cwd);
	const store = await progress.loadProgressStore(context.env);
	return runPlainHome(context, {
		version: VERSION,
		lessons: catalog.lessons,
		quizzes: listQuizzes(context.options.content, context.cwd),
		progress: progress.progressSummary(store, new Date()),
		warnings: [...catalog.errors.map(formatContentError), ...(store?.warnings ?? [])],
	}, async lesson => {
		context.stdout.write(await lessonPlainText(lesson, printWidth(context.stdout.columns)));
	});
};

export default homeCommand;
