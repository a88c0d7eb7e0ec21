import {readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {QuizEntry} from '../core/app/home-items.js';
import type {Lesson} from '../core/content/lesson.js';

/**
 * The shipped lessons and quiz list as the content loader read them at build time, written beside
 * the bundle (`dist/catalog.json`) so the home screen's first frame needs neither the YAML parser
 * nor the content files (docs/architecture.md, "Bundling"). This reader imports nothing of the
 * loader; `--content` packs are still read by the loader, after the first frame.
 */
export interface ShippedCatalog {
	format: typeof FORMAT;
	/** Lessons with `file` relative to the package root (`lessons/01-….md`). */
	lessons: Lesson[];
	quizzes: QuizEntry[];
	/** How many problems the loader reported: the catalog is used only when there were none. */
	problems: number;
	/** Size of every shipped content file by its name relative to the package root: a changed folder means a stale catalog. */
	files: Record<string, number>;
}

export const FORMAT = 2;
export const CATALOG_FILE = 'catalog.json';

/** Every shipped lesson and quiz file with its size, relative to the package root. */
export function shippedContentFiles(root: string): Record<string, number> {
	const files: Record<string, number> = {};
	for (const kind of ['lessons', 'quizzes']) {
		const dir = join(root, kind);
		for (const name of readdirSync(dir).sort()) files[`${kind}/${name}`] = statSync(join(dir, name)).size;
	}
	return files;
}

function sameFiles(a: Record<string, number>, b: Record<string, number>): boolean {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every(key => a[key] === b[key]);
}

/**
 * The catalog written at build time (the package root is the folder above it), when it is there,
 * lists no problem and the shipped files are still the ones it was built from; undefined
 * otherwise, and the caller runs the loader. Never throws.
 */
export function readShippedCatalog(path: string = fileURLToPath(new URL(`./${CATALOG_FILE}`, import.meta.url))): {lessons: Lesson[]; quizzes: QuizEntry[]} | undefined {
	try {
		const shipped = JSON.parse(readFileSync(path, 'utf8')) as ShippedCatalog;
		if (shipped.format !== FORMAT || shipped.problems > 0) return undefined;
		const root = dirname(dirname(path));
		if (!sameFiles(shippedContentFiles(root), shipped.files)) return undefined;
		return {lessons: shipped.lessons.map(lesson => ({...lesson, file: resolve(root, lesson.file)})), quizzes: shipped.quizzes};
	} catch {
		return undefined;
	}
}
