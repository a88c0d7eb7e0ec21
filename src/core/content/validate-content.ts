import {parseAllDocuments, LineCounter, parseDocument} from 'yaml';
import {parseTasks} from '../lessons/parse-tasks.js';
import {parseQuiz, quizValidator} from '../quiz/parse-quiz.js';
import {generatePredictChoices, type ScriptRunner} from '../quiz/predict-choices.js';
import type {Quiz} from '../quiz/quiz-types.js';
import type {ContentFile, Lesson} from './lesson.js';
import {parseLesson} from './lesson-parse.js';
import {sortProblems, type ContentProblem} from './validate-problem.js';
import {positionOf, type PathKey} from './validate-yaml-position.js';

export interface LessonInfo {
	lesson: Lesson;
	/** Task ids declared in the lesson's front matter. */
	taskIds: string[];
}

export interface LoadedContent {
	lessons: LessonInfo[];
	quizzes: Quiz[];
	problems: ContentProblem[];
}

export interface LoadOptions {
	/** The simulator, to generate predict-the-output choices; without it predict questions are left out. */
	run?: ScriptRunner;
	/** Lessons known from elsewhere (the shipped ones), so a pack's quiz may refer to them. */
	knownLessons?: LessonInfo[];
	/** Which quizzes need their predict questions generated (default all); the others lose them. */
	generateFor?: (quizId: string) => boolean;
	/** Keep the predict questions not generated now, without choices, for `completePredictItems` later. */
	keepPending?: boolean;
	/** Run each predict setup on its own too and report setups whose commands fail (validate). */
	checkSetups?: boolean;
}

export function isLessonFile(file: string): boolean {
	return file.endsWith('.md');
}

export function isQuizFile(file: string): boolean {
	return file.endsWith('.yaml') || file.endsWith('.yml');
}

/**
 * Load and check lessons and quizzes. A broken file is reported and left out; everything else
 * loads. Nothing in the files is executed except predict setups, which only run in the simulator.
 */
export async function loadContent(files: readonly ContentFile[], options: LoadOptions = {}): Promise<LoadedContent> {
	const problems: ContentProblem[] = [];
	const lessons: LessonInfo[] = [];
	for (const file of files.filter(entry => isLessonFile(entry.file))) {
		const info = checkLesson(file, problems);
		if (!info) continue;
		const clash = lessons.find(other => other.lesson.id === info.lesson.id);
		if (clash) problems.push({file: file.file, ...frontMatterPosition(file.text, ['id']), message: `duplicate lesson id "${info.lesson.id}" (also in ${clash.lesson.file})`});
		else lessons.push(info);
	}
	const lessonIndex = new Map([...(options.knownLessons ?? []), ...lessons].map(info => [info.lesson.id, info]));
	const quizzes: Quiz[] = [];
	const quizFiles = files.filter(entry => isQuizFile(entry.file));
	const validate = quizFiles.length > 0 ? quizValidator() : undefined;
	for (const file of quizFiles) {
		const parsed = parseQuiz(file.file, file.text, validate);
		problems.push(...parsed.problems);
		if (!parsed.quiz || parsed.problems.length > 0) continue;
		let quiz = parsed.quiz;
		// Dangling references are reported but leave the quiz usable; broken questions do not.
		const references: ContentProblem[] = [];
		const at = (path: PathKey[]) => ({file: file.file, ...yamlPosition(file.text, path)});
		const clash = quizzes.find(other => other.id === quiz.id);
		if (clash) references.push({...at(['id']), message: `duplicate quiz id "${quiz.id}" (also in ${clash.file})`});
		if (!lessonIndex.has(quiz.lesson)) references.push({...at(['lesson']), message: `lesson "${quiz.lesson}" does not exist`});
		quiz.questions.forEach((question, index) => {
			if (question.kind !== 'task') return;
			const lesson = lessonIndex.get(question.lesson);
			if (!lesson) references.push({...at(['questions', index, 'lesson']), message: `lesson "${question.lesson}" does not exist`});
			else if (!lesson.taskIds.includes(question.task)) references.push({...at(['questions', index, 'task']), message: `lesson "${question.lesson}" has no task "${question.task}"`});
		});
		// A predict question that cannot be generated is reported and left out; the rest of the quiz stays.
		const manifests = manifestProblems(file, quiz);
		problems.push(...manifests);
		const broken = new Set(manifests.map(problem => problem.question));
		quiz = {...quiz, questions: quiz.questions.filter(question => !broken.has(question.id))};
		if (options.run && (options.generateFor?.(quiz.id) ?? true)) {
			const generated = await generatePredictChoices(quiz, options.run, parsed.positions, {checkSetups: options.checkSetups ?? false});
			problems.push(...generated.problems);
			quiz = generated.quiz;
		} else if (!options.keepPending) {
			quiz = {...quiz, questions: quiz.questions.filter(question => question.kind !== 'predict')};
		}
		if (!clash && quiz.questions.length > 0) quizzes.push(quiz);
		problems.push(...references);
	}
	return {lessons, quizzes, problems: sortProblems(problems.map(({file, line, col, message}) => ({file, line, col, message})))};
}

function checkLesson(file: ContentFile, problems: ContentProblem[]): LessonInfo | undefined {
	const parsed = parseLesson(file.file, file.text);
	if (!parsed.ok) {
		problems.push(...parsed.errors.map(error => ({file: error.file, line: error.line, col: error.column, message: error.message})));
		return undefined;
	}
	const before = problems.length;
	const {tasks, errors} = parsed.lesson.tasks === undefined ? {tasks: [], errors: []} : parseTasks(parsed.lesson.tasks);
	for (const error of errors) {
		problems.push({file: file.file, ...frontMatterPosition(file.text, [...error.path.map(step => (/^\d+$/.test(step) ? Number(step) : step))]), message: `task: ${error.message}`});
	}
	problems.push(...yamlBlockProblems(file.file, parsed.lesson.body, parsed.lesson.bodyLine));
	if (problems.length > before) return undefined;
	return {lesson: parsed.lesson, taskIds: tasks.map(task => task.id)};
}

/** Every fenced `yaml` block in a lesson body must parse (it may be sent to the sandbox). */
export function yamlBlockProblems(file: string, body: string, bodyLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const lines = body.split('\n');
	for (let index = 0; index < lines.length; index++) {
		const open = /^(\s*)(`{3,}|~{3,})\s*(yaml|yml)\b/.exec(lines[index]);
		if (!open) continue;
		const fence = open[2];
		const end = lines.findIndex((line, later) => later > index && line.trim().startsWith(fence));
		const last = end < 0 ? lines.length : end;
		const block = lines.slice(index + 1, last).join('\n');
		problems.push(...yamlTextProblems(file, block, bodyLine + index + 1));
		index = last;
	}
	return problems;
}

function yamlTextProblems(file: string, text: string, firstLine: number): ContentProblem[] {
	const counter = new LineCounter();
	const problems: ContentProblem[] = [];
	for (const doc of parseAllDocuments(text, {lineCounter: counter, prettyErrors: false}) as ReturnType<typeof parseDocument>[]) {
		for (const error of doc.errors) {
			const {line, col} = counter.linePos(error.pos[0]);
			problems.push({file, line: firstLine + line - 1, col, message: `manifest: ${error.message.split('\n')[0]}`});
		}
	}
	return problems;
}

/** Manifests in predict setups (here-documents) must parse as YAML. */
function manifestProblems(file: ContentFile, quiz: Quiz): Array<ContentProblem & {question: string}> {
	const problems: Array<ContentProblem & {question: string}> = [];
	quiz.questions.forEach((question, index) => {
		if (question.kind !== 'predict') return;
		[question.setup, ...question.alternatives].forEach((setup, setupIndex) => {
			const path: PathKey[] = setupIndex === 0 ? ['questions', index, 'setup', 'script'] : ['questions', index, 'alternatives', setupIndex - 1, 'script'];
			const start = yamlPosition(file.text, path);
			const fileLines = file.text.split('\n');
			for (const heredoc of hereDocuments(setup.script)) {
				for (const problem of yamlTextProblems(file.file, heredoc.text, 1)) {
					// A block scalar's text starts on the line after its `|`, indented.
					const line = start.line + 1 + heredoc.line + problem.line - 1;
					const indent = /^\s*/.exec(fileLines[start.line] ?? '')?.[0].length ?? 0;
					problems.push({...problem, line, col: problem.col + indent, question: question.id});
				}
			}
		});
	});
	return problems;
}

/** Bodies of `<<WORD` … `WORD` here-documents with the 0-based line each body starts on. */
export function hereDocuments(script: string): Array<{text: string; line: number}> {
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

function yamlPosition(text: string, path: PathKey[]): {line: number; col: number} {
	const counter = new LineCounter();
	const doc = parseDocument(text, {lineCounter: counter});
	return positionOf(doc, counter, path);
}

function frontMatterPosition(text: string, path: PathKey[]): {line: number; col: number} {
	const lines = text.replace(/^\uFEFF/, '').split('\n');
	const end = lines.findIndex((line, index) => index > 0 && (line.trim() === '---' || line.trim() === '...'));
	const yaml = lines.slice(1, end < 0 ? lines.length : end).join('\n');
	const {line, col} = yamlPosition(yaml, path);
	return {line: line + 1, col};
}
