import {dueCount, reviewSchedule} from './leitner.js';
import {labReportLines} from './lab-report.js';
import {labOutcomes, labSchedule} from './lab-review.js';
import {byTime} from './progress-ops.js';
import {examHistory} from './exam-record.js';
import type {Progress} from './progress-schema.js';

export interface QuizScore {
	quiz: string;
	title: string;
	/** Questions whose latest answer was right. */
	correct: number;
	/** Distinct questions answered at least once. */
	answered: number;
	questions: number;
	answers: number;
	last?: string;
}

export interface ReportInput {
	lessons: ReadonlyArray<{id: string; title: string}>;
	quizzes: ReadonlyArray<{id: string; title: string; questions: number}>;
}

export function quizScores(progress: Progress, quizzes: ReportInput['quizzes']): QuizScore[] {
	return quizzes.map(quiz => {
		const answers = progress.answers.filter(answer => answer.quiz === quiz.id).sort(byTime);
		const latest = new Map(answers.map(answer => [answer.question, answer.correct]));
		const last = answers.at(-1)?.at;
		return {
			quiz: quiz.id,
			title: quiz.title,
			correct: [...latest.values()].filter(Boolean).length,
			answered: latest.size,
			questions: quiz.questions,
			answers: answers.length,
			...(last ? {last} : {}),
		};
	});
}

/** `kubetutor progress` as text lines: lessons, quiz scores, reviews due. */
export function progressReportLines(progress: Progress, input: ReportInput, now: Date, file: string): string[] {
	const lines = [`Progress kept in ${file}`, '', 'Lessons'];
	const lessonWidth = Math.max(6, ...input.lessons.map(lesson => lesson.id.length));
	for (const lesson of input.lessons) {
		const record = progress.lessons[lesson.id];
		const tasks = Object.values(record?.tasks ?? {});
		const state = record?.done ? `✔ done ${record.done.slice(0, 10)}${record.assisted ? ' (assisted)' : ''}` : tasks.length > 0 ? `… ${tasks.filter(task => task.passed).length} task(s) passed` : '· not started';
		lines.push(`  ${lesson.id.padEnd(lessonWidth)}  ${state}`);
	}
	lines.push('', 'Quizzes');
	const scores = quizScores(progress, input.quizzes);
	const quizWidth = Math.max(4, ...scores.map(score => score.quiz.length));
	// Right out of answered, then answered out of all: "0/9" after two answers read as a failed quiz.
	lines.push(`  ${'QUIZ'.padEnd(quizWidth)}  ${'RIGHT'.padEnd(7)}  ${'ANSWERED'.padEnd(9)}  LAST`);
	for (const score of scores) {
		const right = score.answered > 0 ? `${score.correct}/${score.answered}` : '-';
		lines.push(`  ${score.quiz.padEnd(quizWidth)}  ${right.padEnd(7)}  ${`${score.answered} of ${score.questions}`.padEnd(9)}  ${score.last?.slice(0, 10) ?? '-'}`);
	}
	lines.push('', ...examReportLines(progress));
	const scheduled = reviewSchedule(progress.answers).length;
	lines.push('', `Reviews due now: ${dueCount(progress, now)} (of ${scheduled} in the schedule)${dueCount(progress, now) > 0 ? ' — run `kubetutor quiz --review`' : ''}`);
	lines.push(...labReportLines(progress, now));
	return lines;
}

/** Everything, for `progress --json` (a bootcamp collects these). */
export function progressExport(progress: Progress, now: Date, file: string): object {
	const history = examHistory(progress.exams);
	const exams = history.count > 0 ? {examScores: {attempts: history.count, best: history.best?.percent, last: history.last?.percent}} : {};
	return {file, exportedAt: now.toISOString(), ...progress, reviews: reviewSchedule(progress.answers), due: dueCount(progress, now), labReviews: labSchedule(labOutcomes(progress)), ...exams};
}

/** `Hands-on exams: 3 taken · best 81% · last 62% (2026-12-04, seed 42)`, then the last one's failed tasks. */
function examReportLines(progress: Progress): string[] {
	const {count, best, last} = examHistory(progress.exams);
	if (count === 0 || !best || !last) return ['Hands-on exams: none taken yet — run `kubetutor exam`'];
	const lines = [`Hands-on exams: ${count} taken · best ${best.percent}% · last ${last.percent}% (${last.at.slice(0, 10)}, seed ${last.seed})`];
	for (const domain of last.domains) lines.push(`  ${domain.domain}: ${domain.points} of ${domain.total} (${domain.percent}%)`);
	const failed = last.tasks.filter(task => !task.passed).map(task => task.task);
	if (failed.length > 0) lines.push(`  to practise: ${failed.join(', ')}`);
	return lines;
}
