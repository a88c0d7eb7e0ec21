/** A graded exam as progress keeps it (src/core/progress/exam-record.ts). */
import type {ExamAttempt} from '../progress/exam-record.js';
import {examResults} from './exam-results.js';
import type {ExamState} from './exam-session.js';

export function examAttempt(state: ExamState, now: Date): ExamAttempt {
	const results = examResults(state);
	const at = now.toISOString();
	return {
		id: `${at}-${state.settings.seed}`,
		at,
		seed: state.settings.seed,
		minutes: state.settings.minutes,
		realistic: state.settings.realistic,
		endedBy: state.endedBy ?? 'submit',
		points: results.points,
		total: results.total,
		percent: results.percent,
		domains: results.domains,
		tasks: results.tasks.map(task => ({task: task.id, domain: task.domain, weight: task.weight, passed: task.passed, assisted: task.assisted, flagged: task.flagged})),
	};
}
