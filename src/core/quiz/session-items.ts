import type {ReviewCard} from '../progress/leitner.js';
import type {SessionItem} from './quiz-session.js';
import type {Quiz} from './quiz-types.js';

export function itemsForQuiz(quiz: Quiz): SessionItem[] {
	return quiz.questions.map(question => ({quiz: quiz.id, lesson: quiz.lesson, question}));
}

/** Due cards that still exist in the loaded quizzes, in due order. */
export function itemsForReview(quizzes: readonly Quiz[], cards: readonly ReviewCard[]): SessionItem[] {
	const items: SessionItem[] = [];
	for (const card of cards) {
		const quiz = quizzes.find(entry => entry.id === card.quiz);
		const question = quiz?.questions.find(entry => entry.id === card.question);
		if (quiz && question) items.push({quiz: quiz.id, lesson: quiz.lesson, question});
	}
	return items;
}

/**
 * A mixed exam: questions drawn in turn from every quiz (shuffled with the given random source)
 * so each topic is represented. Hands-on tasks are left out: they need the sandbox, not a clock.
 */
export function pickExamItems(quizzes: readonly Quiz[], count: number, random: () => number): SessionItem[] {
	const pools = quizzes
		.map(quiz => shuffle(itemsForQuiz(quiz).filter(item => item.question.kind !== 'task'), random))
		.filter(pool => pool.length > 0);
	const picked: SessionItem[] = [];
	for (let round = 0; picked.length < count && pools.some(pool => pool.length > round); round++) {
		for (const pool of shuffle(pools, random)) {
			if (picked.length >= count) break;
			if (pool[round]) picked.push(pool[round]);
		}
	}
	return shuffle(picked, random);
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let index = out.length - 1; index > 0; index--) {
		const swap = Math.floor(random() * (index + 1));
		[out[index], out[swap]] = [out[swap], out[index]];
	}
	return out;
}
