/**
 * What the exam shows once graded: per task passed or not, the checks still failing (in
 * Kubernetes terms), the reference solution, and the score by domain. The results screen and
 * `--script` runs print the same words.
 */
import {domainScoresOf, renderDomainScores, renderGradeTable, scoreOf, type DomainScore} from '../practice/grade-table.js';
import type {CheckResult} from '../lessons/task.js';
import {examGrades, type ExamState} from './exam-session.js';

export interface ExamTaskResult {
	number: number;
	id: string;
	title: string;
	domain: string;
	weight: number;
	namespace: string;
	passed: boolean;
	assisted: boolean;
	flagged: boolean;
	/** Checks that fail at grading, each with why. */
	failing: CheckResult[];
	solution: string;
}

export interface ExamResults {
	tasks: ExamTaskResult[];
	points: number;
	total: number;
	percent: number;
	domains: DomainScore[];
}

export function examResults(state: ExamState): ExamResults {
	const grades = examGrades(state);
	const tasks = state.tasks.map((task, index): ExamTaskResult => ({
		number: index + 1,
		id: task.id,
		title: task.title,
		domain: task.domain,
		weight: task.weight,
		namespace: task.namespace,
		passed: grades[index].passed,
		assisted: grades[index].assisted,
		flagged: state.practice.flagged[index] ?? false,
		failing: (state.practice.checked[index]?.checks ?? []).filter(check => !check.passed),
		solution: task.solution.trimEnd(),
	}));
	return {tasks, ...scoreOf(grades), domains: domainScoresOf(grades)};
}

/** The grade table, then the score of each domain. */
export function renderExamScore(state: ExamState): string {
	const grades = examGrades(state);
	return `${renderGradeTable(grades)}\n${renderDomainScores(domainScoresOf(grades))}`;
}

/** One task's result in full: what is still wrong and the reference solution. */
export function taskResultLines(result: ExamTaskResult): string[] {
	const verdict = result.passed ? (result.assisted ? 'passed (assisted)' : 'passed') : 'not passed';
	const lines = [`Task ${result.number} · ${result.domain} · ${result.weight} points · namespace ${result.namespace}: ${verdict}`, result.title];
	if (!result.passed) lines.push('Still wrong:', ...result.failing.map(check => `  ✗ ${check.label}${check.why ? `: ${check.why}` : ''}`));
	lines.push('Reference solution:', ...result.solution.split('\n').map(line => `  ${line}`));
	return lines;
}
