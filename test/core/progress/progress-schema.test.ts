import {describe, expect, it} from 'vitest';
import {markLessonDone, mergeProgress, recordAnswer, recordTask} from '../../../src/core/progress/progress-ops.js';
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
