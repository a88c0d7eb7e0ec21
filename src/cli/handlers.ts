import type {CommandHandler} from './command.js';

type HandlerModule = {default: CommandHandler};

/**
 * Each command's handler, imported only when that command runs, so starting the tutor does not
 * evaluate the simulator, the quiz engine or the Markdown renderer.
 */
export const HANDLERS: Readonly<Record<string, () => Promise<HandlerModule>>> = {
	home: () => import('./home-command.js'),
	lesson: () => import('./lesson-command.js'),
	quiz: () => import('../commands/quiz.js'),
	exam: () => import('../commands/exam.js'),
	sandbox: () => import('../commands/sandbox.js'),
	drill: () => import('../commands/drill.js'),
	progress: () => import('../commands/progress.js'),
	report: () => import('../commands/report.js'),
	reset: () => import('../commands/reset.js'),
	new: () => import('../commands/new.js'),
	validate: () => import('../commands/validate.js'),
};
