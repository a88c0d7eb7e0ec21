/**
 * What the exam screen shows, as lines for a width: the header with the timer, the task text
 * panel, and the results. Plain text so the Ink layer only lays it out.
 */
import {wrapText} from '../app/wrap-text.js';
import {footerLine} from '../app/keymap.js';
import {clockText, remainingMs, WARNING_MINUTES} from './exam-clock.js';

/** The clock turns red in the last warning's minutes. */
const LAST_MINUTES = Math.min(...WARNING_MINUTES);
import {examResults, taskResultLines} from './exam-results.js';
import {activeExamBindings, type ExamScreenState} from './exam-screen.js';

/** `Task 3/16 · 4 pts · ns orbit · flagged` on the left, the time left on the right. */
export function examHeader(state: ExamScreenState, now: number): {title: string; clock: string; urgent?: boolean} {
	const {exam} = state;
	if (state.view === 'results' || state.view === 'final-sandbox') {
		const results = examResults(exam);
		return {title: `Exam results: ${results.percent}% (${results.points} of ${results.total} points)`, clock: exam.endedBy === 'time' ? 'time was up' : 'submitted'};
	}
	const index = exam.practice.current;
	const task = exam.tasks[index];
	const flagged = exam.practice.flagged[index] ? ' · flagged' : '';
	const left = remainingMs(exam.clock, now);
	return {title: `Exam · Task ${index + 1}/${exam.tasks.length} · ${task.weight} pts · ns ${task.namespace}${flagged}`, clock: `⏱ ${clockText(left)} left`, urgent: left <= LAST_MINUTES * 60_000};
}

/** The current task's text, wrapped: what the real exam shows beside the terminal. */
export function taskPanelLines(state: ExamScreenState, width: number, maxLines: number): string[] {
	const task = state.exam.tasks[state.exam.practice.current];
	const lines = [`${task.title} (${task.domain})`, ...wrapText(task.statement.replace(/\s*\n\s*/g, ' '), width)];
	return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), '… (Ctrl+T hides this panel; type task K to print it)'] : lines;
}

/** The results screen: score per domain, one row per task, then the open task's details. */
export function resultScreenLines(state: ExamScreenState, width: number): {summary: string[]; rows: string[]; details: string[]} {
	const results = examResults(state.exam);
	const summary = results.domains.map(domain => `${domain.domain}: ${domain.points} of ${domain.total} (${domain.percent}%)`);
	const rows = results.tasks.map((task, index) => {
		const mark = index === state.resultCursor ? '›' : ' ';
		const verdict = task.passed ? (task.assisted ? '✓ assisted' : '✓ passed  ') : '✗ failed  ';
		return `${mark} ${String(task.number).padStart(2)} ${verdict} ${task.weight}p ${task.flagged ? '[flagged] ' : ''}${task.title}`;
	});
	const open = results.tasks[state.resultCursor];
	const details = open ? taskResultLines(open).flatMap(line => wrapText(line, width, '    ')) : [];
	return {summary, rows, details: details.slice(state.resultScroll)};
}

export function examFooter(state: ExamScreenState, width: number): string {
	if (state.view === 'confirm') return 'Submit now? Every task is graded as the cluster stands. y submit · n keep working';
	// The realistic exam offers no tutor help, so its footer does not offer `?` either.
	const bindings = activeExamBindings(state).filter(binding => !(state.exam.settings.realistic && binding.keys.includes('?')));
	return footerLine(bindings.map(binding => ({...binding, keys: [...binding.keys]})), width);
}
