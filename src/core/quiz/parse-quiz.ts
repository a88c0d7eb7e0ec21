import Ajv2020Module from 'ajv/dist/2020.js';
import type {ErrorObject, ValidateFunction} from 'ajv';
import {LineCounter, parseDocument, type Document} from 'yaml';
import schema from '../../../schemas/quiz.schema.json' with {type: 'json'};
import type {ContentProblem} from '../content/validate-problem.js';
import {positionOf, type PathKey} from '../content/validate-yaml-position.js';
import {sanitiseDeep} from '../content/sanitise.js';
import type {Question, Quiz, TextNormalisation} from './quiz-types.js';

export interface ParsedQuiz {
	quiz?: Quiz;
	problems: ContentProblem[];
	/** Where each question starts, to report problems found later (predict generation). */
	positions: Map<string, {line: number; col: number}>;
}

/**
 * The quiz schema compiled (a few milliseconds): compile it once for a batch of files and pass it
 * to every `parseQuiz`.
 */
export function quizValidator(): ValidateFunction {
	// ajv ships CommonJS; under ESM interop the class is either the default or its `.default`.
	const Ajv2020 = ((Ajv2020Module as unknown as {default?: unknown}).default ?? Ajv2020Module) as unknown as new (options: object) => {compile(schema: object): ValidateFunction};
	return new Ajv2020({allErrors: true, strict: false}).compile(schema);
}

/** Parse and check one quiz file. Nothing in it is executed; strings are stripped of control sequences. */
export function parseQuiz(file: string, text: string, validate: ValidateFunction = quizValidator()): ParsedQuiz {
	const counter = new LineCounter();
	const doc = parseDocument(text, {lineCounter: counter, prettyErrors: false, uniqueKeys: true});
	const problems: ContentProblem[] = [];
	const positions = new Map<string, {line: number; col: number}>();
	for (const error of [...doc.errors, ...doc.warnings]) {
		const {line, col} = counter.linePos(error.pos[0]);
		problems.push({file, line, col, message: `YAML: ${firstLine(error.message)}`});
	}
	if (doc.errors.length > 0) return {problems, positions};
	const data: unknown = sanitiseDeep(doc.toJS());
	const at = (path: PathKey[], key = false) => ({file, ...positionOf(doc, counter, path, {key})});
	if (!validate(data)) {
		for (const error of relevantErrors(validate.errors ?? [])) problems.push({...schemaErrorPosition(doc, counter, file, error), message: schemaMessage(error)});
		return {problems, positions};
	}
	const raw = data as RawQuiz;
	const questions: Question[] = [];
	const seen = new Set<string>();
	raw.questions.forEach((question, index) => {
		positions.set(question.id, positionOf(doc, counter, ['questions', index]));
		if (question.kind === 'predict') {
			positions.set(`${question.id}#0`, positionOf(doc, counter, ['questions', index, 'setup']));
			question.alternatives?.forEach((_, alternative) => positions.set(`${question.id}#${alternative + 1}`, positionOf(doc, counter, ['questions', index, 'alternatives', alternative])));
		}
		if (seen.has(question.id)) problems.push({...at(['questions', index, 'id']), message: `duplicate question id "${question.id}"`});
		seen.add(question.id);
		const built = buildQuestion(question, index, raw.lesson, at, problems);
		if (built) questions.push(built);
	});
	return {quiz: {id: raw.id, title: raw.title, lesson: raw.lesson, file, questions}, problems, positions};
}

interface RawSetup {
	script: string;
	label?: string;
}

interface RawQuestion {
	id: string;
	kind: Question['kind'];
	prompt: string;
	explain: string;
	tags: string[];
	choices?: string[];
	answer?: number | string | Array<number | string>;
	accept?: string[];
	normalise?: TextNormalisation;
	setup?: RawSetup;
	command?: string;
	alternatives?: RawSetup[];
	cloud?: 'kind' | 'none';
	seed?: number;
	lesson?: string;
	task?: string;
}

interface RawQuiz {
	id: string;
	title: string;
	lesson: string;
	questions: RawQuestion[];
}

type At = (path: PathKey[], key?: boolean) => Omit<ContentProblem, 'message'>;

function buildQuestion(raw: RawQuestion, index: number, quizLesson: string, at: At, problems: ContentProblem[]): Question | undefined {
	const base = {id: raw.id, prompt: raw.prompt.trimEnd(), explain: raw.explain.trimEnd(), tags: raw.tags};
	switch (raw.kind) {
		case 'single':
		case 'multiple': {
			const choices = raw.choices!;
			const duplicate = choices.findIndex((choice, position) => choices.indexOf(choice) !== position);
			if (duplicate >= 0) problems.push({...at(['questions', index, 'choices', duplicate]), message: `duplicate choice "${choices[duplicate]}"`});
			const refs = Array.isArray(raw.answer) ? raw.answer : [raw.answer!];
			const answer: number[] = [];
			refs.forEach((ref, refIndex) => {
				const path: PathKey[] = Array.isArray(raw.answer) ? ['questions', index, 'answer', refIndex] : ['questions', index, 'answer'];
				const position = typeof ref === 'number' ? ref : choices.indexOf(ref) + 1;
				if (typeof ref === 'string' && position === 0) problems.push({...at(path), message: `answer "${ref}" is not among the choices`});
				else if (position > choices.length) problems.push({...at(path), message: `answer ${ref} is not among the choices (there are ${choices.length})`});
				else if (answer.includes(position)) problems.push({...at(path), message: `answer ${ref} is given twice`});
				else answer.push(position);
			});
			if (answer.length !== refs.length) return undefined;
			return {...base, kind: raw.kind, choices, answer: answer.sort((a, b) => a - b)};
		}
		case 'text':
			return {...base, kind: 'text', accept: raw.accept!, normalise: raw.normalise ?? 'text'};
		case 'predict':
			return {
				...base,
				kind: 'predict',
				command: raw.command!.trim(),
				setup: raw.setup!,
				alternatives: raw.alternatives!,
				outputs: [],
				choices: [],
				answer: [],
				cloud: raw.cloud ?? 'kind',
				seed: raw.seed ?? 1,
			};
		case 'task':
			return {...base, kind: 'task', lesson: raw.lesson ?? quizLesson, task: raw.task!};
	}
}

// `if/then` failures repeat every inner error; the inner ones say what is wrong.
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
	const kept = errors.filter(error => error.keyword !== 'if' && !error.schemaPath.includes('/contains/') && !(error.keyword === 'anyOf' && errors.some(other => other !== error && other.instancePath === error.instancePath)));
	const unique = new Map<string, ErrorObject>();
	for (const error of kept) unique.set(`${error.instancePath}|${schemaMessage(error)}`, error);
	return [...unique.values()];
}

function schemaErrorPosition(doc: Document, counter: LineCounter, file: string, error: ErrorObject): Omit<ContentProblem, 'message'> {
	const path: PathKey[] = error.instancePath
		.split('/')
		.slice(1)
		.map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
		.map(part => (/^\d+$/.test(part) ? Number(part) : part));
	const extra = (error.params as {additionalProperty?: string; unevaluatedProperty?: string}).additionalProperty ?? (error.params as {unevaluatedProperty?: string}).unevaluatedProperty;
	if (extra) return {file, ...positionOf(doc, counter, [...path, extra], {key: true})};
	return {file, ...positionOf(doc, counter, path)};
}

function schemaMessage(error: ErrorObject): string {
	const where = error.instancePath === '' ? 'quiz' : error.instancePath.slice(1).replace(/\//g, '.');
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'required':
			return `${where}: missing required field "${String(params.missingProperty)}"`;
		case 'additionalProperties':
			return `${where}: unknown field "${String(params.additionalProperty)}"`;
		case 'unevaluatedProperties':
			return `${where}: unknown field "${String(params.unevaluatedProperty)}"`;
		case 'enum':
			return `${where}: must be one of ${(params.allowedValues as unknown[]).map(value => JSON.stringify(value)).join(', ')}`;
		case 'const':
			return `${where}: must be ${JSON.stringify(params.allowedValue)}`;
		case 'not':
			return `${where}: has fields that do not belong to this kind of question`;
		case 'contains':
			return `${where}: needs a CKA/CKAD domain tag such as "ckad:services-networking"`;
		case 'anyOf':
			return `${where}: must be a choice number or the exact text of a choice`;
		default:
			return `${where}: ${error.message ?? 'is invalid'}`;
	}
}

function firstLine(message: string): string {
	return message.split('\n')[0];
}
