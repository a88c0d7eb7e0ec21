/** Keeps a graded exam in the learner's progress; a store that cannot open is skipped quietly, as for quizzes. */
import {examAttempt} from '../core/exam/exam-attempt.js';
import type {ExamState} from '../core/exam/exam-session.js';
import {recordExamAttempt} from '../core/progress/exam-record.js';
import {openProgressStore} from './progress-file-store.js';

export async function saveExamAttempt(env: NodeJS.ProcessEnv, state: ExamState, now: Date): Promise<void> {
	try {
		const store = openProgressStore({env});
		store.update(progress => ({...progress, exams: recordExamAttempt(progress.exams, examAttempt(state, now))}));
	} catch {
		// Progress is a convenience: an exam is never lost to a store that cannot be written.
	}
}
