/**
 * The table printed after a `--script` run and on the results screen: one row per task, passed or
 * not, assisted or not, and the weighted score.
 */
import {goalOf, statusOf, type PracticeState} from './practice-session.js';

export interface Grade {
	number: number;
	goal: string;
	weight: number;
	passed: boolean;
	assisted: boolean;
	domain?: string;
}

export function gradesOf(state: PracticeState): Grade[] {
	return state.tasks.map((task, index) => ({
		number: index + 1,
		goal: goalOf(task),
		weight: task.weight ?? 1,
		passed: state.checked[index]?.passed ?? false,
		assisted: statusOf(state, index) === 'assisted',
		...(task.domain ? {domain: task.domain} : {}),
	}));
}

export function scoreOf(grades: readonly Grade[]): {points: number; total: number; percent: number} {
	const total = grades.reduce((sum, grade) => sum + grade.weight, 0);
	const points = grades.filter(grade => grade.passed).reduce((sum, grade) => sum + grade.weight, 0);
	return {points, total, percent: total === 0 ? 0 : Math.round((points / total) * 100)};
}

/** Every task passed (assisted tasks pass too: the script exits 0 when the cluster is right). */
export const allPassed = (grades: readonly Grade[]): boolean => grades.length > 0 && grades.every(grade => grade.passed);

export function renderGradeTable(grades: readonly Grade[]): string {
	const rows = grades.map(grade => [
		String(grade.number),
		grade.passed ? (grade.assisted ? 'assisted' : 'passed') : 'failed',
		String(grade.weight),
		grade.goal,
	]);
	const header = ['TASK', 'RESULT', 'WEIGHT', 'GOAL'];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
	const line = (cells: string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('   ');
	const {points, total, percent} = scoreOf(grades);
	return [line(header), ...rows.map(line), `Score: ${points} of ${total} (${percent}%)`].join('\n') + '\n';
}

export interface DomainScore {
	domain: string;
	points: number;
	total: number;
	percent: number;
}

/** The score of each domain the grades name, in the order the domains first appear. */
export function domainScoresOf(grades: readonly Grade[]): DomainScore[] {
	const domains = [...new Set(grades.map(grade => grade.domain).filter((domain): domain is string => domain !== undefined))];
	return domains.map(domain => ({domain, ...scoreOf(grades.filter(grade => grade.domain === domain))}));
}

/** `Services & Networking   12 of 20   60%`, one line per domain. */
export function renderDomainScores(scores: readonly DomainScore[]): string {
	if (scores.length === 0) return '';
	const width = Math.max(...scores.map(score => score.domain.length));
	const fraction = scores.map(score => `${score.points} of ${score.total}`);
	const fractionWidth = Math.max(...fraction.map(text => text.length));
	return scores.map((score, index) => `${score.domain.padEnd(width)}   ${fraction[index].padEnd(fractionWidth)}   ${score.percent}%`).join('\n') + '\n';
}
