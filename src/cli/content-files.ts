import {readContentFile} from '../adapters/learner-files.js';
import {existsSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ContentError, ContentFile} from '../core/content/lesson.js';
import {buildLessonCatalog, type LessonCatalog} from '../core/content/lesson-catalog.js';

/**
 * The folder holding the shipped `lessons/` and `quizzes/`. From the bundle (dist/cli.js) it is
 * one level up; from the sources (tests) a few more, so walk up until it is found.
 */
export function packageRoot(from: string = import.meta.url): string {
	const bundled = fileURLToPath(new URL('../', from));
	let dir = bundled;
	for (let i = 0; i < 6; i++) {
		if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'lessons'))) return dir;
		const parent = dirname(dir);
		if (parent === dir) break;
		dir = parent;
	}
	return bundled;
}

export function shippedDir(kind: 'lessons' | 'quizzes'): string {
	return join(packageRoot(), kind);
}

/** Names shown in messages: relative to where the learner is, when that is shorter. */
function displayName(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return rel && !rel.startsWith('..') && rel.length < path.length ? rel : path;
}

/** A pack keeps its lessons in DIR/lessons/ or directly in DIR. */
function lessonFolder(dir: string): string {
	const nested = join(dir, 'lessons');
	return existsSync(nested) && statSync(nested).isDirectory() ? nested : dir;
}

export function readLessonFiles(dirs: readonly string[], cwd: string): {files: ContentFile[]; errors: ContentError[]} {
	const files: ContentFile[] = [];
	const errors: ContentError[] = [];
	for (const given of dirs) {
		const dir = resolve(cwd, given);
		let names: string[];
		try {
			names = readdirSync(lessonFolder(dir)).filter(name => name.endsWith('.md') && name.toLowerCase() !== 'readme.md').sort();
		} catch {
			errors.push({file: displayName(dir, cwd), line: 1, column: 1, message: 'cannot read this content folder'});
			continue;
		}
		for (const name of names) {
			const path = join(lessonFolder(dir), name);
			try {
				files.push({file: displayName(path, cwd), text: readContentFile(path)});
			} catch {
				errors.push({file: displayName(path, cwd), line: 1, column: 1, message: 'cannot read this file'});
			}
		}
	}
	return {files, errors};
}

/** The shipped lessons plus every `--content` pack; broken files are reported, the rest load. */
export function loadLessonCatalog(contentDirs: readonly string[], cwd: string): LessonCatalog {
	const shipped = shippedDir('lessons');
	const {files, errors} = readLessonFiles(existsSync(shipped) ? [shipped, ...contentDirs] : contentDirs, cwd);
	const catalog = buildLessonCatalog(files);
	return {lessons: catalog.lessons, errors: [...errors, ...catalog.errors]};
}
