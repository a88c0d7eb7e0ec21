import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {basename, join, relative, resolve} from 'node:path';
import type {CommandContext} from '../cli/command.js';
import {packageRoot} from '../cli/content-files.js';
import type {ContentFile} from '../core/content/lesson.js';
import {isLessonFile, isQuizFile, loadContent, type LoadedContent, type LessonInfo} from '../core/content/validate-content.js';
import {formatProblem, type ContentProblem} from '../core/content/validate-problem.js';
import type {ScriptRunner} from '../core/quiz/predict-choices.js';
import {readPackManifest} from '../adapters/pack-files.js';
import {PACK_MANIFEST} from '../core/classes/pack-manifest.js';

/**
 * `kubetutor validate [DIR...]`: check lessons and quizzes (default: the shipped ones plus any
 * `--content` packs). Prints every problem as `file:line:col message`; exit 1 when any.
 */
export default async function validate(ctx: CommandContext): Promise<number> {
	const dirs = ctx.args.filter(arg => !arg.startsWith('-'));
	const targets = dirs.length > 0 ? [...dirs, ...ctx.options.content] : [packageRoot(), ...ctx.options.content];
	const {files, problems: readProblems} = readContentFiles(targets, ctx.cwd);
	// Quizzes in a pack may refer to the shipped lessons.
	const known = dirs.length > 0 || ctx.options.content.length > 0 ? await shippedLessons(ctx.cwd) : [];
	// Validation must not pass quietly when the simulator cannot load: every predict setup then
	// reports why it could not run.
	const run = (await loadScriptRunner()) ?? simulatorMissing;
	const loaded = await loadContent(files, {run, knownLessons: known, checkSetups: true});
	const problems = [...readProblems, ...manifestProblems(targets, ctx.cwd), ...loaded.problems];
	for (const problem of problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
	ctx.stdout.write(`${summaryLine(files, loaded, problems)}\n`);
	return problems.length > 0 ? 1 : 0;
}

/** Each pack folder's kubetutor-pack.yaml, when it has one (a pack without one is still valid). */
function manifestProblems(targets: readonly string[], cwd: string): ContentProblem[] {
	return targets.flatMap(target => {
		const dir = resolve(cwd, target);
		const read = readPackManifest(dir, displayName(join(dir, PACK_MANIFEST), cwd));
		return read.kind === 'bad' ? read.problems : [];
	});
}

function summaryLine(files: ContentFile[], loaded: LoadedContent, problems: ContentProblem[]): string {
	const lessons = files.filter(file => isLessonFile(file.file)).length;
	const quizzes = files.filter(file => isQuizFile(file.file)).length;
	const questions = loaded.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
	const checked = `${plural(lessons, 'lesson')} and ${plural(quizzes, 'quiz', 'quizzes')}`;
	if (problems.length === 0) return `✔ ${checked} checked (${plural(questions, 'question')}), no problems`;
	const broken = new Set(problems.map(problem => problem.file)).size;
	return `✘ ${plural(problems.length, 'problem')} in ${plural(broken, 'file')} (${checked} checked)`;
}

function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}

/** Names shown in messages: relative to the current folder when inside it. */
function displayName(path: string, cwd: string): string {
	const rel = relative(cwd, path);
	return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Lesson and quiz files of each target: a file, a folder with `lessons/` and `quizzes/`, or a
 * folder holding the files directly. Unreadable targets are problems, not crashes.
 */
export function readContentFiles(targets: readonly string[], cwd: string): {files: ContentFile[]; problems: ContentProblem[]} {
	const files: ContentFile[] = [];
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	const add = (path: string) => {
		if (seen.has(path)) return;
		seen.add(path);
		try {
			files.push({file: displayName(path, cwd), text: readFileSync(path, 'utf8')});
		} catch (error) {
			problems.push({file: displayName(path, cwd), line: 1, col: 1, message: `cannot read this file (${(error as NodeJS.ErrnoException).code ?? 'error'})`});
		}
	};
	for (const target of targets) {
		const path = resolve(cwd, target);
		let isDirectory: boolean;
		try {
			isDirectory = statSync(path).isDirectory();
		} catch {
			problems.push({file: displayName(path, cwd), line: 1, col: 1, message: 'no such file or folder'});
			continue;
		}
		if (!isDirectory) {
			add(path);
			continue;
		}
		const folders = ['lessons', 'quizzes'].map(name => join(path, name)).filter(folder => existsSync(folder) && statSync(folder).isDirectory());
		for (const folder of folders.length > 0 ? folders : [path]) {
			let names: string[];
			try {
				names = readdirSync(folder).sort();
			} catch {
				problems.push({file: displayName(folder, cwd), line: 1, col: 1, message: 'cannot read this folder'});
				continue;
			}
			for (const name of names) {
				if ((isLessonFile(name) && basename(name).toLowerCase() !== 'readme.md') || (isQuizFile(name) && name !== PACK_MANIFEST)) add(join(folder, name));
			}
		}
	}
	return {files, problems};
}

async function shippedLessons(cwd: string): Promise<LessonInfo[]> {
	const {files} = readContentFiles([join(packageRoot(), 'lessons')], cwd);
	return (await loadContent(files)).lessons;
}

/**
 * Load the shipped content and `--content` packs for quizzing. Broken files are left out and
 * returned as problems so the caller can mention them.
 */
export async function loadAllContent(contentDirs: readonly string[], cwd: string, options: {generateFor?: (quizId: string) => boolean; keepPending?: boolean} = {}): Promise<LoadedContent> {
	const {files, problems} = readContentFiles([packageRoot(), ...contentDirs], cwd);
	const run = await loadScriptRunner();
	const loaded = await loadContent(files, {...(run ? {run} : {}), ...options});
	return {...loaded, problems: [...problems, ...loaded.problems]};
}

/**
 * The simulator's batch runner, loaded only when predict questions need it. Setups may not read
 * files: a content file never reaches outside the sandbox.
 */
export async function loadScriptRunner(): Promise<ScriptRunner | undefined> {
	try {
		const {runScript} = await import('../core/cluster/shell/batch.js');
		return (script, options) => runScript(script, {...options, readFile: () => undefined, listDir: () => undefined});
	} catch (error) {
		simulatorError = String((error as Error)?.message ?? error).split('\n')[0];
		return undefined;
	}
}

let simulatorError = 'unknown error';

const simulatorMissing: ScriptRunner = () => {
	throw new Error(`the simulator could not be loaded (${simulatorError})`);
};
