import type {LaunchCommand} from '../core/app/home-items.js';
import type {CommandHandler} from './command.js';

/**
 * `kubetutor` without a command. On a terminal only the app is imported before the first frame;
 * lessons, quizzes and progress load behind it. Plain mode prints the home as text.
 */
const homeCommand: CommandHandler = async context => {
	if (!context.options.plain) {
		const {startApp} = await import('../ui/start-app.js');
		// The exam and drills have full screens of their own: the home closes, the command runs with
		// its defaults, and the home opens again when it ends.
		for (;;) {
			const handoff: {launch?: LaunchCommand} = {};
			const code = await startApp(context, {kind: 'home'}, {}, command => (handoff.launch = command));
			if (!handoff.launch) return code;
			const command = handoff.launch === 'exam' ? await import('../commands/exam.js') : await import('../commands/drill.js');
			await command.default({...context, args: []});
		}
	}
	const [{loadAllContent}, {quizEntries}, {formatProblem}, {VERSION}, {printWidth}, progress, {runPlainHome}, {lessonPlainText}] = await Promise.all([
		import('../adapters/content-files.js'),
		import('../core/content/load-content.js'),
		import('../core/content/content-problem.js'),
		import('./version.js'),
		import('./print-width.js'),
		import('./progress-access.js'),
		import('../plain/home.js'),
		import('../plain/lesson-print.js'),
	]);
	const content = loadAllContent(context.options.content, context.cwd);
	const store = await progress.loadProgressStore(context.env);
	return runPlainHome(context, {
		version: VERSION,
		lessons: content.lessons,
		quizzes: quizEntries(content.quizzes),
		progress: progress.progressSummary(store, new Date()),
		warnings: [...content.problems.map(formatProblem), ...(store?.warnings ?? [])],
	}, async lesson => {
		context.stdout.write(await lessonPlainText(lesson, printWidth(context.stdout.columns)));
	});
};

export default homeCommand;
