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
