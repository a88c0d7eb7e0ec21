import type {Lesson} from '../core/content/lesson.js';
import {lessonMark, type LessonMark} from '../core/app/home-items.js';
import type {ProgressSummary} from '../core/app/progress-summary.js';

const MARK_TEXT: Record<LessonMark, string> = {done: '[x] done    ', assisted: '[~] assisted', new: '[ ] to do   '};

/** The lesson list with completion marks in words, so no colour or symbol carries meaning alone. */
export function lessonListText(lessons: readonly Lesson[], progress: ProgressSummary): string {
	if (lessons.length === 0) return 'No lessons found.\n';
	const idWidth = Math.max(...lessons.map(lesson => lesson.id.length));
	const lines = lessons.map((lesson, index) => {
		const number = String(index + 1).padStart(2);
		return `${MARK_TEXT[lessonMark(progress, lesson.id)]} ${number}. ${lesson.id.padEnd(idWidth)}  ${lesson.title}`;
	});
	const done = lessons.filter(lesson => progress.done.includes(lesson.id)).length;
	return [`Lessons (${done} of ${lessons.length} done):`, ...lines, '', "Open one with 'kubetutor lesson ID'."].join('\n') + '\n';
}
