import {randomUUID} from 'node:crypto';
import {recordAnswer} from '../core/progress/progress-ops.js';
import type {AnswerMode} from '../core/progress/progress-schema.js';
import type {ProgressStore} from '../core/progress/progress-store.js';
import type {SessionResult} from '../core/quiz/quiz-session.js';

/**
 * Saves each answer as it is given, for the plain quiz and the app alike. A unique id per answer
 * lets two tutors writing at once merge their files without losing any.
 */
export function answerRecorder(store: ProgressStore, mode: AnswerMode): (result: SessionResult) => void {
	const attempt = randomUUID();
	return result => {
		const at = new Date(result.at).toISOString();
		store.update(progress =>
			recordAnswer(progress, {
				id: `${at}-${randomUUID().slice(0, 8)}`,
				attempt,
				quiz: result.quiz,
				question: result.question.id,
				at,
				correct: result.grade.correct,
				given: result.givenIds,
				mode,
			}),
		);
	};
}
