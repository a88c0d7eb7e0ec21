import type {ContentProblem} from './content-problem.js';
import type {ContentFile} from './lesson.js';

/**
 * The loader's only view of the outside: the adapter (src/adapters/content-files.ts) reads the
 * real folders, tests and the build read from memory. Nothing here throws.
 */
export interface ContentReader {
	/** What is at `path`: a file, a folder, or nothing that can be read. */
	kind(path: string): 'file' | 'folder' | undefined;
	/** The names in a folder, or undefined when it cannot be read. */
	list(folder: string): readonly string[] | undefined;
	/** A file's text, or why it cannot be read (`cannot read this file (EACCES)`). */
	read(file: string): {text: string} | {problem: string};
	join(folder: string, name: string): string;
	/** The name a message shows for `path` (relative to the learner's folder when shorter). */
	display(path: string): string;
}

/** The file at a pack's top that names it (src/core/classes/pack-manifest.ts): not a quiz. */
export const PACK_MANIFEST = 'kubetutor-pack.yaml';

/** The folder of a pack that holds exam bank files (docs/content.md, "Exams"). */
export const EXAMS_FOLDER = 'exams';

export function isLessonFile(name: string): boolean {
	return name.endsWith('.md') && (name.split('/').pop() ?? name).toLowerCase() !== 'readme.md';
}

export function isQuizFile(name: string): boolean {
	return name.endsWith('.yaml') || name.endsWith('.yml');
}

/**
 * The lesson and quiz files of each target: a file; a pack folder with `lessons/` and `quizzes/`;
 * or a folder holding the files itself (docs/content.md). A target that cannot be read is a
 * problem naming it, and the other targets still load.
 */
export function contentFiles(targets: readonly string[], reader: ContentReader): {files: ContentFile[]; problems: ContentProblem[]} {
	const files: ContentFile[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	const problem = (path: string, message: string) => problems.push({file: reader.display(path), line: 1, col: 1, message});
	const add = (path: string, exam = false) => {
		if (seen.has(path)) return;
		seen.add(path);
		const read = reader.read(path);
		if ('text' in read) files.push({file: reader.display(path), text: read.text, ...(exam ? {exam} : {})});
		else problem(path, read.problem);
	};
	for (const target of targets) {
		const kind = reader.kind(target);
		if (kind === undefined) {
			problem(target, 'no such file or folder');
			continue;
		}
		if (kind === 'file') {
			add(target);
			continue;
		}
		const folders = ['lessons', 'quizzes'].map(name => reader.join(target, name)).filter(folder => reader.kind(folder) === 'folder');
		for (const folder of folders.length > 0 ? folders : [target]) {
			const names = reader.list(folder);
			if (!names) {
				problem(folder, 'cannot read this folder');
				continue;
			}
			for (const name of [...names].sort()) if (isLessonFile(name) || (isQuizFile(name) && name !== PACK_MANIFEST)) add(reader.join(folder, name));
		}
		// Exam bank files are YAML like quizzes, so only their own folder says what they are.
		const exams = reader.join(target, EXAMS_FOLDER);
		if (reader.kind(exams) === 'folder') for (const name of [...(reader.list(exams) ?? [])].sort()) if (isQuizFile(name)) add(reader.join(exams, name), true);
	}
	return {files, problems};
}
