import {describe, expect, it} from 'vitest';
import {markLessonDone, mergeProgress, recordAnswer, recordHelp, recordSandboxStep, recordTask, resetLessonSandbox} from '../../../src/core/progress/progress-ops.js';
import {emptyProgress, parseProgress, type AnswerRecord} from '../../../src/core/progress/progress-schema.js';

const answer = (id: string, at: string): AnswerRecord => ({id, attempt: 'a', quiz: 'nodeport', question: 'range', at, correct: true, given: '2', mode: 'practice'});

describe('reading progress', () => {
	it('accepts the current version as is', () => {
		const progress = recordAnswer(emptyProgress(), answer('1', '2026-01-01T00:00:00.000Z'));
		expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual({ok: true, progress, migrated: false});
	});

	it('migrates an unversioned file', () => {
		const parsed = parseProgress({answers: [answer('1', '2026-01-01T00:00:00.000Z')]});
		expect(parsed).toMatchObject({ok: true, migrated: true, progress: {version: 1, lessons: {}}});
	});

	it.each([
		[[], 'expected an object, found a list'],
		['text', 'expected an object, found a string'],
		[null, 'expected an object, found null'],
		[{version: 1, lessons: {}, answers: 5}, 'answers must be a list, found a number'],
		[{version: 1, lessons: [], answers: []}, 'lessons must be an object, found a list'],
		[{version: 1, lessons: {}, answers: [{id: 1}]}, 'answers[0] is malformed'],
		[{version: 'one', lessons: {}, answers: []}, 'version must be a whole number, found a string'],
		[{version: 7, lessons: {}, answers: []}, 'version 7 was written by a newer kubetutor'],
	])('rejects %j: %s', (data, reason) => {
		expect(parseProgress(data)).toEqual({ok: false, reason});
	});
});

describe('merging two tutors’ progress', () => {
	it('keeps every answer of both, once, in time order', () => {
		const base = recordAnswer(emptyProgress(), answer('1', '2026-01-01T00:00:00.000Z'));
		const a = recordAnswer(base, answer('2', '2026-01-01T00:00:02.000Z'));
		const b = recordAnswer(base, answer('3', '2026-01-01T00:00:01.000Z'));
		expect(mergeProgress(a, b).answers.map(entry => entry.id)).toEqual(['1', '3', '2']);
		expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
	});

	it('keeps a lesson done in either, and the newer result of each task', () => {
		const a = markLessonDone(recordTask(emptyProgress(), 'nodeport', 'open', {passed: false, assisted: false, at: '2026-01-01T00:00:00Z'}), 'clusterip', '2026-01-02T00:00:00Z', false);
		const b = recordTask(emptyProgress(), 'nodeport', 'open', {passed: true, assisted: false, at: '2026-01-03T00:00:00Z'});
		const merged = mergeProgress(a, b);
		expect(merged.lessons.clusterip).toEqual({tasks: {}, done: '2026-01-02T00:00:00Z', assisted: false});
		expect(merged.lessons.nodeport.tasks.open.passed).toBe(true);
	});

	it('does not downgrade a lesson done unaided to assisted', () => {
		const done = markLessonDone(emptyProgress(), 'nodeport', '2026-01-01T00:00:00Z', false);
		expect(markLessonDone(done, 'nodeport', '2026-01-02T00:00:00Z', true).lessons.nodeport).toMatchObject({assisted: false});
		const assisted = markLessonDone(emptyProgress(), 'nodeport', '2026-01-03T00:00:00Z', true);
		expect(mergeProgress(assisted, done).lessons.nodeport).toMatchObject({assisted: false, done: '2026-01-01T00:00:00Z'});
	});
});

describe('a lesson\'s help and cluster history in progress (issue #10)', () => {
	const at = '2026-01-01T00:00:00Z';

	it('loads files written before these fields, and files that have them', () => {
		expect(parseProgress({version: 1, lessons: {nodeport: {tasks: {}}}, answers: []})).toMatchObject({ok: true});
		const withHistory = {version: 1, lessons: {nodeport: {tasks: {}, help: {open: {hints: 2, solution: at}}, sandbox: {seed: 3, at, steps: [{wait: 2000, run: 'kubectl get svc'}, {wait: 1000}, {run: 'kubectl apply -f -', stdin: 'kind: Namespace\n'}]}}}, answers: []};
		expect(parseProgress(withHistory)).toMatchObject({ok: true, migrated: false});
	});

	it('refuses malformed help or history by name', () => {
		expect(parseProgress({version: 1, lessons: {np: {tasks: {}, help: {open: {hints: 'two'}}}}, answers: []})).toEqual({ok: false, reason: 'lessons.np.help.open is malformed'});
		expect(parseProgress({version: 1, lessons: {np: {tasks: {}, sandbox: {at, steps: [{wait: -1}]}}}, answers: []})).toEqual({ok: false, reason: 'lessons.np.sandbox.steps[0] is malformed'});
	});

	it('keeps a task passed once passed, even when a later check fails', () => {
		const passed = recordTask(emptyProgress(), 'np', 'open', {passed: true, assisted: false, at});
		expect(recordTask(passed, 'np', 'open', {passed: false, assisted: false, at: '2026-01-02T00:00:00Z'}).lessons.np.tasks.open).toEqual({passed: true, assisted: false, at});
	});

	it('only adds help: hints seen and a solution revealed are never taken back', () => {
		let progress = recordHelp(emptyProgress(), 'np', 'open', {hints: 2, solution: at});
		progress = recordHelp(progress, 'np', 'open', {hints: 1});
		expect(progress.lessons.np.help).toEqual({open: {hints: 2, solution: at}});
	});

	it('adds steps to a lesson\'s history, and a reset forgets them but keeps what was passed', () => {
		let progress = recordTask(emptyProgress(), 'np', 'open', {passed: true, assisted: false, at});
		progress = recordSandboxStep(progress, 'np', {wait: 3000, run: 'kubectl get svc'}, at, 7);
		progress = recordSandboxStep(progress, 'np', {wait: 1000}, '2026-01-01T00:01:00Z', 7);
		expect(progress.lessons.np.sandbox).toEqual({seed: 7, at: '2026-01-01T00:01:00Z', steps: [{wait: 3000, run: 'kubectl get svc'}, {wait: 1000}]});
		const reset = resetLessonSandbox(progress, 'np');
		expect(reset.lessons.np).toEqual({tasks: {open: {passed: true, assisted: false, at}}});
	});

	it('merges two tutors: the larger help, the newer history, a pass from either', () => {
		const a = recordSandboxStep(recordHelp(emptyProgress(), 'np', 'open', {hints: 1}), 'np', {run: 'a'}, '2026-01-01T00:00:00Z');
		const b = recordSandboxStep(recordHelp(recordTask(emptyProgress(), 'np', 'open', {passed: true, assisted: true, at}), 'np', 'open', {hints: 3, solution: at}), 'np', {run: 'b'}, '2026-01-02T00:00:00Z');
		const merged = mergeProgress(a, b).lessons.np;
		expect(merged.help).toEqual({open: {hints: 3, solution: at}});
		expect(merged.sandbox?.steps).toEqual([{run: 'b'}]);
		expect(merged.tasks.open.passed).toBe(true);
		expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
	});
});
