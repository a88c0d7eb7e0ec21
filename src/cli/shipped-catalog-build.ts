import {writeFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {isDeepStrictEqual} from 'node:util';
import {loadAllContent, packageRoot} from '../adapters/content-files.js';
import {quizEntries} from '../core/content/load-content.js';
import {CATALOG_FILE, FORMAT, shippedContentFiles, type ShippedCatalog} from './shipped-catalog.js';

/** Build time (tsup.config.ts): the content loader's own answer for the shipped lessons and quizzes. */
export function buildShippedCatalog(root: string = packageRoot()): ShippedCatalog {
	const content = loadAllContent([], root);
	const rel = (file: string) => relative(root, resolve(root, file));
	return {
		format: FORMAT,
		lessons: content.lessons.map(lesson => ({...lesson, file: rel(lesson.file)})),
		quizzes: quizEntries(content.quizzes),
		problems: content.problems.length,
		files: shippedContentFiles(root),
	};
}

/**
 * Writes `catalog.json` into `outDir`. Returns why it did not when the loader's answer does not
 * survive JSON unchanged; the app then reads the files, as it does without a catalog.
 */
export function writeShippedCatalog(outDir: string): string | undefined {
	const shipped = buildShippedCatalog();
	const text = JSON.stringify(shipped);
	if (!isDeepStrictEqual(JSON.parse(text), shipped)) return 'the shipped content does not survive JSON';
	writeFileSync(join(outDir, CATALOG_FILE), text);
	return undefined;
}
