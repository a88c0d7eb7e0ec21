import {percent, type ClassReport, type LessonState} from './class-report.js';

const STATE: Record<LessonState, string> = {done: 'done', assisted: 'done-assisted', started: 'started', none: ''};

/**
 * One RFC 4180 field. A field a spreadsheet would read as a formula (=, +, -, @, tab, CR first)
 * gets a leading apostrophe, so a learner's name cannot run in the instructor's spreadsheet.
 */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `report --csv`: a header, then one row per learner; CRLF line ends as RFC 4180 asks. */
export function reportCsv(report: ClassReport): string {
	const header = ['learner', 'file', 'lessons_done', 'lessons_total', 'tasks_passed', 'assisted', 'quiz_right', 'quiz_answered', 'quiz_percent', 'exam_right', 'exam_questions', 'exam_percent', 'exams', 'drills_right', 'drills_answered', 'last_activity', 'marks', ...report.lessons.map(lesson => `lesson:${lesson.id}`)];
	const rows = report.learners.map(learner => [
		learner.name,
		learner.file,
		learner.done,
		report.lessons.length,
		learner.tasksPassed,
		learner.assisted,
		learner.quiz.correct,
		learner.quiz.total,
		learner.quiz.total > 0 ? percent(learner.quiz) : '',
		learner.exam?.correct ?? '',
		learner.exam?.total ?? '',
		learner.exam ? percent(learner.exam) : '',
		learner.exams,
		learner.drills.correct,
		learner.drills.total,
		learner.last ?? '',
		learner.marks.join('; '),
		...learner.lessons.map(state => STATE[state]),
	]);
	return [header, ...rows].map(cells => cells.map(cell => csvField(cell)).join(',')).join('\r\n') + '\r\n';
}
