import {openProgressStore} from '../adapters/progress-file-store.js';
import type {CommandContext} from '../cli/command.js';
import {loadLessonCatalog} from '../cli/content-files.js';
import {listQuizzes} from '../cli/quiz-list.js';
import {progressExport, progressReportLines} from '../core/progress/progress-report.js';

/** `kubetutor progress [--json]`: lessons done, quiz scores, reviews due. */
export default async function progress(ctx: CommandContext): Promise<number> {
	const store = openProgressStore({env: ctx.env, readOnly: true});
	for (const warning of store.warnings) ctx.stderr.write(`${warning}\n`);
	const now = new Date();
	if (ctx.args.includes('--json')) {
		ctx.stdout.write(`${JSON.stringify(progressExport(store.get(), now, store.path), null, 2)}\n`);
		return 0;
	}
	const lessons = loadLessonCatalog(ctx.options.content, ctx.cwd).lessons.map(lesson => ({id: lesson.id, title: lesson.title}));
	const quizzes = listQuizzes(ctx.options.content, ctx.cwd);
	ctx.stdout.write(`${progressReportLines(store.get(), {lessons, quizzes}, now, store.path).join('\n')}\n`);
	return 0;
}
