/**
 * `kubetutor lesson ID --script FILE` (or commands on standard input): the learner's commands in
 * the lesson's sandbox, with `check`, `hint` and `solution` answered by the practice session; the
 * batch transcript, then the grade table. Passed tasks are recorded as the interactive lesson
 * records them (assisted when the solution was shown or a completing manifest applied).
 */
import {learnerFiles} from '../adapters/learner-files.js';
import {timeBudget} from '../adapters/time-budget.js';
import type {CommandContext} from '../cli/command.js';
import type {Lesson} from '../core/content/lesson.js';
import {runLessonScript} from '../core/lessons/lesson-practice.js';
import {allPassed, gradesOf, renderGradeTable, type Grade} from '../core/practice/grade-table.js';
import {markLessonDone, recordTask} from '../core/progress/progress-ops.js';

export interface LessonScriptOptions {
	seed?: number;
	workers?: number;
}

export async function runLessonScriptCommand(context: CommandContext, lesson: Lesson, text: string, options: LessonScriptOptions): Promise<number> {
	const result = runLessonScript(lesson, text, {
		seed: options.seed,
		workers: options.workers,
		...learnerFiles(context.cwd),
		budget: timeBudget(),
		write: part => context.stdout.write(part),
	});
	if (result.setup.exitCode !== 0) context.stderr.write(`warning: lesson "${lesson.id}": its starting state did not build cleanly:\n${result.setup.output}`);
	const grades = gradesOf(result.state);
	if (grades.length === 0) {
		context.stdout.write(`\nLesson "${lesson.id}" has no tasks to check.\n`);
		return 0;
	}
	context.stdout.write(`\n${renderGradeTable(grades)}`);
	await recordGrades(context, lesson, result.state.tasks.map(task => task.id), grades);
	return allPassed(grades) ? 0 : 1;
}

async function recordGrades(context: CommandContext, lesson: Lesson, ids: readonly string[], grades: readonly Grade[]): Promise<void> {
	const passed = grades.filter(grade => grade.passed);
	if (passed.length === 0) return;
	const {loadProgressStore} = await import('../cli/progress-access.js');
	const store = await loadProgressStore(context.env);
	if (!store) {
		context.stderr.write('warning: progress could not be opened; the passed tasks were not recorded\n');
		return;
	}
	for (const warning of store.warnings) context.stderr.write(`warning: ${warning}\n`);
	const at = new Date().toISOString();
	store.update(progress => {
		let next = progress;
		for (const grade of passed) {
			const id = ids[grade.number - 1];
			// A pass without help stays one when the task is later redone with the solution shown.
			const earlier = next.lessons[lesson.id]?.tasks[id];
			if (earlier?.passed && !earlier.assisted) continue;
			next = recordTask(next, lesson.id, id, {passed: true, assisted: grade.assisted, at});
		}
		return allPassed(grades) ? markLessonDone(next, lesson.id, at, grades.some(grade => grade.assisted)) : next;
	});
}
