import type {Lesson} from '../content/lesson.js';
import type {ProgressSummary} from './progress-summary.js';

export interface QuizEntry {
	id: string;
	title: string;
	lesson?: string;
	questions: number;
}

/** One line of the home menu; what Enter does is the item's kind. */
export type HomeItem =
	| {kind: 'continue'; lesson: string; label: string}
	| {kind: 'lesson'; lesson: string; label: string; mark: LessonMark}
	| {kind: 'quiz'; quiz: string; label: string}
	| {kind: 'quizzes'; label: string}
	| {kind: 'progress'; label: string}
	| {kind: 'review'; label: string}
	| {kind: 'exam'; label: string}
	| {kind: 'launch'; command: LaunchCommand; label: string}
	| {kind: 'sandbox'; label: string};

/** A command with a full screen of its own that the home hands over to when it closes (and comes back after). */
export type LaunchCommand = 'exam' | 'drill';

export type LessonMark = 'done' | 'assisted' | 'new';

export function lessonMark(progress: ProgressSummary, lesson: string): LessonMark {
	if (progress.assisted.includes(lesson)) return 'assisted';
	return progress.done.includes(lesson) ? 'done' : 'new';
}

/** The lesson to suggest: the one left off, else the first not done. */
export function nextLesson(lessons: readonly Lesson[], progress: ProgressSummary): Lesson | undefined {
	const last = lessons.find(lesson => lesson.id === progress.last);
	if (last && !progress.done.includes(last.id)) return last;
	return lessons.find(lesson => !progress.done.includes(lesson.id));
}

export function homeItems(lessons: readonly Lesson[], quizzes: readonly QuizEntry[], progress: ProgressSummary): HomeItem[] {
	const items: HomeItem[] = [];
	const next = nextLesson(lessons, progress);
	if (next) {
		const verb = next.id === progress.last ? 'Continue where you left off' : progress.done.length > 0 ? 'Next lesson' : 'Start here';
		items.push({kind: 'continue', lesson: next.id, label: `${verb}: ${next.title}`});
	}
	lessons.forEach((lesson, index) => items.push({kind: 'lesson', lesson: lesson.id, label: `${index + 1}. ${lesson.title}`, mark: lessonMark(progress, lesson.id)}));
	if (quizzes.length > 0) {
		const questions = quizzes.reduce((sum, quiz) => sum + quiz.questions, 0);
		items.push({kind: 'quizzes', label: `Quizzes: ${quizzes.length} ${quizzes.length === 1 ? 'topic' : 'topics'}, ${questions} questions`});
	}
	if (progress.due > 0) items.push({kind: 'review', label: `Review ${progress.due} due question${progress.due === 1 ? '' : 's'}`});
	items.push({kind: 'launch', command: 'exam', label: 'Hands-on exam: 16 tasks on the cluster in 60 minutes'});
	items.push({kind: 'launch', command: 'drill', label: 'Drill: find and fix what broke an app (a new one each time)'});
	if (quizzes.length > 0) items.push({kind: 'exam', label: 'Quiz exam: timed mixed questions'});
	items.push({kind: 'sandbox', label: 'Sandbox: a simulated kind cluster (kubectl, curl, trace)'});
	items.push({kind: 'progress', label: 'Progress: lessons done, scores, reviews'});
	return items;
}

/** The quiz list screen: one entry per quiz. */
export function quizItems(quizzes: readonly QuizEntry[]): HomeItem[] {
	return quizzes.map(quiz => ({kind: 'quiz', quiz: quiz.id, label: `${quiz.title} (${quiz.questions} questions)`}));
}
