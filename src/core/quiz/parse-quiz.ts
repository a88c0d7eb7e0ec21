import type {ValidateFunction} from 'ajv';
import schema from '../../../schemas/quiz.schema.json' with {type: 'json'};
import type {ContentProblem} from '../content/content-problem.js';
import {positionOf, type PathKey} from '../content/yaml-position.js';
import {parseContentYaml} from '../content/content-yaml.js';
import {compileSchema, schemaProblems} from '../content/schema-problems.js';
import type {Question, Quiz, TextNormalisation} from './quiz-types.js';

export interface ParsedQuiz {
	quiz?: Quiz;
	problems: ContentProblem[];
	/** Where each question starts, to report problems found later (predict generation). */
	positions: Map<string, {line: number; col: number}>;
	/** Where the value at a path of the file is (its key with `key`), from the one parse. */
	locate: (path: PathKey[], key?: boolean) => {line: number; col: number};
}

/** The quiz schema compiled; a loader compiles it once per load and passes it to every quiz. */
export function quizSchemaValidator(): ValidateFunction {
	return compileSchema(schema);
}

/** What the quiz schema's `contains`, `not` and `anyOf` mean, in an author's words. */
const QUIZ_WORDS = {
	root: 'quiz',
	keywords: {
		not: 'has fields that do not belong to this kind of question',
		contains: 'needs a CKA/CKAD domain tag such as "ckad:services-networking"',
		anyOf: 'must be a choice number or the exact text of a choice',
	},
};

/** Parse and check one quiz file. Nothing in it is executed; strings are stripped of control sequences. */
export function parseQuiz(file: string, text: string, validate: ValidateFunction = quizSchemaValidator()): ParsedQuiz {
	const parsed = parseContentYaml(text);
	const {doc, counter} = parsed;
	const problems: ContentProblem[] = parsed.problems.map(problem => ({file, ...problem, message: `YAML: ${problem.message}`}));
	const positions = new Map<string, {line: number; col: number}>();
	const locate = (path: PathKey[], key = false) => positionOf(doc, counter, path, {key});
	if (parsed.value === undefined) return {problems, positions, locate};
	const data: unknown = parsed.value;
	const at = (path: PathKey[], key = false) => ({file, ...positionOf(doc, counter, path, {key})});
	const invalid = schemaProblems(validate, data, QUIZ_WORDS);
	if (invalid.length > 0) {
		for (const problem of invalid) problems.push({file, ...locate(problem.path, problem.key), message: problem.message});
		return {problems, positions, locate};
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
	return {quiz: {id: raw.id, title: raw.title, lesson: raw.lesson, file, questions}, problems, positions, locate};
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
			return {...base, kind: 'text', accept: raw.accept!, normalise: raw.normalise ?? 'text', ...(raw.setup ? {setup: raw.setup.script} : {})};
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
