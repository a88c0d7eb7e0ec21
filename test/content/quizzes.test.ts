import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadScriptRunner} from '../../src/adapters/script-runner.js';
import {loadContentFiles} from '../../src/core/content/load-content.js';
import {withPredictChoices} from '../../src/core/content/with-predict-choices.js';
import type {PredictQuestion} from '../../src/core/quiz/quiz-types.js';

const root = join(import.meta.dirname, '../..');
const read = (dir: string) =>
	readdirSync(join(root, dir))
		.filter(name => /\.(md|ya?ml)$/.test(name))
		.sort()
		.map(name => ({file: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8')}));

const LESSON_IDS = ['what-is-a-service', 'clusterip', 'nodeport', 'loadbalancer', 'externalname', 'headless', 'ingress', 'choosing-a-type', 'troubleshooting'];

describe('shipped quizzes', () => {
	it('parse without problems, one quiz per topic, at least 60 questions', async () => {
		const loaded = loadContentFiles([...read('lessons'), ...read('quizzes')]);
		const quizProblems = loaded.problems.filter(problem => problem.file.startsWith('quizzes/'));
		expect(quizProblems.map(problem => `${problem.file}:${problem.line}:${problem.col} ${problem.message}`)).toEqual([]);
		expect(loaded.quizzes.map(quiz => quiz.id).sort()).toEqual([...LESSON_IDS].sort());
		const total = loaded.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
		expect(total).toBeGreaterThanOrEqual(60);
	});

	it('start with the schema comment so editors check them', () => {
		for (const file of read('quizzes')) expect(file.text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/quiz.schema.json');
	});

	it('tag every question with a CKA or CKAD domain', async () => {
		const loaded = loadContentFiles([...read('lessons'), ...read('quizzes')]);
		for (const quiz of loaded.quizzes) for (const question of quiz.questions) expect(question.tags.some(tag => /^(cka|ckad):/.test(tag))).toBe(true);
	});

	it('generate every predict question from the simulator: setups run, choices are distinct outputs', async () => {
		const run = await loadScriptRunner();
		expect(run).toBeDefined();
		const loaded = await withPredictChoices(loadContentFiles([...read('lessons'), ...read('quizzes')]), run!, {checkSetups: true});
		expect(loaded.problems.filter(problem => problem.file.startsWith('quizzes/')).map(problem => `${problem.file}:${problem.line}:${problem.col} ${problem.message}`)).toEqual([]);
		const predicts = loaded.quizzes.flatMap(quiz => quiz.questions).filter((question): question is PredictQuestion => question.kind === 'predict');
		expect(predicts.length).toBeGreaterThanOrEqual(4);
		for (const question of predicts) {
			expect(question.choices).toHaveLength(question.alternatives.length + 1);
			expect(new Set(question.choices).size).toBe(question.choices.length);
			expect(question.choices[question.answer[0] - 1]).toBe(question.outputs[0]);
			for (const choice of question.choices) expect(choice).not.toMatch(/^Error from server \(NotFound\): namespaces/m);
		}
	});
});
