import {existsSync, readdirSync, statSync} from 'node:fs';
import {isFileRefused} from '../core/cluster/shell/file-refused.js';
import {readBoundedFile} from './learner-files.js';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ContentReader} from '../core/content/content-reader.js';
import {loadContent, type LoadedContent} from '../core/content/load-content.js';

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

/** Real folders, relative to where the learner started the tutor. */
export function fileContentReader(cwd: string): ContentReader {
	return {
		kind(path) {
			try {
				return statSync(resolve(cwd, path)).isDirectory() ? 'folder' : 'file';
			} catch {
				return undefined;
			}
		},
		list(folder) {
			try {
				return readdirSync(resolve(cwd, folder));
			} catch {
				return undefined;
			}
		},
		read(file) {
			return readBounded(resolve(cwd, file));
		},
		join,
		display(path) {
			const full = resolve(cwd, path);
			const rel = relative(cwd, full);
			return rel && !rel.startsWith('..') ? rel : full;
		},
	};
}

/** A regular file of bounded size (the sandbox's one bounded read): a FIFO, a device or a huge file is named, never waited on. */
function readBounded(path: string): {text: string} | {problem: string} {
	try {
		const text = readBoundedFile(path);
		return text === undefined ? {problem: 'cannot read this file (ENOENT)'} : {text};
	} catch (error) {
		return {problem: isFileRefused(error) ? `cannot read this file: ${error.reason}` : `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'error'})`};
	}
}

/** The shipped content followed by every `--content` pack: what the app, plain mode and quizzes show. */
export function loadAllContent(contentDirs: readonly string[], cwd: string): LoadedContent {
	return loadContent([packageRoot(), ...contentDirs], fileContentReader(cwd));
}
