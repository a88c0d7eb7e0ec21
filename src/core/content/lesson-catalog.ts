import type {ContentError, ContentFile, Lesson} from './lesson.js';
import {parseLesson} from './lesson-parse.js';

export interface LessonCatalog {
	lessons: Lesson[];
	errors: ContentError[];
}

/**
 * Every lesson that parses, in course order; a broken file is reported and the others still load.
 * The first file to claim an id keeps it (shipped lessons come before packs).
 */
export function buildLessonCatalog(files: readonly ContentFile[]): LessonCatalog {
	const lessons: Lesson[] = [];
	const errors: ContentError[] = [];
	const byId = new Map<string, Lesson>();
	for (const {file, text} of files) {
		const result = parseLesson(file, text);
		if (!result.ok) {
			errors.push(...result.errors);
			continue;
		}
		const first = byId.get(result.lesson.id);
		if (first) {
			errors.push({file, line: 1, column: 1, message: `lesson id "${result.lesson.id}" is already used by ${first.file}`});
			continue;
		}
		byId.set(result.lesson.id, result.lesson);
		lessons.push(result.lesson);
	}
	lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	return {lessons, errors};
}

export function findLesson(catalog: LessonCatalog, id: string): Lesson | undefined {
	return catalog.lessons.find(lesson => lesson.id === id);
}

/** The lesson after (+1) or before (-1) the given one, in course order. */
export function neighbourLesson(catalog: LessonCatalog, id: string, step: 1 | -1): Lesson | undefined {
	const index = catalog.lessons.findIndex(lesson => lesson.id === id);
	return index < 0 ? undefined : catalog.lessons[index + step];
}
