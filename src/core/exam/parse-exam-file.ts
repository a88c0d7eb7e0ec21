/**
 * Reads one exam bank file (`exams/*.yaml`): the schema first (schemas/exam.schema.json, which
 * reuses the lesson schema's checks), then each task's checks through the lessons' own task
 * reader, so a check means the same in a lesson and in an exam. Problems come back at
 * `file:line:col`; nothing is executed.
 */
import type {ValidateFunction} from 'ajv';
import examSchema from '../../../schemas/exam.schema.json' with {type: 'json'};
import lessonSchema from '../../../schemas/lesson.schema.json' with {type: 'json'};
import type {ContentProblem} from '../content/content-problem.js';
import {parseContentYaml} from '../content/content-yaml.js';
import {compileSchema, schemaProblems} from '../content/schema-problems.js';
import {positionOf, type PathKey} from '../content/yaml-position.js';
import {parseTasks} from '../lessons/parse-tasks.js';
import type {ExamDomain, ExamTask} from './exam-task.js';

export function examSchemaValidator(): ValidateFunction {
	return compileSchema(examSchema, [lessonSchema]);
}

const EXAM_WORDS = {root: 'exam', inside: '', keywords: {anyOf: 'must be a port number or a port name', maxProperties: 'a check is one kind, written as {kind: {fields}}', minProperties: 'a check is one kind, written as {kind: {fields}}'}};

interface RawExamTask {
	id: string;
	domain: ExamDomain;
	weight: number;
	namespace: string;
	title: string;
	goal: string;
	setup?: string;
	checks: Array<Record<string, Record<string, unknown>>>;
	hints: string[];
	solution: string;
	alternatives: string[];
}

export function parseExamFile(file: string, text: string, validate: ValidateFunction = examSchemaValidator()): {tasks: ExamTask[]; problems: ContentProblem[]} {
	const parsed = parseContentYaml(text);
	const problems: ContentProblem[] = parsed.problems.map(problem => ({file, ...problem, message: `YAML: ${problem.message}`}));
	const at = (path: PathKey[], key = false) => ({file, ...positionOf(parsed.doc, parsed.counter, path, {key})});
	if (parsed.value === undefined) return {tasks: [], problems};
	const invalid = schemaProblems(validate, parsed.value, EXAM_WORDS);
	if (invalid.length > 0) return {tasks: [], problems: [...problems, ...invalid.map(problem => ({...at(problem.path, problem.key), message: problem.message}))]};
	const raw = (parsed.value as {tasks: RawExamTask[]}).tasks;
	// A check without a namespace means the task's own, as the exam text names it.
	const asLessonTasks = raw.map(task => ({
		id: task.id,
		title: task.title,
		setup: task.setup ?? '',
		checks: task.checks.map(check => Object.fromEntries(Object.entries(check).map(([kind, body]) => [kind, {namespace: task.namespace, ...body}]))),
		hints: task.hints,
		solution: task.solution,
	}));
	const {tasks, errors} = parseTasks(asLessonTasks);
	for (const error of errors) problems.push({...at(error.path.map(step => (/^\d+$/.test(step) ? Number(step) : step))), message: `task: ${error.message}`});
	raw.forEach((task, index) => {
		if (!task.goal.includes(task.namespace)) problems.push({...at(['tasks', index, 'goal']), message: `task "${task.id}": the goal must name its namespace ${task.namespace}, as the exam names the context to work in`});
	});
	const byId = new Map(raw.map(task => [task.id, task]));
	const exam = tasks.map((task): ExamTask => {
		const own = byId.get(task.id)!;
		return {...task, domain: own.domain, weight: own.weight, namespace: own.namespace, statement: own.goal.trim(), alternatives: own.alternatives, file};
	});
	return {tasks: problems.length > 0 ? [] : exam, problems};
}
