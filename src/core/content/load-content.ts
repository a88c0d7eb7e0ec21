import {parseTasks} from '../lessons/parse-tasks.js';
import {examSchemaValidator, parseExamFile} from '../exam/parse-exam-file.js';
import type {ExamTask} from '../exam/exam-task.js';
import {parseQuiz, quizSchemaValidator} from '../quiz/parse-quiz.js';
import type {Quiz} from '../quiz/quiz-types.js';
import type {QuizEntry} from '../app/home-items.js';
import {sortProblems, type ContentProblem} from './content-problem.js';
import {contentFiles, isLessonFile, isQuizFile, type ContentReader} from './content-reader.js';
import {parseContentYaml, yamlStreamProblems} from './content-yaml.js';
import type {ContentFile, Lesson} from './lesson.js';
import {parseLesson} from './lesson-parse.js';
import {sanitise} from './sanitise.js';
import {compileSchema, schemaProblems} from './schema-problems.js';
import lessonSchema from '../../../schemas/lesson.schema.json' with {type: 'json'};
import type {ValidateFunction} from 'ajv';
import {positionOf, type PathKey} from './yaml-position.js';

/** Everything a pack holds that loaded, and every problem found, as `file:line:col message`. */
export interface LoadedContent {
	/** In course order; the first file to claim an id keeps it. */
	lessons: Lesson[];
	/** Quizzes that loaded; predict questions have no choices until `withPredictChoices` runs. */
	quizzes: Quiz[];
	/** Sorted by file, line and column; file names and messages sanitised. */
	problems: ContentProblem[];
	/** How many lesson, quiz and exam bank files were read. */
	checked: {lessons: number; quizzes: number; exams?: number};
	/** Where each question of each quiz starts, to place problems found later (predict setups). */
	positions: ReadonlyMap<string, ReadonlyMap<string, {line: number; col: number}>>;
	/** The hands-on exam bank (`exams/*.yaml`), in file order; the first file to claim a task id keeps it. */
	exams: ExamTask[];
}

export interface LoadOptions {
	/** Lessons known from elsewhere (the shipped ones), so a pack's quiz may refer to them. */
	knownLessons?: readonly Lesson[];
}

/**
 * The one content loader: the app, plain mode, `validate` and quizzes all read lessons and
 * quizzes through it. A file that cannot be read or parsed — YAML the parser refuses for any
 * reason included — is a problem naming it, and every other file still loads. Nothing in a file
 * is executed.
 */
export function loadContent(targets: readonly string[], reader: ContentReader, options: LoadOptions = {}): LoadedContent {
	const read = contentFiles(targets, reader);
	const loaded = loadContentFiles(read.files, options);
	return {...loaded, problems: cleanProblems([...read.problems, ...loaded.problems])};
}

/** `loadContent` for files already read. */
export function loadContentFiles(files: readonly ContentFile[], options: LoadOptions = {}): LoadedContent {
	const problems: ContentProblem[] = [];
	const lessons: Lesson[] = [];
	const taskIds = new Map<string, string[]>();
	const validateLesson = compileSchema(lessonSchema);
	for (const file of files.filter(entry => isLessonFile(entry.file))) {
		const checked = checkLesson(file, validateLesson, problems);
		if (!checked) continue;
		const clash = lessons.find(other => other.id === checked.lesson.id);
		if (clash) {
			problems.push({file: file.file, ...frontMatterPosition(file.text, ['id']), message: `duplicate lesson id "${checked.lesson.id}" (also in ${clash.file})`});
			continue;
		}
		lessons.push(checked.lesson);
		taskIds.set(checked.lesson.id, checked.taskIds);
	}
	for (const known of options.knownLessons ?? []) if (!taskIds.has(known.id)) taskIds.set(known.id, known.tasks === undefined ? [] : parseTasks(known.tasks).tasks.map(task => task.id));
	const quizzes: Quiz[] = [];
	const positions = new Map<string, ReadonlyMap<string, {line: number; col: number}>>();
	const validateQuiz = quizSchemaValidator();
	for (const file of files.filter(entry => isQuizFile(entry.file) && !entry.exam)) {
		const parsed = parseQuiz(file.file, file.text, validateQuiz);
		problems.push(...parsed.problems);
		if (!parsed.quiz || parsed.problems.length > 0) continue;
		const quiz = parsed.quiz;
		const at = (path: PathKey[]) => ({file: file.file, ...parsed.locate(path)});
		// Dangling references are reported but leave the quiz usable; broken questions do not.
		const clash = quizzes.find(other => other.id === quiz.id);
		if (clash) problems.push({...at(['id']), message: `duplicate quiz id "${quiz.id}" (also in ${clash.file})`});
		if (!taskIds.has(quiz.lesson)) problems.push({...at(['lesson']), message: `lesson "${quiz.lesson}" does not exist`});
		quiz.questions.forEach((question, index) => {
			if (question.kind !== 'task') return;
			const tasks = taskIds.get(question.lesson);
			if (!tasks) problems.push({...at(['questions', index, 'lesson']), message: `lesson "${question.lesson}" does not exist`});
			else if (!tasks.includes(question.task)) problems.push({...at(['questions', index, 'task']), message: `lesson "${question.lesson}" has no task "${question.task}"`});
		});
		// A predict question whose setup holds a broken manifest is reported and left out.
		const manifests = manifestProblems(file, quiz, parsed.locate);
		problems.push(...manifests);
		const broken = new Set(manifests.map(problem => problem.question));
		const kept = {...quiz, questions: quiz.questions.filter(question => !broken.has(question.id))};
		if (clash || kept.questions.length === 0) continue;
		quizzes.push(kept);
		positions.set(kept.id, parsed.positions);
	}
	lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	const exams = loadExamFiles(files.filter(entry => entry.exam), problems);
	const examFiles = files.filter(entry => entry.exam).length;
	const checked = {lessons: files.filter(entry => isLessonFile(entry.file)).length, quizzes: files.filter(entry => isQuizFile(entry.file) && !entry.exam).length, ...(examFiles > 0 ? {exams: examFiles} : {})};
	return {lessons, quizzes, problems: cleanProblems(problems), checked, positions, exams};
}

/** Every exam bank file's tasks; a task id another file claimed first is a problem and left out. */
function loadExamFiles(files: readonly ContentFile[], problems: ContentProblem[]): ExamTask[] {
	const exams: ExamTask[] = [];
	const validate = examSchemaValidator();
	for (const file of files) {
		const parsed = parseExamFile(file.file, file.text, validate);
		problems.push(...parsed.problems);
		for (const task of parsed.tasks) {
			const clash = exams.find(other => other.id === task.id);
			if (clash) problems.push({file: file.file, ...yamlPosition(file.text, ['tasks', parsed.tasks.indexOf(task), 'id']), message: `duplicate exam task id "${task.id}" (also in ${clash.file})`});
			else exams.push(task);
		}
	}
	return exams;
}

/** The quizzes as menus list them. */
export function quizEntries(quizzes: readonly Quiz[]): QuizEntry[] {
	return quizzes.map(quiz => ({id: quiz.id, title: quiz.title, lesson: quiz.lesson, questions: quiz.questions.length}));
}

/** File names and parser messages come from the pack too: they reach the terminal sanitised. */
function cleanProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return sortProblems(problems.map(({file, line, col, message}) => ({file: sanitise(file), line, col, message: sanitise(message)})));
}

function checkLesson(file: ContentFile, validate: ValidateFunction, problems: ContentProblem[]): {lesson: Lesson; taskIds: string[]} | undefined {
	const parsed = parseLesson(file.file, file.text);
	if (!parsed.ok) {
		problems.push(...parsed.errors);
		return undefined;
	}
	const before = problems.length;
	const frontMatter = (path: PathKey[], key = false) => ({file: file.file, ...frontMatterPosition(file.text, path, key)});
	// Front matter follows schemas/lesson.schema.json (editors complete it); the tasks' meaning
	// (a vantage that exists, a kind the cluster knows) is parseTasks' to check.
	const invalid = schemaProblems(validate, parsed.lesson.frontMatter, LESSON_WORDS);
	for (const problem of invalid) problems.push({...frontMatter(problem.path, problem.key), message: problem.message});
	const {tasks, errors} = invalid.length > 0 || parsed.lesson.tasks === undefined ? {tasks: [], errors: []} : parseTasks(parsed.lesson.tasks);
	for (const error of errors) problems.push({...frontMatter(error.path.map(step => (/^\d+$/.test(step) ? Number(step) : step))), message: `task: ${error.message}`});
	problems.push(...yamlBlockProblems(file.file, parsed.lesson.body, parsed.lesson.bodyLine));
	if (problems.length > before) return undefined;
	return {lesson: parsed.lesson, taskIds: tasks.map(task => task.id)};
}

const LESSON_WORDS = {root: 'front matter', inside: 'front matter: ', keywords: {anyOf: 'must be a port number or a port name', maxProperties: 'a check is one kind, written as {kind: {fields}}', minProperties: 'a check is one kind, written as {kind: {fields}}'}};

/** Every fenced `yaml` block in a lesson body must parse (it may be sent to the sandbox). */
function yamlBlockProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\b/.exec(lines[index]);
		if (!open) continue;
		const fence = open[2];
		const end = lines.findIndex((line, later) => later > index && line.trim().startsWith(fence));
		const last = end < 0 ? lines.length : end;
		for (const problem of yamlStreamProblems(lines.slice(index + 1, last).join('\n'))) {
			problems.push({file, line: bodyLine + index + problem.line, col: problem.col, message: `manifest: ${problem.message}`});
		}
		index = last;
	}
	return problems;
}

/** Manifests in predict setups (here-documents) must parse as YAML. */
function manifestProblems(file: ContentFile, quiz: Quiz, locate: (path: PathKey[]) => {line: number; col: number}): Array<ContentProblem & {question: string}> {
	const problems: Array<ContentProblem & {question: string}> = [];
	const fileLines = file.text.split('\n');
	quiz.questions.forEach((question, index) => {
		if (question.kind !== 'predict') return;
		[question.setup, ...question.alternatives].forEach((setup, setupIndex) => {
			const path: PathKey[] = setupIndex === 0 ? ['questions', index, 'setup', 'script'] : ['questions', index, 'alternatives', setupIndex - 1, 'script'];
			const start = locate(path);
			// A block scalar's text starts on the line after its `|`, indented.
			const indent = /^\s*/.exec(fileLines[start.line] ?? '')?.[0].length ?? 0;
			for (const heredoc of hereDocuments(setup.script)) {
				for (const problem of yamlStreamProblems(heredoc.text)) {
					problems.push({file: file.file, line: start.line + heredoc.line + problem.line, col: problem.col + indent, message: `manifest: ${problem.message}`, question: question.id});
				}
			}
		});
	});
	return problems;
}

/** Bodies of `<<WORD` … `WORD` here-documents with the 0-based line each body starts on. */
function hereDocuments(script: string): Array<{text: string; line: number}> {
	const lines = script.split('\n');
	const found: Array<{text: string; line: number}> = [];
	for (let index = 0; index < lines.length; index++) {
		const match = /<<-?\s*['"]?(\w+)['"]?\s*$/.exec(lines[index]);
		if (!match) continue;
		const end = lines.findIndex((line, later) => later > index && line.trim() === match[1]);
		const last = end < 0 ? lines.length : end;
		found.push({text: lines.slice(index + 1, last).join('\n'), line: index + 1});
		index = last;
	}
	return found;
}

function yamlPosition(text: string, path: PathKey[], key = false): {line: number; col: number} {
	const {doc, counter} = parseContentYaml(text);
	return positionOf(doc, counter, path, {key});
}

/** Where a front-matter path is in a lesson file (the front matter starts on the file's second line). */
export function frontMatterPosition(text: string, path: PathKey[], key = false): {line: number; col: number} {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/.test(line.replace(/\r$/, '')));
	const {line, col} = yamlPosition(lines.slice(1, end < 0 ? lines.length : end).join('\n'), path, key);
	return {line: line + 1, col};
}
