import {describe, expect, it} from 'vitest';
import {examHistory, examOutcomes, recordExamAttempt, type ExamAttempt} from '../../../src/core/progress/exam-record.js';
import {mergeProgress} from '../../../src/core/progress/progress-ops.js';
import {progressExport, progressReportLines} from '../../../src/core/progress/progress-report.js';
import {emptyProgress, parseProgress} from '../../../src/core/progress/progress-schema.js';

const attempt = (at: string, percent: number, failed: string[]): ExamAttempt => ({
	id: `${at}-1`,
	at,
	seed: 1,
	minutes: 60,
	realistic: false,
	endedBy: 'submit',
	points: percent,
	total: 100,
	percent,
	domains: [{domain: 'Troubleshooting', points: percent, total: 100, percent}],
	tasks: [
		{task: 'selector-typo', domain: 'Troubleshooting', weight: 4, passed: !failed.includes('selector-typo'), assisted: false, flagged: false},
		{task: 'ingress-route', domain: 'Services & Networking', weight: 5, passed: !failed.includes('ingress-route'), assisted: false, flagged: true},
	],
});

describe('exam history in progress', () => {
	it('loads a progress file from before exams existed', () => {
		const parsed = parseProgress({version: 1, lessons: {}, answers: []});
		expect(parsed.ok && parsed.progress.exams).toBeUndefined();
	});

	it('keeps every attempt, with best and last score, through a save and a merge of two writers', () => {
		const first = {...emptyProgress(), exams: recordExamAttempt(undefined, attempt('2026-12-01T10:00:00.000Z', 81, ['ingress-route']))};
		const second = {...emptyProgress(), exams: recordExamAttempt(undefined, attempt('2026-12-04T10:00:00.000Z', 62, ['selector-typo', 'ingress-route']))};
		const merged = mergeProgress(first, second);
		const reread = parseProgress(JSON.parse(JSON.stringify(merged)));
		expect(reread.ok).toBe(true);
		const history = examHistory(merged.exams);
		expect([history.count, history.best?.percent, history.last?.percent]).toEqual([2, 81, 62]);
		expect(progressReportLines(merged, {lessons: [], quizzes: []}, new Date('2026-12-05'), 'p.json')).toEqual(expect.arrayContaining([
			'Hands-on exams: 2 taken · best 81% · last 62% (2026-12-04, seed 1)',
			'  Troubleshooting: 62 of 100 (62%)',
			'  to practise: selector-typo, ingress-route',
		]));
		expect(progressExport(merged, new Date('2026-12-05'), 'p.json')).toMatchObject({examScores: {attempts: 2, best: 81, last: 62}, exams: {attempts: [{percent: 81}, {percent: 62}]}});
	});

	it('hands failed exam tasks to the review as lab outcomes', () => {
		const outcomes = examOutcomes(recordExamAttempt(undefined, attempt('2026-12-04T10:00:00.000Z', 44, ['ingress-route'])));
		expect(outcomes).toEqual([
			{source: 'exam', item: 'selector-typo', domain: 'Troubleshooting', passed: true, assisted: false, at: '2026-12-04T10:00:00.000Z', seed: 1},
			{source: 'exam', item: 'ingress-route', domain: 'Services & Networking', passed: false, assisted: false, at: '2026-12-04T10:00:00.000Z', seed: 1},
		]);
	});

	it('refuses a malformed exams entry by name', () => {
		expect(parseProgress({version: 1, lessons: {}, answers: [], exams: {attempts: [{id: 1}]}})).toEqual({ok: false, reason: 'exams.attempts[0] is malformed'});
	});
});
