import {generatePredictChoices, type ScriptRunner} from '../quiz/predict-choices.js';
import type {Quiz} from '../quiz/quiz-types.js';
import {sortProblems, type ContentProblem} from './content-problem.js';
import type {LoadedContent} from './load-content.js';
import {sanitise} from './sanitise.js';

export interface PredictOptions {
	/** Which quizzes get their predict questions generated now (default all); the others lose them… */
	generateFor?: (quizId: string) => boolean;
	/** …unless kept without choices, for `completePredictItems` once an exam or review has picked them. */
	keepPending?: boolean;
	/** Run each setup on its own too and report setups whose commands fail (validate). */
	checkSetups?: boolean;
}

/**
 * Loaded content with its predict questions' choices computed by the simulator (only there does
 * anything from a pack run). A question that cannot be generated is a problem and is left out; a
 * quiz left with no questions is dropped.
 */
export async function withPredictChoices(loaded: LoadedContent, run: ScriptRunner | undefined, options: PredictOptions = {}): Promise<LoadedContent> {
	const problems: ContentProblem[] = [...loaded.problems];
	const quizzes: Quiz[] = [];
	for (const quiz of loaded.quizzes) {
		let next = quiz;
		if (run && (options.generateFor?.(quiz.id) ?? true)) {
			const generated = await generatePredictChoices(quiz, run, new Map(loaded.positions.get(quiz.id) ?? []), {checkSetups: options.checkSetups ?? false});
			problems.push(...generated.problems.map(problem => ({...problem, file: sanitise(problem.file), message: sanitise(problem.message)})));
			next = generated.quiz;
		} else if (!options.keepPending) {
			next = {...quiz, questions: quiz.questions.filter(question => question.kind !== 'predict')};
		}
		if (next.questions.length > 0) quizzes.push(next);
	}
	return {...loaded, quizzes, problems: sortProblems(problems)};
}
