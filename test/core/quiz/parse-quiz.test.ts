import {describe, expect, it} from 'vitest';
import {loadContentFiles} from '../../../src/core/content/load-content.js';
import {withPredictChoices} from '../../../src/core/content/with-predict-choices.js';
import type {Lesson} from '../../../src/core/content/lesson.js';
import {formatProblem} from '../../../src/core/content/content-problem.js';
import {parseQuiz} from '../../../src/core/quiz/parse-quiz.js';
import {completePredictItems, generatePredictChoices, outputOfCommand, type ScriptRunner} from '../../../src/core/quiz/predict-choices.js';
import type {PredictQuestion} from '../../../src/core/quiz/quiz-types.js';
import {quizReducer, startSession} from '../../../src/core/quiz/quiz-session.js';
import {feedbackLines} from '../../../src/core/quiz/quiz-text.js';

const quiz = (questions: string, head = 'format_version: 1\nid: nodeport\ntitle: NodePort\nlesson: nodeport\n') => `${head}questions:\n${questions}`;
const single = `  - id: range
    kind: single
    prompt: Which range?
    choices: [1-1024, 30000-32767]
    answer: 30000-32767
    explain: The default range.
    tags: [nodeport, ckad:services-networking]
`;
const problems = (text: string) => parseQuiz('quizzes/q.yaml', text).problems.map(formatProblem);
const nodeport: Lesson = {id: 'nodeport', title: 'NodePort', order: 3, summary: '', tasks: undefined, frontMatter: {}, body: '', bodyLine: 1, file: 'lessons/nodeport.md'};

describe('reading a quiz file', () => {
	it('takes an answer by choice text or number', () => {
		const parsed = parseQuiz('q.yaml', quiz(single));
		expect(parsed.problems).toEqual([]);
		expect(parsed.quiz?.questions[0]).toMatchObject({kind: 'single', answer: [2]});
	});

	it('reports YAML syntax errors by line and column', () => {
		expect(problems('format_version: 1\nid: [nodeport\n')[0]).toMatch(/^quizzes\/q\.yaml:3:1 YAML: /);
	});

	it('reports schema problems where they are', () => {
		expect(problems(quiz(single.replace('kind: single', 'kind: singel')))).toEqual([
			'quizzes/q.yaml:7:11 questions.0.kind: must be one of "single", "multiple", "text", "predict", "task"',
		]);
		expect(problems(quiz(single.replace('    explain: The default range.\n', '')))).toEqual(['quizzes/q.yaml:6:5 questions.0: missing required field "explain"']);
		expect(problems(quiz(single.replace('    tags: [nodeport, ckad:services-networking]', '    tags: [nodeport]\n    colour: red')))).toEqual([
			'quizzes/q.yaml:12:11 questions.0.tags: needs a CKA/CKAD domain tag such as "ckad:services-networking"',
			'quizzes/q.yaml:13:5 questions.0: unknown field "colour"',
		]);
		expect(problems(quiz(single, 'format_version: 2\nid: nodeport\ntitle: NodePort\nlesson: nodeport\n'))).toEqual(['quizzes/q.yaml:1:17 format_version: must be 1']);
	});

	it('reports answers that are not among the choices', () => {
		expect(problems(quiz(single.replace('answer: 30000-32767', 'answer: 30000-32768')))).toEqual(['quizzes/q.yaml:10:13 answer "30000-32768" is not among the choices']);
		expect(problems(quiz(single.replace('answer: 30000-32767', 'answer: 3')))).toEqual(['quizzes/q.yaml:10:13 answer 3 is not among the choices (there are 2)']);
	});

	it('reports duplicate question ids', () => {
		expect(problems(quiz(single + single))).toEqual(['quizzes/q.yaml:13:9 duplicate question id "range"']);
	});

	it('neutralises terminal control sequences in every string', () => {
		const parsed = parseQuiz('q.yaml', quiz(single.replace('Which range?', '"Which \\e[2J\\e]0;owned\\a\\e[31mrange\\e[0m?\\x07"')));
		expect(parsed.quiz?.questions[0].prompt).toBe('Which range?');
	});
});

describe('predict-the-output questions', () => {
	const predict = `  - id: np-get
    kind: predict
    prompt: What does kubectl print?
    setup:
      script: |
        kubectl apply -f - <<EOF
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec: {type: NodePort, ports: [{port: 80}]}
        EOF
    command: kubectl get svc web
    alternatives:
      - label: ClusterIP instead
        script: |
          kubectl create service clusterip web --tcp=80
    explain: The nodePort shows after the colon.
    tags: [nodeport, ckad:services-networking]
`;
	// A stand-in simulator: what it prints depends on the setup, as the real one would.
	const fake: ScriptRunner = script => ({transcript: `$ kubectl apply -f -\nservice/web created\n$ kubectl get svc web\n${script.includes('NodePort') ? 'web   NodePort   80:30080/TCP' : 'web   ClusterIP   80/TCP'}\n`, exitCode: 0});

	it('takes its choices from the simulator: the real output and the alternatives’ outputs', async () => {
		const parsed = parseQuiz('q.yaml', quiz(predict));
		expect(parsed.problems).toEqual([]);
		const {quiz: generated, problems: found} = await generatePredictChoices(parsed.quiz!, fake, parsed.positions);
		expect(found).toEqual([]);
		const question = generated.questions[0] as PredictQuestion;
		expect([...question.choices].sort()).toEqual(['web   ClusterIP   80/TCP', 'web   NodePort   80:30080/TCP']);
		expect(question.choices[question.answer[0] - 1]).toBe('web   NodePort   80:30080/TCP');
		expect(question.outputs[0]).toBe('web   NodePort   80:30080/TCP');
		const session = quizReducer(startSession({mode: 'practice', title: 'T', items: [{quiz: 'nodeport', lesson: 'nodeport', question}], now: 0}), {type: 'quiz/answer', given: {kind: 'choices', choices: [question.answer[0]]}, now: 1});
		const sources = feedbackLines(session.results[0]).slice(2);
		expect(sources).toHaveLength(2);
		expect(sources[question.answer[0] - 1]).toBe(`  ${question.answer[0]}) is what you get with the setup shown`);
		expect(sources[2 - question.answer[0]]).toBe(`  ${3 - question.answer[0]}) is what you get with ClusterIP instead`);
	});

	it('reports setups whose outputs are the same, since two choices would be identical', async () => {
		const parsed = parseQuiz('q.yaml', quiz(predict));
		const same: ScriptRunner = () => '$ kubectl get svc web\nthe same\n';
		const {quiz: generated, problems: found} = await generatePredictChoices(parsed.quiz!, same, parsed.positions);
		expect(found.map(formatProblem)).toEqual(['q.yaml:19:9 question "np-get": alternative 1 prints the same as the setup, so two choices would be identical']);
		expect(generated.questions).toEqual([]);
	});

	it('reports a setup manifest that does not parse, at its line in the quiz file', async () => {
		const broken = predict.replace('spec: {type: NodePort, ports: [{port: 80}]}', 'spec: {type: NodePort, ports: [{port: 80}]');
		const loaded = await withPredictChoices(loadContentFiles([{file: 'q.yaml', text: quiz(broken)}], {knownLessons: [nodeport]}), fake);
		expect(loaded.problems.map(formatProblem)[0]).toMatch(/^q\.yaml:1[45]:\d+ manifest: /);
	});

	it('are generated only once picked for a session when loaded as pending', async () => {
		let runs = 0;
		const counting: ScriptRunner = (script, options) => {
			runs++;
			return fake(script, options);
		};
		const loaded = await withPredictChoices(loadContentFiles([{file: 'q.yaml', text: quiz(single + predict)}], {knownLessons: [nodeport]}), counting, {keepPending: true, generateFor: () => false});
		const pending = loaded.quizzes[0].questions.map(question => ({quiz: 'nodeport', lesson: 'nodeport', question}));
		expect((pending[1].question as PredictQuestion).choices).toEqual([]);
		expect(runs).toBe(0);
		const {items, problems: found} = await completePredictItems(pending, counting);
		expect(found).toEqual([]);
		expect(runs).toBe(2);
		expect((items[1].question as PredictQuestion).choices).toHaveLength(2);
		expect((await completePredictItems(pending, undefined)).items).toHaveLength(1);
	});

	it('finds the output of the last matching command in a transcript', () => {
		expect(outputOfCommand('$ a\none\n$ b\ntwo\nthree\n', 'b')).toBe('two\nthree');
		expect(outputOfCommand('$ a\none\n', 'b')).toBeUndefined();
	});
});
