import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runScript} from '../../../src/core/cluster/shell/batch.js';
import {contentReader} from '../../../src/core/cluster/shell/content-reader.js';
import {gradeAnswer} from '../../../src/core/quiz/grade-answer.js';
import {parseQuiz} from '../../../src/core/quiz/parse-quiz.js';
import {sameCommandResult, withCommandResult} from '../../../src/core/quiz/command-answer.js';
import type {ScriptRunner} from '../../../src/core/quiz/predict-choices.js';
import type {TextQuestion} from '../../../src/core/quiz/quiz-types.js';

const file = 'quizzes/09-troubleshooting.yaml';
const quiz = parseQuiz(file, readFileSync(join(import.meta.dirname, '../../..', file), 'utf8'));
const question = quiz.quiz!.questions.find(entry => entry.id === 'endpoints-command') as TextQuestion;
const run: ScriptRunner = (script, options) => runScript(script, {...options, ...contentReader('a quiz answer')});
const grade = (text: string) => gradeAnswer(question, withCommandResult(question, {kind: 'text', text}, (q, typed) => sameCommandResult(q, typed, run))!);

describe('a command question, graded by running the answer in the sandbox the question describes', () => {
	it('accepts the written answer and other spellings that print the same', () => {
		expect(question.normalise).toBe('command');
		expect(grade('kubectl get endpointslices -l kubernetes.io/service-name=web').correct).toBe(true);
		expect(grade('kubectl get endpointslices --selector=kubernetes.io/service-name=web').correct).toBe(true);
		expect(grade('kubectl get endpointslice.discovery.k8s.io --selector kubernetes.io/service-name=web').correct).toBe(true);
		expect(grade('kubectl get -l kubernetes.io/service-name=web endpointslices').correct).toBe(true);
	});

	it('refuses commands that print something else or fail', () => {
		expect(grade('kubectl get endpointslices').correct).toBe(false);
		expect(grade('kubectl get endpointslices -l kubernetes.io/service-name=api').correct).toBe(false);
		expect(grade('kubectl get endpoints web').correct).toBe(false);
		expect(grade('kubectl get endpointslices -l').correct).toBe(false);
		expect(grade('kubectl delete endpointslices -l kubernetes.io/service-name=web').correct).toBe(false);
	});

	it('runs one command as typed, never a here-document, and reads no file', () => {
		expect(sameCommandResult(question, 'kubectl get endpointslices -l kubernetes.io/service-name=web <<EOF', run)).toBe(false);
		expect(grade('kubectl get -f /etc/passwd').correct).toBe(false);
	});

	it('grades as text when no simulator is at hand', () => {
		expect(gradeAnswer(question, {kind: 'text', text: 'kubectl get endpointslices --selector=kubernetes.io/service-name=web'}).correct).toBe(false);
		expect(gradeAnswer(question, {kind: 'text', text: 'kubectl get endpointslices -l kubernetes.io/service-name=web'}).correct).toBe(true);
	});
});
