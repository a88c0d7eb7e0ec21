import {describe, expect, it} from 'vitest';
import {homeText} from '../../src/plain/home.js';
import {lessonListText} from '../../src/plain/lesson-list.js';
import type {Lesson} from '../../src/core/content/lesson.js';

const lesson = (id: string, title: string): Lesson => ({id, title, order: 1, summary: '', tasks: undefined, frontMatter: {}, body: '', bodyLine: 1, file: `${id}.md`});
const lessons = [lesson('what-is-a-service', 'What is a Service?'), lesson('nodeport', 'NodePort')];
const progress = {done: ['what-is-a-service'], assisted: [], due: 2, answered: 4, correct: 3, last: 'nodeport', lessons: {}};

describe('plain home', () => {
	it('lists lessons with marks in words', () => {
		expect(lessonListText(lessons, progress)).toBe([
			'Lessons (1 of 2 done):',
			'[x] done      1. what-is-a-service  What is a Service?',
			'[ ] to do     2. nodeport           NodePort',
			'',
			"Open one with 'kubetutor lesson ID'.",
			'',
		].join('\n'));
	});

	it('says where to continue and how to run everything', () => {
		const text = homeText({version: '1.2.3', lessons, quizzes: [{id: 'nodeport', title: 'NodePort', questions: 8}], progress, warnings: ['lessons/x.md:1:1 bad']});
		expect(text).toContain('kubetutor 1.2.3 — Kubernetes Services, hands on, with a simulated cluster\n\nwarning: lessons/x.md:1:1 bad\n\nContinue where you left off: kubetutor lesson nodeport  (NodePort)\n');
		expect(text).toContain('  kubetutor quiz nodeport  (NodePort, 8 questions)\n  kubetutor quiz --exam  (timed mixed exam)\n  kubetutor quiz --review  (2 due for review)\n');
		expect(text).toContain('Sandbox: kubetutor sandbox');
		expect(text).toContain('Progress: kubetutor progress  (1 lesson done, 4 answers given)');
	});
});
