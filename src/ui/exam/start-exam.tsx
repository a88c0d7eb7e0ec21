import type {CommandContext} from '../../cli/command.js';
import {learnerFiles} from '../../adapters/learner-files.js';
import {saveExamAttempt} from '../../adapters/exam-progress.js';
import {timeBudget} from '../../adapters/time-budget.js';
import {startExamSandbox} from '../../core/exam/exam-script.js';
import {startExam, type ExamSettings} from '../../core/exam/exam-session.js';
import {openExamScreen} from '../../core/exam/exam-screen.js';
import type {ExamTask} from '../../core/exam/exam-task.js';
import {renderExamScore} from '../../core/exam/exam-results.js';
import {ExamScreen} from './ExamScreen.js';
import {renderFullScreen} from '../render-full-screen.js';

/**
 * The exam on the terminal's alternate screen: every drawn task set up in one cluster, the clock
 * started, the attempt saved to progress once graded, and the score printed after the screen closes.
 */
export async function startExamScreen(context: CommandContext, tasks: readonly ExamTask[], settings: ExamSettings): Promise<number> {
	const sandbox = startExamSandbox(tasks, settings.seed, {...learnerFiles(context.cwd), budget: timeBudget()});
	const start = openExamScreen(startExam(tasks, settings, Date.now()));
	let final = start;
	let saved: Promise<void> = Promise.resolve();
	await renderFullScreen(
		context,
		<ExamScreen
			start={start}
			shell={sandbox.shell}
			onGraded={state => {
				final = state;
				saved = saveExamAttempt(context.env, state.exam, new Date());
			}}
			onDone={state => (final = state)}
		/>,
	);
	await saved;
	if (final.exam.endedBy === undefined) {
		context.stdout.write('Exam left before it was graded; nothing was saved.\n');
		return 1;
	}
	context.stdout.write(renderExamScore(final.exam));
	return 0;
}
