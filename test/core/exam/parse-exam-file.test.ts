import {describe, expect, it} from 'vitest';
import {formatProblem} from '../../../src/core/content/content-problem.js';
import {loadContentFiles} from '../../../src/core/content/load-content.js';

const task = (id: string, extra = '') => `  - id: ${id}
    domain: Services & Networking
    weight: 3
    namespace: ns-${id}
    title: Expose web
    goal: In namespace ns-${id}, expose Deployment web on port 80.
    setup: kubectl create namespace ns-${id}
    checks:
      - service: {name: web, port: 80}
      - reach: {from: pod/client, url: "http://web/", blocked: true}
    hints: [Look at kubectl expose.]
    solution: kubectl -n ns-${id} expose deployment web --port=80
    alternatives: [kubectl -n ns-${id} create service clusterip web --tcp=80:80]
${extra}`;

const load = (files: Record<string, string>) => loadContentFiles(Object.entries(files).map(([file, text]) => ({file, text, exam: true})));

describe('exam bank files', () => {
	it('load as exam tasks whose checks default to the task\'s namespace', () => {
		const loaded = load({'exams/a.yaml': `tasks:\n${task('one')}`});
		expect(loaded.problems).toEqual([]);
		expect(loaded.quizzes).toEqual([]);
		expect(loaded.checked).toEqual({lessons: 0, quizzes: 0, exams: 1});
		const [one] = loaded.exams;
		expect(one).toMatchObject({id: 'one', domain: 'Services & Networking', weight: 3, namespace: 'ns-one', statement: 'In namespace ns-one, expose Deployment web on port 80.', file: 'exams/a.yaml'});
		expect(one.checks).toEqual([
			{kind: 'service', namespace: 'ns-one', name: 'web', port: {port: 80}, label: undefined, type: undefined, selector: undefined, headless: undefined, externalName: undefined, externalTrafficPolicy: undefined, clusterIP: undefined},
			{kind: 'reach', namespace: 'ns-one', from: {kind: 'pod', namespace: 'ns-one', pod: 'client'}, url: 'http://web/', blocked: true, label: undefined, host: undefined, service: undefined, status: undefined, via: undefined},
		]);
	});

	it('report each problem at file:line:col and leave the broken file out', () => {
		const loaded = load({
			'exams/bad.yaml': `tasks:\n${task('one').replace('weight: 3', 'weight: 30').replace('    hints:', '    hint: [x]\n    hints:')}`,
			'exams/check.yaml': `tasks:\n${task('two').replace('service: {name: web, port: 80}', 'servce: {name: web}')}`,
			'exams/goal.yaml': `tasks:\n${task('three').replace('In namespace ns-three, expose', 'Expose')}`,
			'exams/x.yaml': `tasks:\n${task('four')}`,
			'exams/y.yaml': `tasks:\n${task('four').replace(/ns-four/g, 'ns-other')}`,
		});
		expect(loaded.problems.map(formatProblem)).toEqual([
			'exams/bad.yaml:4:13 tasks.0.weight: must be <= 10',
			'exams/bad.yaml:12:5 tasks.0: unknown field "hint"',
			'exams/check.yaml:10:9 tasks.0.checks.0: unknown field "servce"',
			'exams/goal.yaml:7:11 task "three": the goal must name its namespace ns-three, as the exam names the context to work in',
			'exams/y.yaml:2:9 duplicate exam task id "four" (also in exams/x.yaml)',
		]);
		expect(loaded.exams.map(entry => entry.id)).toEqual(['four']);
	});
});
